import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['e2e/**/*.spec.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    pool: 'forks',
    // One browser at a time: the machine has two cores and the server needs one.
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 240_000,
  },
});
