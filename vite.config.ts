import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { transform } from 'esbuild';
import dts from 'vite-plugin-dts';
import { defineConfig, type Plugin } from 'vite';

// The library build only (the tests are vitest.config.ts): ES modules and CommonJS per entry,
// one bundled .d.ts per entry (and its .d.cts twin for require), and the stylesheet as it is.
const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Ships the kit's stylesheet as one dist/styles.css, untouched by the JS entries. Comments and
 * white space go (esbuild's whitespace minifier only: no rule is merged, reordered or
 * rewritten): they were a third of the gzipped file, and an app that links the file as it is
 * downloads them. The commented source stays src/react/styles.css.
 */
function stylesheet(): Plugin {
  return {
    name: 'rrr-stylesheet',
    apply: 'build',
    async generateBundle() {
      const source = readFileSync(`${root}src/react/styles.css`, 'utf8');
      const { code } = await transform(source, { loader: 'css', minifyWhitespace: true });
      this.emitFile({ type: 'asset', fileName: 'styles.css', source: code });
    },
  };
}

/**
 * The React entry is a client module for React Server Components (Next.js App Router): its
 * first statement is 'use client'. Rolldown drops module directives when it bundles, so the
 * directive goes in as a banner of that entry's chunks only: the core, mock and Tencent
 * entries are usable on the server and carry none.
 */
function clientDirective(chunk: { isEntry: boolean; name: string }): string {
  return chunk.isEntry && chunk.name === 'index' ? "'use client';" : '';
}

/** Types for require: a .d.cts beside every bundled .d.ts (each is self-contained). */
function commonJsTypes(): Plugin {
  return {
    name: 'rrr-cjs-types',
    apply: 'build',
    closeBundle() {
      for (const file of readdirSync(`${root}dist`)) {
        if (file.endsWith('.d.ts')) copyFileSync(`${root}dist/${file}`, `${root}dist/${file.replace(/\.d\.ts$/, '.d.cts')}`);
      }
    },
  };
}

// RRR_TYPES=off skips the .d.ts bundling (most of the build's time) for tests that only run dist/.
const types = process.env.RRR_TYPES === 'off' ? [] : [dts({ tsconfigPath: './tsconfig.build.json', bundleTypes: true }), commonJsTypes()];

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
      formats: ['es', 'cjs'],
      fileName: (format, entryName) => `${entryName}.${format === 'es' ? 'js' : 'cjs'}`,
    },
    rolldownOptions: {
      // Peers and dependencies stay imports: the app's bundler dedupes and tree-shakes them.
      external: [
        /^react($|\/)/,
        /^react-dom($|\/)/,
        /^zustand($|\/)/,
        /^@tanstack\/(react-query|query-core)($|\/)/,
        /^@tencentcloud\/chat($|\/)/,
        /^idb-keyval($|\/)/,
        /^virtua($|\/)/,
      ],
      output: { banner: clientDirective },
    },
  },
});
