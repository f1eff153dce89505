import type { BrowserCommand } from 'vitest/node';

/** Emulates the OS colour preference (`prefers-color-scheme`) for the test page. */
const emulateColorScheme: BrowserCommand<[scheme: 'light' | 'dark']> = async (context, scheme) => {
  if (!('page' in context)) throw new Error('emulateColorScheme needs the Playwright provider');
  await context.page.emulateMedia({ colorScheme: scheme });
};

/**
 * Emulates a touch screen: `(pointer: coarse)` and `(hover: none)` match, as on a phone.
 * Chromium's own touch emulation (DevTools' device mode), through the page's CDP session.
 */
const emulateTouch: BrowserCommand<[enabled: boolean]> = async (context, enabled) => {
  if (!('page' in context)) throw new Error('emulateTouch needs the Playwright provider');
  const session = await context.page.context().newCDPSession(context.page);
  await session.send('Emulation.setTouchEmulationEnabled', { enabled, maxTouchPoints: enabled ? 5 : 1 });
  await session.send('Emulation.setEmitTouchEventsForMouse', { enabled });
};

export const browserCommands = { emulateColorScheme, emulateTouch };

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateColorScheme(scheme: 'light' | 'dark'): Promise<void>;
    emulateTouch(enabled: boolean): Promise<void>;
  }
}
