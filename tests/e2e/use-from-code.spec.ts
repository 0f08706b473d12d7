import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { catalogUrl } from '../../examples/use-from-code/catalog-url';
import { fetchEntry } from '../../examples/use-from-code/fetch-entry';
import { toProblem } from '../../examples/use-from-code/problem';
import { errorUrl } from '../../src/lib/urls';
import { aliases, entries } from '../support/site';

// The examples of /use-from-code/ run against the built site (the test server stands in for the real address).
test.describe('the "Use the catalog from code" examples', () => {
  test('the page shows every example file and is linked from the footer and the llms.txt', async ({
    page,
    request,
  }) => {
    await page.goto('/');
    await page.locator('footer').getByRole('link', { name: 'Use the catalog from code' }).click();
    await expect(page).toHaveURL(/\/use-from-code\/$/);
    const code = (await page.locator('pre code').allTextContents()).join('\n');
    for (const file of [
      'use-from-code/catalog-url.ts',
      'use-from-code/fetch-entry.ts',
      'use-from-code/problem.ts',
      'use-from-code/fetch.sh',
      'explain/fetch-wrapper.ts',
      'explain/retry-hook.ts',
    ]) {
      const source = readFileSync(join('examples', file), 'utf8').trim();
      expect(code, file).toContain(source.split('\n').at(-1)!.trim());
    }
    expect(await (await request.get('/llms.txt')).text()).toContain('/use-from-code/)');
  });

  test('the URL built from a vendor error leads to the entry page, or lists the entries sharing the code', async ({
    page,
    baseURL,
  }) => {
    const alone = (e: (typeof entries)[number]) => aliases.find((g) => g.entries.includes(e))!.entries.length === 1;
    const entry = entries.find((e) => e.namespace === 'code' && /[A-Z]/.test(e.code) && alone(e))!;
    await page.goto(catalogUrl(entry.vendor, { code: entry.code }, baseURL));
    await expect(page).toHaveURL(new RegExp(`${errorUrl(entry)}$`));
    await expect(page.locator('h1')).toContainText(entry.data.title);
    const status = entries.find((e) => e.namespace === 'http' && alone(e))!;
    await page.goto(catalogUrl(status.vendor, { status: Number(status.code) }, baseURL));
    await expect(page.locator('h1')).toContainText(status.data.title);
    const shared = aliases.find((g) => g.entries.length > 1)!;
    await page.goto(catalogUrl(shared.vendor, { code: shared.code }, baseURL));
    for (const e of shared.entries) await expect(page.locator(`main a[href="${errorUrl(e)}"]`)).toBeVisible();
  });

  test('fetching the JSON gives the entry, and undefined for a code the catalog does not have', async ({ baseURL }) => {
    const entry = entries.find((e) => e.namespace === 'code')!;
    const data = await fetchEntry(entry.vendor, { code: entry.code }, baseURL);
    expect(data?.title).toBe(entry.data.title);
    expect(data?.retry.policy).toBe(entry.data.retry.policy);
    expect(await fetchEntry(entry.vendor, { code: 'NO_SUCH_CODE_AT_ALL' }, baseURL)).toBeUndefined();
  });

  test('where one code names several errors, fetching picks the one whose message the error carries', async ({
    baseURL,
  }) => {
    const group = aliases.find(
      (g) =>
        g.entries.length > 1 &&
        g.entries.every((e) => e.namespace === g.entries[0]!.namespace && e.namespace !== 'http'),
    )!;
    for (const e of group.entries) {
      const said = `upstream: ${e.data.messages[0]!.text}`;
      const data = await fetchEntry(e.vendor, { code: e.code, message: said }, baseURL);
      expect(new URL(data!.url).pathname, e.id).toBe(errorUrl(e));
    }
  });

  test('the RFC 9457 problem uses the canonical entry URL as its type', async ({ baseURL }) => {
    const entry = entries.find((e) => e.namespace === 'code')!;
    const problem = await toProblem(entry.vendor, { code: entry.code, message: 'upstream said no' }, 502, baseURL);
    expect(new URL(problem.type).pathname).toBe(errorUrl(entry));
    expect(problem).toMatchObject({
      title: entry.data.title,
      status: 502,
      detail: 'upstream said no',
      retry: entry.data.retry.policy,
    });
    const unknown = await toProblem(entry.vendor, { code: 'NO_SUCH_CODE_AT_ALL' }, 502, baseURL);
    expect(unknown.type).toBe('about:blank');
  });

  test('the curl example fetches the entry JSON and the whole catalog', ({ baseURL }) => {
    const dir = mkdtempSync(join(tmpdir(), 'catalog-curl-'));
    const out = execFileSync('sh', [join(process.cwd(), 'examples', 'use-from-code', 'fetch.sh')], {
      cwd: dir,
      env: { ...process.env, CATALOG: baseURL! },
      encoding: 'utf8',
    });
    const shown = JSON.parse(out);
    const entry = entries.find((e) => e.id === shown.id)!;
    expect(shown.title).toBe(entry.data.title);
    expect(JSON.parse(readFileSync(join(dir, 'catalog.json'), 'utf8')).count).toBe(entries.length);
  });
});
