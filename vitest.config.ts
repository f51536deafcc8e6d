import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Unit tests of one stage sit beside its code (src/**, rules/**); test/ holds the end-to-end ones.
    include: ['test/**/*.test.ts', 'src/**/*.test.ts', 'rules/**/*.test.ts'],
    // CLI tests start Node and load the NLP models once per run (~1.5 s each on a 2-core machine).
    testTimeout: 30_000,
  },
});
