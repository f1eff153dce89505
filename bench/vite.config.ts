import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The benchmark page: a production build (minified, React's production build) of
// bench/app, served from bench/results/app by bench/browser/serve.ts.
export default defineConfig({
  root: fileURLToPath(new URL('./app', import.meta.url)),
  base: './',
  mode: 'production',
  logLevel: 'warn',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./results/app', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    minify: process.env.BENCH_MINIFY !== '0',
  },
});
