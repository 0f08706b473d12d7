// html-validate configuration for the built pages (tests/e2e/html.spec.ts validates every dist/**/*.html).
// The recommended preset, with only these changes, each with its reason.
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // A code page's title names the code, the problem and the vendor ("40000001: Token expired or invalid (Alibaba
    // Cloud Intelligent Speech Interaction (NLS)) · Speech Error Catalog"): that is what people search for. 70
    // characters is a search-engine display heuristic, not validity; engines truncate the display, not the page.
    'long-title': 'off',
    // `aria-label` on a list ("At a glance") names a landmark-less group that screen readers announce with the list;
    // the list role is nameable in ARIA 1.2, the rule only discourages it by default.
    'aria-label-misuse': ['error', { allowAnyNamable: true }],
  },
};
