import { defineConfig } from 'vitest/config';

// `npm run test:browser`: the pages people open (GraphiQL, the explorer, Neo4j Browser) in
// Debian's Chromium through playwright-core. Apart from `npm test`, which needs no browser.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 300_000,
    env: { NODE_ENV: 'test' },
  },
});
