import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The demo app, on the embedded mock backend. `base: './'` lets the static build be served
// from any folder of any plain file host.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173 },
  // The Tencent SDK chunk (loaded only with ?backend=tencent) is large by itself.
  build: { outDir: '../dist-demo', emptyOutDir: true, chunkSizeWarningLimit: 1024 },
});
