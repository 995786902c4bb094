import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Vitest's default is one worker fewer than the cores, so a 2-core machine ran every file in turn;
    // most files wait on child processes and the browser, and overlap well.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
