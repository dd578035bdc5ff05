import { defineConfig } from 'vitest/config';

/**
 * `pnpm test:faults`: the services as real processes, killed and restarted
 * under load, and the soak (2,000 sockets for SOAK_SECONDS) (tests/faults).
 * One file at a time: each runs a whole stack and its timings would suffer
 * from another's load.
 */
export default defineConfig({
  test: {
    include: ['tests/faults/**/*.test.ts'],
    reporters: ['default', './scripts/summary-reporter.ts'],
    globalSetup: ['packages/testing/src/global-setup.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
