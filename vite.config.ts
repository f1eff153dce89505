/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import dts from 'unplugin-dts/vite';
import { defineConfig, type Plugin } from 'vite';
import { chromiumArgs, resolveChromium } from './test/chromium.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Ships the kit's stylesheet as one dist/styles.css, untouched by the JS entries. */
function stylesheet(): Plugin {
  return {
    name: 'rrr-stylesheet',
    apply: 'build',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'styles.css',
        source: readFileSync(`${root}src/react/styles.css`, 'utf8'),
      });
    },
  };
}

/**
 * Lines from @tencentcloud/chat's own logger (" Chat  10:09:42.736 ..."). The tests silence the
 * SDK with chat.setLogLevel(4), but two sources have no switch: the banner it prints while
 * loading and inside create(), and the logger of modules/group-module.js, which setLogLevel
 * does not reach. Only that exact prefix is dropped; every other console line still shows.
 */
function isTencentSdkLog(log: string): boolean {
  return /^ Chat {2}\d{2}:\d{2}:\d{2}\.\d{3} /.test(log);
}

// Only resolve a browser when tests run, so builds never touch it.
const executablePath = process.env.VITEST ? await resolveChromium() : undefined;
// Each project needs its own browser block: Vitest names instances per project.
const browser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: { executablePath, args: chromiumArgs } }),
  instances: [{ browser: 'chromium' as const }],
});

export default defineConfig({
  plugins: [
    react(),
    dts({ tsconfigPath: './tsconfig.build.json', bundleTypes: true }),
    stylesheet(),
  ],
  // Pre-bundle everything browser tests import up front: a dependency discovered mid-run is
  // optimized again and can load a second copy of React.
  optimizeDeps: {
    include: [
      'react',
      'react/jsx-dev-runtime',
      'react-dom',
      'react-dom/client',
      'zustand',
      'zustand/vanilla',
      '@tanstack/react-query',
      '@tanstack/react-virtual',
      '@testing-library/react',
      'axe-core',
    ],
  },
  resolve: { dedupe: ['react', 'react-dom'] },
  build: {
    outDir: 'dist',
    minify: false,
    sourcemap: true,
    lib: {
      entry: { index: 'src/index.ts', mock: 'src/mock/index.ts', tencent: 'src/tencent/index.ts' },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^react($|\/)/, /^react-dom($|\/)/, /^zustand($|\/)/, /^@tanstack\/react-query($|\/)/, /^@tencentcloud\/chat($|\/)/],
    },
  },
  test: {
    globals: true,
    onConsoleLog: (log) => !isTencentSdkLog(log),
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
          exclude: ['**/*.browser.test.{ts,tsx}', '**/*.e2e.test.ts', 'node_modules/**'],
          setupFiles: ['test/setup-unit.ts'],
        },
      },
      {
        // Playwright from Node against built pages (the demo), in real Chromium.
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.test.ts'],
          testTimeout: 90_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['src/**/*.browser.test.{ts,tsx}', 'test/**/*.browser.test.{ts,tsx}'],
          // One file at a time: the hostile corpus lays out megabytes of text, and focus and
          // scroll tests need a page that is not starved by a neighbour on a 2-core machine.
          fileParallelism: false,
          browser: browser(),
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: `${root}.storybook` })],
        test: {
          name: 'storybook',
          browser: browser(),
        },
      },
    ],
  },
});
