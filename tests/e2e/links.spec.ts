import { expect, test, type Page } from '@playwright/test';
import { COMPARE_COLUMNS, compareMatrix, compareSideBySide, indexEntries, paginate } from '../../src/lib/catalog';
import { cellUrl, compareUrl, errorUrl, vendorUrl } from '../../src/lib/urls';
import { builtPages } from '../support/built';
import { aliases, attributeValues, entries, vendors } from '../support/site';

test.describe('short aliases', () => {
  test('a code unique at its vendor redirects to the entry, with a canonical and a visible link', async ({
    page,
    request,
  }) => {
    for (const group of aliases.filter((g) => g.entries.length === 1)) {
      const target = errorUrl(group.entries[0]!);
      const html = await (await request.get(group.url)).text();
      expect(html, group.url).toContain(`http-equiv="refresh" content="0; url=${target}"`);
      expect(html, group.url).toMatch(new RegExp(`<link rel="canonical" href="[^"]*${target}"`));
      expect(attributeValues(html, 'href'), group.url).toContain(target);
    }
    const sample = aliases.find((g) => g.entries.length === 1)!;
    await page.goto(sample.url);
    await expect(page).toHaveURL(new RegExp(`${errorUrl(sample.entries[0]!)}$`));
  });

  test('a code shared by several entries of a vendor lists every one of them', async ({ page }) => {
    const shared = aliases.filter((g) => g.entries.length > 1);
    expect(shared.length, 'Agora uses 404 and 504 both as HTTP status and body code').toBeGreaterThan(0);
    for (const group of shared) {
      await page.goto(group.url);
      for (const e of group.entries)
        await expect(page.locator(`main a[href="${errorUrl(e)}"]`), group.url).toHaveCount(1);
    }
  });
});

test('hand-shortened error URLs lead to the vendor page and its namespace section', async ({ page }) => {
  for (const vendor of vendors) {
    await page.goto(`/errors/${vendor.slug}/`);
    await expect(page).toHaveURL(new RegExp(`${vendorUrl(vendor.slug)}$`));
    const namespaces = [...new Set(entries.filter((e) => e.vendor === vendor.slug).map((e) => e.namespace))];
    for (const ns of namespaces) {
      await page.goto(`/errors/${vendor.slug}/${ns}/`);
      await expect(page).toHaveURL(new RegExp(`${vendorUrl(vendor.slug)}#${ns}$`));
    }
  }
  await page.goto('/errors/');
  await expect(page).toHaveURL(/\/vendors\/$/);
});

test('every comparison cell links the entries of its category and vendor', async ({ page, request }) => {
  // Ten vendor columns a page; entry by entry while the catalog is small, beyond that each cell is a count linking
  // to its own list.
  const sideBySide = compareSideBySide(entries.length);
  const columns = paginate(
    vendors.map((v) => v.slug),
    COMPARE_COLUMNS,
  );
  for (const [p, slugs] of columns.entries()) await checkComparePage(page, compareUrl(p + 1), slugs, sideBySide);
  await page.goto('/compare/');
  for (const href of await page.locator('tbody a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
    expect((await request.get(href)).status(), href).toBe(200);
  }
});

async function checkComparePage(page: Page, url: string, slugs: string[], sideBySide: boolean) {
  await page.goto(url);
  const rows = compareMatrix(indexEntries(entries), slugs);
  const body = page.locator('tbody tr');
  await expect(body).toHaveCount(rows.length);
  for (const [i, row] of rows.entries()) {
    const cells = body.nth(i).locator('td');
    for (const [j, cell] of row.cells.entries()) {
      const links = await cells
        .nth(j)
        .locator('a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      const want = sideBySide
        ? cell.entries.map(errorUrl)
        : cell.entries.length
          ? [cellUrl(row.category.id, cell.vendor)]
          : [];
      expect(links, `${row.category.id} × ${cell.vendor}`).toEqual(want);
      if (!sideBySide && cell.entries.length)
        await expect(cells.nth(j).locator('a')).toHaveText(String(cell.entries.length));
      if (!cell.entries.length && sideBySide) await expect(cells.nth(j)).toContainText('No documented equivalent');
      if (!cell.entries.length && !sideBySide)
        await expect(cells.nth(j).locator('[title="No documented equivalent"]')).toHaveCount(1);
    }
  }
}

test('every internal link and fragment on every page resolves, and none points at a redirect page', async ({
  request,
}) => {
  test.setTimeout(120_000);
  const pages = builtPages().map((p) => p.path);
  expect(pages.length).toBeGreaterThan(entries.length);
  const html = new Map<string, string>();
  const fetchPage = async (path: string) => {
    if (!html.has(path)) {
      const response = await request.get(path);
      html.set(path, response.ok() ? await response.text() : `STATUS ${response.status()}`);
    }
    return html.get(path)!;
  };
  const broken: string[] = [];
  for (const path of pages) {
    const source = await fetchPage(path);
    for (const href of attributeValues(source, 'href')) {
      if (/^(https?:|mailto:)/.test(href)) continue;
      const url = new URL(href, `http://site${path}`);
      if (url.pathname.startsWith('/_astro/') || /\.(css|js|svg|png|json|xml|txt|md)$/.test(url.pathname)) {
        if (!(await request.get(url.pathname)).ok()) broken.push(`${path} → ${href} (asset missing)`);
        continue;
      }
      const target = await fetchPage(url.pathname);
      if (target.startsWith('STATUS')) broken.push(`${path} → ${href} (${target})`);
      else if (path !== '/404.html' && target.includes('http-equiv="refresh"') && !isAliasPage(path))
        broken.push(`${path} → ${href} (a redirect page)`);
      else if (url.hash && !attributeValues(target, 'id').includes(decodeURIComponent(url.hash.slice(1))))
        broken.push(`${path} → ${href} (no such fragment)`);
    }
  }
  expect(broken).toEqual([]);
});

/** Short /errors/ URLs are redirect pages themselves; their links to the target are the point. */
const isAliasPage = (path: string) => path.startsWith('/errors/') && !/^\/errors\/[^/]+\/[^/]+\/[^/]+\/$/.test(path);

test.describe('layout', () => {
  for (const path of [
    '/',
    '/compare/',
    `/vendors/${vendors[0]!.slug}/`,
    errorUrl(entries[0]!),
    '/categories/internal-error/',
    '/use-from-code/',
  ]) {
    test(`${path} fits a 320 px wide screen without sideways scrolling`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
      const page = await context.newPage();
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await context.close();
    });
  }

  test('the colours follow the system dark mode', async ({ browser }) => {
    const background = async (colorScheme: 'light' | 'dark') => {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto('/');
      const color = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      await context.close();
      return color;
    };
    expect(await background('light')).toBe('rgb(255, 255, 255)');
    expect(await background('dark')).toBe('rgb(17, 19, 24)');
  });
});
