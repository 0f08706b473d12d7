import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { errorUrl } from '../../src/lib/urls';
import { builtPages } from '../support/built';
import { entries } from '../support/site';
import { openTemplate, templates } from '../support/templates';

/**
 * Privacy and security gates, on one page of every template: no request leaves the site's origin, the server sends
 * the security headers of dist/_headers, and the Content-Security-Policy blocks nothing the site itself does
 * (search and copy buttons included). A page fetches no JavaScript until search or a copy button is touched.
 */

/** Records every request, CSP violation and CSP console error of a page from before its first byte. */
async function watch(page: Page) {
  const requests: { url: string; type: string }[] = [];
  const violations: string[] = [];
  page.on('request', (r) => requests.push({ url: r.url(), type: r.resourceType() }));
  page.on('console', (m) => {
    if (/Content.Security.Policy|Refused to/i.test(m.text())) violations.push(`console: ${m.text()}`);
  });
  await page.exposeFunction('reportCspViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { reportCspViolation: (v: string) => void }).reportCspViolation(
        `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  return { requests, violations };
}

const sameOrigin = (url: string, base: string) =>
  url.startsWith('data:') || new URL(url).origin === new URL(base).origin;

for (const template of templates) {
  test(`the ${template.name} requests nothing outside the site and breaks no rule of the CSP`, async ({
    page,
    baseURL,
  }) => {
    const { requests, violations } = await watch(page);
    await openTemplate(page, template);
    await page.waitForLoadState('networkidle');
    // Touch what a reader touches: the header search box (loads its script and index) and a copy button.
    const box = page.locator('#site-search');
    if (await box.count()) {
      await box.fill(entries[0]!.code);
      await expect(page.locator('#site-search-popup')).toBeVisible();
    }
    const copy = page.locator('[data-copy]').first();
    if (await copy.count()) await copy.click();
    await page.waitForLoadState('networkidle');
    expect(requests.filter((r) => !sameOrigin(r.url, baseURL!)).map((r) => r.url)).toEqual([]);
    expect(violations).toEqual([]);
  });
}

test('typing a query on the search page shows results under the CSP, with WebAssembly allowed and nothing blocked', async ({
  page,
}) => {
  const { violations } = await watch(page);
  const entry = entries.find((e) => e.data.messages[0]!.text.split(' ').length > 3) ?? entries[0]!;
  await page.goto('/search/');
  const words = entry.data.messages[0]!.text.split(' ').slice(0, 4).join(' ');
  await page.locator('#search-page-input').fill(words);
  await expect(page.locator(`[data-search-results] a[href="${errorUrl(entry)}"]`).first()).toBeVisible({
    timeout: 10_000,
  });
  expect(violations).toEqual([]);
});

test('every response carries the headers of dist/_headers, a CSP without unsafe-inline scripts among them', async ({
  request,
}) => {
  const policy = readFileSync('dist/_headers', 'utf8');
  for (const path of ['/', errorUrl(entries[0]!), '/does-not-exist/', '/search']) {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    const csp = headers['content-security-policy'] ?? '';
    expect(policy, path).toContain(`Content-Security-Policy: ${csp}`);
    const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1] ?? '';
    expect(scriptSrc, path).not.toContain('unsafe-inline');
    expect(csp, path).toContain("default-src 'self'");
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBeTruthy();
    expect(headers['permissions-policy'], path).toBeTruthy();
  }
});

test('every inline script of every built page is allowed by its hash in the CSP', async ({ request }) => {
  const csp = (await request.get('/')).headers()['content-security-policy'] ?? '';
  const missing = new Set<string>();
  for (const file of builtPages()) {
    const html = readFileSync(file.file, 'utf8');
    for (const m of html.matchAll(
      /<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g,
    )) {
      const hash = `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`;
      if (!csp.includes(hash)) missing.add(`${file.path}: inline script ${m[1]!.slice(0, 60)}… (${hash})`);
    }
  }
  expect([...missing], 'run npm run headers after changing src/scripts/inline/').toEqual([]);
});

test('no built page carries inline styles or event-handler attributes, which the CSP would block', () => {
  const offending = builtPages().flatMap(({ file, path }) => {
    const html = readFileSync(file, 'utf8');
    const found = [...html.matchAll(/<style\b|<[a-z][^>]*\s(?:style|on[a-z]+)=/gi)].map((m) => m[0].slice(0, 60));
    return found.map((f) => `${path}: ${f}`);
  });
  expect(offending).toEqual([]);
});

for (const template of templates.filter((t) => !t.loadsScript)) {
  test(`the ${template.name} fetches no JavaScript until search or a copy button is touched`, async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await openTemplate(page, template);
    await page.waitForLoadState('networkidle');
    const copy = page.locator('[data-copy]').first();
    if (await copy.count()) {
      // The copy button's script is inline: clicking it fetches nothing either.
      await copy.click();
      await page.waitForLoadState('networkidle');
    }
    expect(scripts).toEqual([]);
    if (template.bare) {
      // A bare redirect has nothing that could load a script.
      await expect(page.locator('script, #site-search')).toHaveCount(0);
      return;
    }
    await page.locator('#site-search').focus();
    await expect.poll(() => scripts).toContain('/js/search-box.js');
  });
}
