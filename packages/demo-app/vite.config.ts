import { defineConfig } from 'vite';

// The gateway serves dist/ at /app/ (services/gateway/src/demo/demo-app.ts).
export default defineConfig({
  base: '/app/',
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
});
