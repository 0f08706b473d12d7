// Loads the search box script on first use only (focus, or the "/" shortcut), so reading a page fetches no JS. The
// box is looked up when used: on the home page it comes after this script, in the page's main content.
(() => {
  const box = () => document.getElementById('site-search');
  const load = () => import('/js/search-box.js');
  document.addEventListener('focusin', (event) => {
    if (event.target === box()) load();
  });
  document.addEventListener('keydown', (event) => {
    const t = event.target;
    const typing = t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
    const target = box();
    if (target && event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      target.focus();
    }
  });
})();
