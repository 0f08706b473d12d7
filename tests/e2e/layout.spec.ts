import { expect, test, type Page } from '@playwright/test';
import { planned, planSite, type Kind } from '../../src/lib/plan';
import { namespaces } from '../../src/lib/vocabulary';
import { errorUrl, vendorUrl } from '../../src/lib/urls';
import { catalog, entries } from '../support/site';
import { openTemplate, templates, type Template } from '../support/templates';

// Layout on small and large screens: no page scrolls sideways at 320 px (the narrowest phone CSS still targets), and
// no table hides a column behind an inner scrollbar.

const plan = planSite(catalog);
const first = <K extends Kind>(kind: K) => planned(plan, kind)[0];

/**
 * One page of every template: the quality gates' list (which knows how to hold a redirect page and when the search
 * and 404 pages are ready), plus one of each page kind of the site plan that list lacks, and a code page of each
 * namespace and one with a Chinese message, since each namespace shows other facts.
 */
function layoutPages(): Template[] {
  const pages = [...templates];
  const add = (name: string, path: string | undefined, extra: Partial<Template> = {}) => {
    if (path && !pages.some((p) => p.path === path)) pages.push({ name, path, ...extra });
  };
  // The 404 page is in the gates' list at a missing address; /errors/ is a redirect page.
  for (const p of planned(plan, 'page')) if (p.name !== '404') add(p.name, p.path, { redirect: p.name === 'errors' });
  add('category × vendor cell', first('cell')?.path);
  add('vendor list page', first('vendor-list')?.path);
  add('comparison, page 2', first('compare-page')?.path);
  add('vendor redirect', first('vendor-redirect')?.path, { redirect: true });
  for (const ns of namespaces) {
    const e = entries.find((x) => x.namespace === ns);
    if (e) add(`code page (${ns})`, errorUrl(e));
  }
  const zh = entries.find((e) => e.data.messages.some((m) => m.lang === 'zh'));
  add('code page (Chinese message)', zh && errorUrl(zh));
  return pages;
}

interface Overflow {
  /** Document width beyond the viewport. */
  scrollWidth: number;
  /** Elements reaching past the viewport's edges outside any scrolling box. */
  outside: string[];
  /** Boxes that scroll sideways on this page (only code blocks may). */
  scrollers: string[];
}

/** Measured in the page: every rendered element, against the viewport and the boxes that clip it. */
function measureOverflow(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const describeEl = (el: Element) => {
      const r = el.getBoundingClientRect();
      const id = el.id ? `#${el.id}` : '';
      const cls =
        typeof el.className === 'string' && el.className
          ? `.${el.className.trim().split(/\s+/).slice(0, 3).join('.')}`
          : '';
      return `${el.tagName.toLowerCase()}${id}${cls} [${Math.round(r.left)}..${Math.round(r.right)}] “${(el.textContent ?? '').trim().slice(0, 40)}”`;
    };
    const clips = (el: Element) => getComputedStyle(el).overflowX !== 'visible';
    // Visually hidden text (sr-only) clips itself to one pixel: it is neither visible overflow nor a scroller.
    const visuallyHidden = (el: Element) => el.getBoundingClientRect().width <= 1;
    const outside: string[] = [];
    const scrollers: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (!r.width || !r.height || visuallyHidden(el)) continue;
      if (clips(el) && el.scrollWidth > el.clientWidth + 1) scrollers.push(describeEl(el));
      if (r.left >= -0.5 && r.right <= width + 0.5) continue;
      let a = el.parentElement;
      while (a && a !== document.body && !clips(a)) a = a.parentElement;
      if (!a || a === document.body) outside.push(describeEl(el));
    }
    return { scrollWidth: document.documentElement.scrollWidth, outside, scrollers };
  });
}

test.describe('at 320 × 640 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const template of layoutPages()) {
    test(`the ${template.name} (${template.path}) does not scroll sideways; only code blocks scroll`, async ({
      page,
    }) => {
      await openTemplate(page, template);
      const { scrollWidth, outside, scrollers } = await measureOverflow(page);
      expect(outside, 'elements past the viewport’s edge').toEqual([]);
      expect(scrollWidth).toBeLessThanOrEqual(320);
      expect(
        scrollers.filter((s) => !s.startsWith('pre')),
        'boxes other than code blocks that scroll sideways',
      ).toEqual([]);
    });
  }
});

// The widest tables: the vendor with the longest messages, a category page and a cell (which add a vendor column),
// the comparison, and a code page's SDK table.
const sdkEntry = entries.find((e) => e.namespace === 'sdk');
const tablePages = [
  vendorUrl('alibaba-nls'),
  first('category')!.path,
  first('cell')!.path,
  '/compare/',
  ...(sdkEntry ? [errorUrl(sdkEntry)] : []),
];
// 800 px: a tablet, where the comparison's eleven columns no longer fit.
for (const width of [1280, 800, 375]) {
  test.describe(`tables at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });
    for (const path of tablePages) {
      test(`${path}: every cell lies within the viewport, no table scrolls, and stacked cells name their column`, async ({
        page,
      }) => {
        await page.goto(path);
        const tables = await page.locator('main table').evaluateAll((all) =>
          all.map((table) => {
            const width = document.documentElement.clientWidth;
            const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
            const cells = [...table.querySelectorAll('tbody tr')].flatMap((tr) =>
              [...tr.children].map((cell, i) => {
                const r = cell.getBoundingClientRect();
                // What a reader sees before the cell's content when the header row is hidden.
                // What a reader sees first in the cell when the header row is hidden: a ::before label or the text.
                const before = getComputedStyle(cell, '::before').content;
                const label =
                  (before.startsWith('"') ? before.slice(1, -1) : '') + (cell as HTMLElement).innerText.trim();
                const column = headers[i] ?? '?';
                return {
                  column,
                  left: r.left,
                  right: r.right,
                  labelled: label.startsWith(column),
                  label: label.slice(0, 40),
                  text: cell.textContent!.trim().slice(0, 30),
                };
              }),
            );
            // Every box between the table and <main> must show all of it: none may hide part of it behind a scrollbar.
            const clipped: string[] = [];
            for (let el: Element | null = table; el && el.tagName !== 'MAIN'; el = el.parentElement) {
              if (el.scrollWidth > el.clientWidth + 1)
                clipped.push(`${el.tagName} ${el.scrollWidth} > ${el.clientWidth}`);
            }
            const headerShown = table.querySelector('thead')!.getBoundingClientRect().height > 1;
            return { name: table.querySelector('caption')?.textContent, width, cells, clipped, headerShown };
          }),
        );
        expect(tables.length).toBeGreaterThan(0);
        for (const t of tables) {
          expect(t.clipped, `${t.name}: hidden behind an inner scrollbar`).toEqual([]);
          const out = t.cells.filter((c) => c.left < -0.5 || c.right > t.width + 0.5);
          expect(
            out.map((c) => `${c.column}: ${c.text} [${Math.round(c.left)}..${Math.round(c.right)}]`),
            `${t.name}: cells past the viewport`,
          ).toEqual([]);
          if (width < 640) expect(t.headerShown, `${t.name}: on a phone rows stack into labelled cells`).toBe(false);
          if (!t.headerShown) {
            const unlabelled = t.cells.filter((c) => !c.labelled);
            expect(
              unlabelled.map((c) => `${c.column}: “${c.label}”`),
              `${t.name}: cells without their column's label`,
            ).toEqual([]);
          }
        }
      });
    }
  });
}
