import { existsSync } from 'node:fs';

/**
 * Finds a Chromium for tests and benchmarks without any browser download:
 * $CHROMIUM_PATH, then Debian's /usr/bin/chromium, then the binary shipped inside the
 * @sparticuz/chromium npm package (unpacked into $TMPDIR on first use).
 */
export async function resolveChromium(): Promise<string> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const sparticuz = (await import('@sparticuz/chromium')).default;
  return sparticuz.executablePath();
}

/** Flags that keep Chromium quiet on a machine with no internet: no update checks, no lookups. */
export const chromiumArgs = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1',
];
