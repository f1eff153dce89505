import { afterAll, afterEach } from 'vitest';
import { isTencentSdkLog } from '../console-noise';

/**
 * Fails the test during which anything calls console.error or console.warn: React's warnings
 * (act, keys, refs, hydration mismatches) and the kit's own are bugs, not noise. A test that
 * expects one replaces the method with `vi.spyOn(console, 'error').mockImplementation(...)`
 * and asserts on it; `restoreMocks` puts this guard back before the next test.
 */
const logged: string[] = [];

function describeArgument(value: unknown): string {
  if (value instanceof Error) return value.stack ?? value.message;
  return typeof value === 'string' ? value : String(value);
}

/** The line as the console shows it: `%c` directives and their CSS arguments left out. */
function describe(args: readonly unknown[]): string {
  const [first, ...rest] = args;
  if (typeof first !== 'string' || !first.includes('%c')) return args.map(describeArgument).join(' ');
  const styles = first.split('%c').length - 1;
  return [first.replaceAll('%c', ''), ...rest.slice(styles)].map(describeArgument).join(' ');
}

for (const level of ['error', 'warn'] as const) {
  const original = console[level].bind(console);
  console[level] = (...args: unknown[]) => {
    const text = describe(args);
    if (!isTencentSdkLog(text)) logged.push(`console.${level}: ${text.split('\n').slice(0, 12).join('\n')}`);
    original(...args);
  };
}

export function failOnLogged(when: string): void {
  const lines = logged.splice(0);
  if (lines.length > 0) throw new Error(`${lines.length} unexpected console call(s) ${when}:\n\n${lines.join('\n\n')}`);
}

afterEach(() => failOnLogged('during this test'));
// Output after a file's last test (a timer, a late promise) still belongs to that file.
afterAll(() => failOnLogged('after the last test of this file'));
