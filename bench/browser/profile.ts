import { writeFileSync } from 'node:fs';
import { openBrowser } from './scenarios';

/**
 * `npx tsx bench/browser/profile.ts [storm|history|scroll|who-read] [trace.json]` — where the main thread goes
 * during one scenario: Performance.getMetrics deltas (script, style, layout, task) and, with a
 * file name, a Chrome trace (open in DevTools → Performance). BENCH_MINIFY=0 keeps names readable;
 * PROFILE=1 prints the CPU profile's top functions (of the measured window alone where the page
 * marks it); COUNT sets the history's size (default 100,000).
 */
const [scenario = 'storm', traceFile] = process.argv.slice(2);
const METRICS = ['TaskDuration', 'ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration', 'RecalcStyleCount', 'LayoutCount'];

async function main(): Promise<void> {
  const session = await openBrowser();
  try {
    const { page, cdp } = await session.newPage();
    const call = (name: string, params: unknown) =>
      page.evaluate(([fn, args]) => (window.__bench[fn as string] as (p: unknown) => unknown)(args), [name, params] as const);
    const metrics = async () => {
      const { metrics: list } = await cdp.send('Performance.getMetrics');
      return Object.fromEntries(list.filter((m) => METRICS.includes(m.name)).map((m) => [m.name, m.value]));
    };
    const params = { members: 10_000, messages: 2_000, updates: 20_000, batch: 50, durationMs: 2_000 };
    if (scenario === 'storm') await call('stormSetup', params);
    const count = Number(process.env.COUNT ?? 100_000);
    if (scenario === 'scroll') await call('historyScroll', { count, steps: 20 });
    if (scenario === 'history') {
      for (let i = 0; i < 2; i += 1) await call('historyMount', { count });
      await call('historyPrepare', { count });
    }
    const events: unknown[] = [];
    if (traceFile) {
      cdp.on('Tracing.dataCollected', (e: { value: unknown[] }) => events.push(...e.value));
      await cdp.send('Tracing.start', {
        transferMode: 'ReportEvents',
        traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink', 'disabled-by-default-devtools.timeline.stack', 'blink.user_timing', 'disabled-by-default-v8.cpu_profiler'] },
      } as never);
    }
    const profiling = process.env.PROFILE === '1';
    // A page that marks its own window with console.profile() gets that window alone.
    let consoleProfile: Parameters<typeof printProfile>[0] | undefined;
    cdp.on('Profiler.consoleProfileFinished', (e: { profile: Parameters<typeof printProfile>[0] }) => {
      consoleProfile = e.profile;
    });
    if (profiling) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    const before = await metrics();
    const t0 = performance.now();
    const result =
      scenario === 'storm'
        ? await call('stormRun', params)
        : scenario === 'history'
          ? await call('historyMount', { count })
          : scenario === 'scroll'
            ? await call('historyScroll', { count, steps: 20, profile: profiling })
          : await call('drawer', { members: 100_000, pages: 2, profile: profiling });
    const wall = performance.now() - t0;
    const after = await metrics();
    if (profiling) {
      const { profile } = await cdp.send('Profiler.stop');
      printProfile(consoleProfile ?? profile);
    }
    if (traceFile) {
      const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await done;
      writeFileSync(traceFile, JSON.stringify({ traceEvents: events }));
    }
    console.log(JSON.stringify(result));
    for (const name of METRICS) {
      const delta = (after[name] ?? 0) - (before[name] ?? 0);
      const ms = name.endsWith('Duration') ? `${(delta * 1000).toFixed(1)} ms (${((delta * 100_000) / wall).toFixed(1)} % of wall)` : String(delta);
      console.log(`${name.padEnd(20)} ${ms}`);
    }
    console.log(`wall ${wall.toFixed(0)} ms`);
  } finally {
    await session.close();
  }
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/** Self time per function, top 40, from a CDP CPU profile. */
function printProfile(profile: { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] }): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  (profile.samples ?? []).forEach((id, i) => {
    const node = byId.get(id);
    if (!node) return;
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || '(anon)'} ${url.split('/').pop()}:${lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
  });
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${key}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
