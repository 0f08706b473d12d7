import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { contentSecurityPolicy, inlineScriptHashes, netlifyHeaders, nginxSnippet } from '../../scripts/headers.mjs';

describe('security headers', () => {
  test('the committed public/_headers is what scripts/headers.mjs generates now', () => {
    expect(readFileSync('public/_headers', 'utf8'), 'run npm run headers').toBe(netlifyHeaders());
  });

  test('the committed docs/nginx.conf is what scripts/headers.mjs generates now', () => {
    expect(readFileSync('docs/nginx.conf', 'utf8'), 'run npm run headers').toBe(nginxSnippet());
  });

  test('every inline script is allowed by hash and nothing inline is allowed wholesale', () => {
    const hashes = inlineScriptHashes();
    const policy = contentSecurityPolicy(hashes);
    expect(hashes.length).toBeGreaterThan(0);
    const scriptSrc = /script-src ([^;]+)/.exec(policy)![1]!.split(' ');
    for (const hash of hashes) expect(scriptSrc).toContain(hash);
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toMatch(/'unsafe-eval'/);
  });

  test('the nginx config serves HTTPS only: port 80 redirects, the TLS server sends HSTS in every location', () => {
    const conf = nginxSnippet();
    const [plain, tls] = conf.split(/\nserver \{/).slice(1);
    expect(plain).toMatch(/listen 80;[\s\S]*return 301 https:\/\/\$host\$request_uri;/);
    expect(plain).not.toMatch(/root /);
    expect(tls).toMatch(/listen 443 ssl;/);
    expect(tls).toMatch(/ssl_certificate /);
    const hsts = tls!.match(/add_header Strict-Transport-Security "max-age=\d+/g) ?? [];
    // The server level and each location that sets headers of its own.
    expect(hsts.length).toBe((tls!.match(/location [^{]*\{\n\s+add_header/g) ?? []).length + 1);
    expect(tls).toMatch(/location = \/_headers \{ return 404; \}/);
  });
});
