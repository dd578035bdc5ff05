import { configDefaults, defineConfig } from 'vitest/config';

/** The tutorial flow, chat routes, realtime delivery and the in-memory rate limits: what single-node mode changes. */
const SINGLE_NODE_FILES = [
  'services/router/src/messages/tutorial.int.test.ts',
  'services/router/src/connections/rooms.int.test.ts',
  'services/router/src/messages/message-rate-limit.int.test.ts',
  'services/gateway/src/chat/chat.routes.int.test.ts',
  'services/gateway/src/chat/room-rate-limit.int.test.ts',
  // Presence lives in memory there, shared by the router and the gateway of the one process.
  'tests/presence.int.test.ts',
];

export default defineConfig({
  test: {
    reporters: ['default', './scripts/summary-reporter.ts'],
    // Files run in parallel, each against its own database copy and Redis prefix.
    pool: 'forks',
    fileParallelism: true,
    maxWorkers: 4,
    // Generous: with four files starting stacks at once on two cores, a stack's start
    // has taken over a minute in CI. A hang still fails, only later.
    testTimeout: 60_000,
    hookTimeout: 180_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'server',
          include: ['services/*/src/**/*.test.ts', 'packages/*/src/**/*.test.ts', 'tests/**/*.test.ts', 'bench/**/*.test.ts'],
          // The fault tests kill and restart processes: `pnpm test:faults` runs them alone (vitest.faults.config.ts).
          exclude: [...configDefaults.exclude, 'tests/faults/**'],
          globalSetup: ['packages/testing/src/global-setup.ts'],
        },
      },
      {
        // The same files again the way `pnpm start` runs without DATABASE_URL
        // and REDIS_URL: embedded Postgres, every service in one process, no
        // Redis. The two paths cannot drift apart unnoticed.
        extends: true,
        test: {
          name: 'single-node',
          include: SINGLE_NODE_FILES,
          env: { CHAT_TEST_MODE: 'single-node' },
          globalSetup: ['tests/support/single-node-setup.ts'],
        },
      },
    ],
  },
});
