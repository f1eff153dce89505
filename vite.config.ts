import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import dts from 'vite-plugin-dts';
import { defineConfig, type Plugin } from 'vite';

// The library build only (the tests are vitest.config.ts): ES modules per entry, one bundled
// .d.ts per entry, and the stylesheet as it is.
const root = fileURLToPath(new URL('.', import.meta.url));

/** Ships the kit's stylesheet as one dist/styles.css, untouched by the JS entries. */
function stylesheet(): Plugin {
  return {
    name: 'rrr-stylesheet',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'styles.css', source: readFileSync(`${root}src/react/styles.css`, 'utf8') });
    },
  };
}

// RRR_TYPES=off skips the .d.ts bundling (most of the build's time) for tests that only run dist/.
const types = process.env.RRR_TYPES === 'off' ? [] : [dts({ tsconfigPath: './tsconfig.build.json', bundleTypes: true })];

export default defineConfig({
  plugins: [react(), ...types, stylesheet()],
  build: {
    outDir: 'dist',
    minify: false,
    sourcemap: true,
    lib: {
      entry: {
        index: 'src/index.ts',
        core: 'src/core/index.ts',
        mock: 'src/mock/index.ts',
        tencent: 'src/tencent/index.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: {
      // Peers and dependencies stay imports: the app's bundler dedupes and tree-shakes them.
      external: [
        /^react($|\/)/,
        /^react-dom($|\/)/,
        /^zustand($|\/)/,
        /^@tanstack\/(react-query|query-core|react-virtual|virtual-core)($|\/)/,
        /^@tencentcloud\/chat($|\/)/,
        /^idb-keyval($|\/)/,
      ],
    },
  },
});
