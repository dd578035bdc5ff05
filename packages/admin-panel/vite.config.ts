import { defineConfig } from 'vite';

// The gateway serves dist/ at /admin/ and owns every other /admin/… path, so in
// `vite` / `vite preview` the API paths go to a running gateway instead.
const apiTarget = process.env.ADMIN_API_URL ?? 'http://127.0.0.1:3000';
const apiProxy = {
  '^/admin/(login|users|rooms|messages|audit)(/.*)?(\\?.*)?$': { target: apiTarget, changeOrigin: true },
};

export default defineConfig({
  base: '/admin/',
  // React's automatic runtime through Vite's own esbuild, so no React plugin is needed.
  esbuild: { jsx: 'automatic' },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
  server: { proxy: apiProxy },
  preview: { proxy: apiProxy },
});
