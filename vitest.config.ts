import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['services/*/src/**/*.test.ts', 'packages/*/src/**/*.test.ts', 'tests/**/*.test.ts'],
    // The fault tests kill and restart processes: `pnpm test:faults` runs them alone (vitest.faults.config.ts).
    exclude: [...configDefaults.exclude, 'tests/faults/**'],
    reporters: ['default', './scripts/summary-reporter.ts'],
    globalSetup: ['packages/testing/src/global-setup.ts'],
    // Files run in parallel, each against its own database copy and Redis prefix.
    pool: 'forks',
    fileParallelism: true,
    maxWorkers: 4,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
