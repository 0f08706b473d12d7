import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

// End-to-end tests run against the built site (`npm run build` first), served like a static host would serve it.
// Debian's Chromium is used instead of a downloaded browser: this network reaches only npm and apt.
const port = Number(process.env.E2E_PORT ?? 4329);
/** Second server, for the fixture catalog; exported so specs reach it. */
export const fixturePort = port + 100;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Two cores shared with the rest of the machine: tests that visit every page of a vendor need more than 30 s.
  timeout: 60_000,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  },
  webServer: [
    {
      command: `node scripts/serve.mjs ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // The fixture catalog (tests/fixtures/catalog), built on first use and when its sources change.
      command: `node scripts/fixture-site.mjs ${fixturePort}`,
      url: `http://127.0.0.1:${fixturePort}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
  ],
});
