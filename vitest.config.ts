import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // CLI tests start Node and load the NLP models once per run (~1.5 s each on a 2-core machine).
    testTimeout: 30_000,
  },
});
