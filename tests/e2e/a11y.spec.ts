import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { openTemplate, templates } from '../support/templates';

// WCAG 2.2 A and AA, as axe tags them (each version's tags only add the rules new in that version).
const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const schemes = ['light', 'dark'] as const;
const widths = [320, 1280] as const;

for (const template of templates) {
  test(`axe finds no WCAG 2.2 A/AA violation on the ${template.name} (${template.path}), light and dark, 320 and 1280 px`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await openTemplate(page, template);
    const found: string[] = [];
    // Colour scheme and width are media features: switching them restyles the loaded page, no reload needed.
    for (const colorScheme of schemes) {
      for (const width of widths) {
        await page.emulateMedia({ colorScheme });
        await page.setViewportSize({ width, height: 800 });
        const { violations } = await new AxeBuilder({ page }).withTags(wcag).analyze();
        for (const v of violations) {
          for (const node of v.nodes) {
            const why = node.failureSummary?.split('\n')[1]?.trim() ?? v.help;
            found.push(`${colorScheme} ${width}px ${v.id} (${v.impact}): ${node.target.join(' ')}: ${why}`);
          }
        }
      }
    }
    expect(found).toEqual([]);
  });
}

/** What shows focus on an element: outline and box-shadow as computed. */
const focusStyle = (el: Element) => {
  const s = getComputedStyle(el);
  return `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} | ${s.boxShadow}`;
};

for (const template of templates) {
  test(`every interactive element of the ${template.name} is reached by Tab and visibly focused`, async ({ page }) => {
    test.setTimeout(90_000);
    await openTemplate(page, template);
    // Every element that should be in the tab order, with how it looks unfocused, tagged so it can be recognised.
    const expected = await page.evaluate((styleSource) => {
      const style = new Function(`return (${styleSource})`)() as (el: Element) => string;
      const candidates = document.querySelectorAll<HTMLElement>(
        'a[href], button, input, select, textarea, summary, [tabindex]',
      );
      const list: { key: string; label: string; unfocused: string }[] = [];
      candidates.forEach((el, i) => {
        if (el.tabIndex < 0 || (el as HTMLButtonElement).disabled || !el.checkVisibility({ visibilityProperty: true }))
          return;
        el.dataset.gateKey = String(i);
        list.push({
          key: String(i),
          label: `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || (el as HTMLInputElement).name || '').trim().slice(0, 40)}"`,
          unfocused: style(el),
        });
      });
      return list;
    }, focusStyle.toString());
    expect(expected.length, 'the page has interactive elements').toBeGreaterThan(0);

    const reached = new Map<string, string>();
    for (let i = 0; i < expected.length + 5; i++) {
      await page.keyboard.press('Tab');
      const now = await page.evaluate((styleSource) => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return undefined;
        const style = new Function(`return (${styleSource})`)() as (e: Element) => string;
        return { key: el.dataset.gateKey ?? '', focused: style(el) };
      }, focusStyle.toString());
      if (!now) break;
      if (reached.has(now.key)) break;
      reached.set(now.key, now.focused);
    }

    const problems: string[] = [];
    for (const e of expected) {
      const focused = reached.get(e.key);
      if (focused === undefined) problems.push(`${e.label}: never reached by Tab`);
      else if (focused === e.unfocused || (/^none|^\S+ 0px/.test(focused) && focused.endsWith('| none')))
        problems.push(`${e.label}: no visible focus indicator (${focused})`);
    }
    expect(problems).toEqual([]);
  });
}
