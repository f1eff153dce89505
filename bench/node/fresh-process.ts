import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * V8 makes some decisions once per process (whether to pretenure an allocation site, how a
 * hot function tiers up), and a Node-only figure can sit in a 1.3x or a 2-3x mode for a whole
 * process. Runs inside one process are then not independent samples; runs in fresh processes
 * are. A module runs one repetition when started by `inFreshProcess` (see `runAsChild`).
 */
export function inFreshProcess<T>(moduleURL: string, args: readonly string[]): T {
  const out = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(moduleURL), ...args], {
    encoding: 'utf8',
    env: { ...process.env, BENCH_CHILD: '1' },
  });
  return JSON.parse(out.trim().split('\n').pop() as string) as T;
}

/** In the module at `moduleURL`: when it is the child started by `inFreshProcess`, runs `repetition` and prints its result. */
export function runAsChild(moduleURL: string, repetition: (args: string[]) => Promise<unknown> | unknown): void {
  if (process.env.BENCH_CHILD !== '1' || process.argv[1] !== fileURLToPath(moduleURL)) return;
  void Promise.resolve(repetition(process.argv.slice(2))).then((result) => console.log(JSON.stringify(result)));
}
