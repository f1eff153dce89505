import type { BrowserCommand } from 'vitest/node';

/** Emulates the OS colour preference (`prefers-color-scheme`) for the test page. */
const emulateColorScheme: BrowserCommand<[scheme: 'light' | 'dark']> = async (context, scheme) => {
  if (!('page' in context)) throw new Error('emulateColorScheme needs the Playwright provider');
  await context.page.emulateMedia({ colorScheme: scheme });
};

export const browserCommands = { emulateColorScheme };

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateColorScheme(scheme: 'light' | 'dark'): Promise<void>;
  }
}
