import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The pages in a real browser run apart: npm run test:browser (vitest.browser.config.ts).
    exclude: ['tests/browser/**', 'node_modules/**'],
    // One embedded Neo4j for the whole run, started and seeded once.
    globalSetup: ['tests/globalSetup.ts'],
    // Test files share that one database and some reseed or reset it: run them one at a time.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    env: { NODE_ENV: 'test' },
  },
});
