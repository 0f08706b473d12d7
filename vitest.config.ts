import { defineConfig } from 'vitest/config';

// Unit and integrity tests only; the end-to-end suite is Playwright's (tests/e2e).
export default defineConfig({
  test: { include: ['tests/unit/**/*.test.ts', 'tests/integrity/**/*.test.ts'] },
});
