import { defineConfig } from 'vite';

/**
 * The browser bundle: `dist/chat-client.browser.js`, one ES module with
 * socket.io-client and openapi-fetch inside, for a plain
 * `<script type="module">` page without a bundler or import map. The
 * per-module build for bundlers and Node (with declarations) is tsc's
 * (tsconfig.build.json), in the same folder.
 */
export default defineConfig({
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'chat-client.browser.js' },
  },
});
