import { expect, test } from '@playwright/test';
import { categoryInFull, cellEntries, otherVendors, paginate, sortEntries } from '../../src/lib/catalog';
import { cellUrl, errorUrl, messageAnchors, vendorListUrl, vendorUrl, categoryUrl } from '../../src/lib/urls';
import { categories } from '../../src/lib/categories';
import { namespaces } from '../../src/lib/vocabulary';
import { catalog, entries, vendorName, vendors, displayCode } from '../support/site';

test.describe('code pages', () => {
  for (const vendor of vendors) {
    test(`every ${vendor.slug} entry has its page with title, messages, cause, fix and source`, async ({ page }) => {
      // One page load per entry: on a loaded 2-core machine a 40-entry vendor can need more than the default 30 s.
      test.setTimeout(120_000);
      for (const entry of entries.filter((e) => e.vendor === vendor.slug)) {
        const response = await page.goto(errorUrl(entry));
        expect(response?.status(), entry.id).toBe(200);
        const h1 = page.locator('h1');
        await expect(h1, entry.id).toContainText(displayCode(entry));
        await expect(h1, entry.id).toContainText(entry.data.title);
        const anchors = messageAnchors(entry.data.messages.map((m) => m.text));
        for (const [i, message] of entry.data.messages.entries()) {
          const item = page.locator(`[id="${anchors[i]}"]`);
          await expect(item.locator('code[translate="no"]').first(), entry.id).toHaveText(message.text);
          if (message.translation) await expect(item, entry.id).toContainText(message.translation);
          // A description quoted from SDK source says so, since no client prints it.
          if (message.kind === 'description') await expect(item, entry.id).toContainText('clients do not print it');
          // A message read somewhere other than the entry's source links to where it was read.
          if (message.source) await expect(item.locator(`a[href="${message.source}"]`), entry.id).toHaveCount(1);
        }
        const described = entry.data.messages.every((m) => m.kind === 'description');
        await expect(page.locator('#messages'), entry.id).toHaveText(described ? /^SDK description/ : /^Message/);
        await expect(page.locator('#cause + p'), entry.id).toBeAttached();
        await expect(page.locator('main'), entry.id).toContainText(entry.data.retrieved ?? vendor.data.retrieved);
        const title = await page.title();
        expect(title, entry.id).toContain(vendorName(entry.vendor));
        expect(title, entry.id).toContain(displayCode(entry));
        const description = await page.locator('meta[name="description"]').getAttribute('content');
        expect(description, entry.id).toContain(vendorName(entry.vendor));
        expect(await page.locator('meta[property="og:title"]').getAttribute('content'), entry.id).toBe(
          title.split(' · ')[0],
        );
        expect(await page.locator('meta[property="og:description"]').getAttribute('content'), entry.id).toBe(
          description,
        );
        expect(await page.locator('link[rel="canonical"]').getAttribute('href'), entry.id).toMatch(
          new RegExp(`${errorUrl(entry).replace(/[.]/g, '\\.')}$`),
        );
      }
    });
  }

  test('a code page is fully readable with JavaScript turned off', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const entry = entries.find((e) => e.data.messages.length > 1)!;
    await page.goto(errorUrl(entry));
    for (const m of entry.data.messages) await expect(page.getByText(m.text, { exact: true }).first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'How to fix it' })).toBeVisible();
    await context.close();
  });

  test('the copy button puts the verbatim message on the clipboard and announces it', async ({ browser }) => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    const entry = entries.find((e) => e.id === 'alibaba-nls/code/40000009') ?? entries[0]!;
    await page.goto(errorUrl(entry));
    const second = entry.data.messages.at(-1)!;
    await page.getByRole('button', { name: `Copy message ${entry.data.messages.length}` }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(second.printed ?? second.text);
    await expect(page.locator('[data-copy-status]')).toHaveText('Copied to the clipboard.');
    await context.close();
  });

  test('a message printed differently from the documentation copies what the API prints', async ({ page }) => {
    const entry = entries.find((e) => e.data.messages.some((m) => m.printed));
    expect(entry, 'the catalog holds at least one message with a `printed` form').toBeDefined();
    const message = entry!.data.messages.find((m) => m.printed)!;
    await page.goto(errorUrl(entry!));
    await expect(page.locator(`[data-copy="${message.printed!.replace(/"/g, '\\"')}"]`)).toHaveCount(1);
  });

  test('same-category entries at other vendors are listed on each code page', async ({ page }) => {
    // A fixed sample of about 40 spread over the catalog (links.spec checks that every built link resolves): visiting
    // every ninth entry grew past the test's time with the catalog.
    const step = Math.max(1, Math.floor(entries.length / 40));
    for (const entry of entries.filter((_, i) => i % step === 0)) {
      await page.goto(errorUrl(entry));
      const section = page.locator('section[aria-labelledby="equivalents"]');
      const hrefs = new Set(await section.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))));
      // Listed one by one while they fit on a page; past that, a count per vendor linking to its list.
      const shown = otherVendors(entry, catalog.index, catalog.vendorSlugs);
      const want = shown.groups.flatMap((g) =>
        shown.list ? g.entries.map((other) => errorUrl(other)) : [cellUrl(entry.data.category, g.vendor)],
      );
      expect(
        want.filter((href) => !hrefs.has(href)),
        entry.id,
      ).toEqual([]);
      if (!shown.groups.length)
        await expect(section, entry.id).toContainText('No other vendor documents an equivalent error');
      // The vendors with nothing in the category are named, so "none exists" reads apart from "not listed".
      const none = catalog.vendorSlugs.filter(
        (v) => v !== entry.vendor && cellEntries(catalog.index, entry.data.category, v).length === 0,
      );
      const noneAt = await section
        .locator('[data-no-equivalent] a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      if (shown.groups.length) expect(noneAt, entry.id).toEqual(none.map((v) => vendorUrl(v)));
    }
  });
});

test.describe('vendor, category and home pages', () => {
  for (const vendor of vendors) {
    test(`the ${vendor.slug} page lists every error by namespace with the source and retrieval date`, async ({
      page,
    }) => {
      await page.goto(vendorUrl(vendor.slug));
      await expect(page.locator('h1')).toContainText(vendor.data.name);
      const own = entries.filter((e) => e.vendor === vendor.slug);
      for (const ns of namespaces) {
        const expected = own.filter((e) => e.namespace === ns);
        const section = page.locator(`section[aria-labelledby="${ns}"]`);
        await expect(section).toHaveCount(expected.length ? 1 : 0);
        // The first LIST_LIMIT in display order are on the vendor page; the rest on /vendors/<vendor>/<ns>/2/ and on.
        const pages = paginate(sortEntries(expected));
        for (const e of pages[0]!) await expect(section.locator(`a[href="${errorUrl(e)}"]`), e.id).toHaveCount(1);
        for (const [i, rest] of pages.slice(1).entries()) {
          const html = await (await page.request.get(vendorListUrl(vendor.slug, ns, i + 2))).text();
          for (const e of rest) expect(html, e.id).toContain(`href="${errorUrl(e)}"`);
        }
      }
      await expect(page.locator(`a[href="${vendor.data.reference}"]`).first()).toBeVisible();
      await expect(page.locator('#source').locator('..')).toContainText(vendor.data.retrieved);
      for (const envelope of vendor.data.errors.envelopes)
        await expect(page.locator('pre').getByText(envelope.example.trim().split('\n')[0]!).first()).toBeAttached();
    });
  }

  test('every category page lists its entries and says where a vendor has none', async ({ page }) => {
    for (const category of categories) {
      await page.goto(categoryUrl(category.id));
      await expect(page.locator('h1')).toHaveText(category.title);
      await expect(page.locator('main')).toContainText(category.grpc);
      // Every entry while the category fits on a page; past that, each vendor's section links its own list.
      const full = categoryInFull(entries.filter((e) => e.data.category === category.id).length);
      for (const vendor of vendors) {
        const own = entries.filter((e) => e.vendor === vendor.slug && e.data.category === category.id);
        const section = page.locator(`section[aria-labelledby="${vendor.slug}"]`);
        if (full) for (const e of own) await expect(section.locator(`a[href="${errorUrl(e)}"]`), e.id).toHaveCount(1);
        else if (own.length)
          await expect(section.locator(`a[href="${cellUrl(category.id, vendor.slug)}"]`)).toContainText(
            String(own.length),
          );
        if (!own.length)
          await expect(section, `${category.id} at ${vendor.slug}`).toContainText('No documented equivalent');
      }
    }
  });

  test('the home page shows each vendor with its error count, the categories and a search form', async ({ page }) => {
    await page.goto('/');
    for (const vendor of vendors) {
      const card = page.locator('li', { has: page.locator(`a[href="${vendorUrl(vendor.slug)}"]`) }).first();
      const count = entries.filter((e) => e.vendor === vendor.slug).length;
      await expect(card).toContainText(`${count} error`);
    }
    for (const category of categories)
      await expect(page.locator(`main a[href="${categoryUrl(category.id)}"]`)).toHaveCount(1);
    await page.locator('#site-search').fill('40000004');
    await page.locator('#site-search').press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=40000004$/);
  });

  test('the home page has one search box, with live suggestions, and real examples that each find their entry', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.locator('input[type="search"]')).toHaveCount(1);
    await page.locator('#site-search').fill('QUOTA_EXCEEDED');
    await expect(page.locator('#site-search-popup [data-search-result]').first()).toBeVisible();
    const links = await page.locator('[data-home-example]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(links.length).toBeGreaterThanOrEqual(3);
    for (const href of links) {
      await page.goto(href);
      await expect(page.locator('[data-search-results]')).toHaveAttribute('aria-busy', 'false');
      const first = page.locator('[data-search-result]').first();
      await expect(first, href).toHaveAttribute('data-match', /^(exact|likely)$/);
    }
  });
});
