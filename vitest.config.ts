import { defineConfig } from 'vitest/config';

// Unit, integrity and package (speech-errors) tests; the end-to-end suite is Playwright's (tests/e2e).
export default defineConfig({
  test: { include: ['tests/unit/**/*.test.ts', 'tests/integrity/**/*.test.ts', 'tests/explain/**/*.test.ts'] },
});
