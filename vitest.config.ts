import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumArgs, resolveChromium } from './test/chromium.ts';
import { browserCommands } from './test/browser-commands.ts';
import { isTencentSdkLog } from './test/console-noise.ts';

// The test projects only (the library build is vite.config.ts). The browser is looked up
// here, when tests run, so builds never touch it.
const root = fileURLToPath(new URL('.', import.meta.url));
const executablePath = await resolveChromium();

// Each project needs its own browser block: Vitest names instances per project.
const browser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: { executablePath, args: chromiumArgs } }),
  instances: [{ browser: 'chromium' as const }],
  commands: browserCommands,
});

export default defineConfig({
  plugins: [react()],
  // Browser tests must find every dependency up front: one found mid-run is optimized again
  // and reloads the page with a second copy of React. Scanning the test files finds them all.
  optimizeDeps: {
    entries: ['src/**/*.browser.test.tsx', 'test/**/*.browser.test.tsx', 'stories/**/*.stories.tsx', '.storybook/preview.tsx'],
  },
  resolve: { dedupe: ['react', 'react-dom'] },
  test: {
    globals: true,
    onConsoleLog: (log) => !isTencentSdkLog(log),
    restoreMocks: true,
    unstubGlobals: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
          exclude: ['**/*.browser.test.{ts,tsx}', '**/*.e2e.test.ts', 'node_modules/**'],
          setupFiles: ['test/setup/unit.ts'],
        },
      },
      {
        // Playwright from Node against built pages (the demo), in real Chromium.
        extends: true,
        test: { name: 'e2e', environment: 'node', include: ['test/e2e/**/*.e2e.test.ts'], testTimeout: 90_000 },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['src/**/*.browser.test.{ts,tsx}', 'test/**/*.browser.test.{ts,tsx}'],
          // One file at a time: the hostile corpus lays out megabytes of text, and focus and
          // scroll tests need a page that is not starved by a neighbour on a 2-core machine.
          fileParallelism: false,
          setupFiles: ['test/setup/browser.ts'],
          browser: browser(),
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: `${root}.storybook` })],
        test: { name: 'storybook', setupFiles: ['test/setup/browser.ts'], browser: browser() },
      },
    ],
  },
});
