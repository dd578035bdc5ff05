import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The bench's own unit tests (`npx vitest run --config bench/vitest.config.ts`):
 * pure logic, no database. The root vitest.config.ts does not list bench/ yet.
 */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: { include: ['bench/**/*.test.ts'] },
});
