import { chromium, type Browser, type CDPSession, type Page } from 'playwright';
import { chromiumArgs, resolveChromium } from '../../test/chromium';
import type { Figure } from '../report';
import { median, percentile } from '../stats';
import { buildBenchApp } from './build-app';
import { serveStatic } from './serve';

/** Drives the bench page (bench/app) in headless Chromium: one fresh page per scenario. */
export interface BrowserSession {
  newPage(): Promise<{ page: Page; cdp: CDPSession }>;
  close(): Promise<void>;
}

export async function openBrowser(): Promise<BrowserSession> {
  const dir = await buildBenchApp();
  const server = await serveStatic(dir);
  const browser: Browser = await chromium.launch({ executablePath: await resolveChromium(), args: chromiumArgs, headless: true });
  return {
    async newPage() {
      const context = await browser.newContext({ viewport: { width: 480, height: 720 } });
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error(`[page] ${error.message}`));
      await page.goto(server.url);
      await page.waitForFunction(() => document.title === 'bench ready');
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      return { page, cdp };
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

async function taskDuration(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN) * 1000;
}

function call<T>(page: Page, name: string, params: unknown): Promise<T> {
  return page.evaluate(([fn, args]) => (window.__bench[fn as string] as (p: unknown) => unknown)(args), [name, params] as const) as Promise<T>;
}

export interface ScenarioOptions {
  quick: boolean;
}

interface StormResult {
  sent: number;
  wallMs: number;
  pushMs: number;
  backendMs: number;
  commits: number;
  frames: number;
  maxCommitsPerFrame: number;
  framesWithMoreThanOneCommit: number;
  bubbleRenders: number;
  changedTotal: number;
  mismatched: number;
  longTasks: number;
  longestTask: number;
  stored: number;
}

export async function receiptStorm(session: BrowserSession, { quick }: ScenarioOptions): Promise<Figure[]> {
  const params = quick
    ? { members: 2_000, messages: 400, updates: 4_000, batch: 50, durationMs: 2_000 }
    : { members: 10_000, messages: 2_000, updates: 20_000, batch: 50, durationMs: 2_000 };
  const { page, cdp } = await session.newPage();
  await call(page, 'stormSetup', params);
  const busyBefore = await taskDuration(cdp);
  const wallBefore = performance.now();
  const r = await call<StormResult>(page, 'stormRun', params);
  const busyMs = (await taskDuration(cdp)) - busyBefore;
  const wallMs = performance.now() - wallBefore;
  await page.close();
  const scenario = 'storm';
  const label = `${params.updates.toLocaleString('en-US')} updates / ${params.messages.toLocaleString('en-US')} msgs / ${params.members.toLocaleString('en-US')} members`;
  return [
    { scenario, metric: `receipt updates pushed (${label})`, value: r.sent, unit: '', budget: params.updates, kind: 'min' },
    { scenario, metric: 'React commits (informational)', value: r.commits, unit: '', budget: Infinity, kind: 'max', informational: true },
    { scenario, metric: 'most React commits in one animation frame', value: r.maxCommitsPerFrame, unit: '', budget: 1, kind: 'max' },
    { scenario, metric: 'bubble renders per commit (mean, informational)', value: r.commits ? r.bubbleRenders / r.commits : 0, unit: '', budget: Infinity, kind: 'max', informational: true },
    { scenario, metric: 'bubble renders ≠ mounted bubbles whose receipt changed', value: r.mismatched, unit: '', budget: 0, kind: 'max' },
    { scenario, metric: 'main thread busy ÷ storm wall time (kit; mock backend excluded)', value: ((busyMs - r.backendMs) / wallMs) * 100, unit: '%', budget: 25, kind: 'max' },
    { scenario, metric: 'main thread busy incl. the in-page mock backend (informational)', value: (busyMs / wallMs) * 100, unit: '%', budget: Infinity, kind: 'max', informational: true },
    { scenario, metric: 'tasks longer than 50 ms during the storm', value: r.longTasks, unit: '', budget: 0, kind: 'max' },
    { scenario, metric: 'longest task (informational)', value: r.longestTask, unit: 'ms', budget: 50, kind: 'max', informational: true },
  ];
}

const round1 = (value: number) => Math.round(value * 10) / 10;

interface MountSample {
  ms: number;
  badFrames: number;
}

export async function longHistory(session: BrowserSession, { quick }: ScenarioOptions): Promise<Figure[]> {
  const large = quick ? 20_000 : 100_000;
  const repetitions = quick ? 3 : 7;
  const { page, cdp } = await session.newPage();
  // Each mount starts from a collected heap, so it never pays for the garbage of the setup or
  // of the mount before it. The drop-in view and the floor take turns over the same history.
  const mountAfterGC = async (floor: boolean) => {
    await cdp.send('HeapProfiler.collectGarbage');
    return call<MountSample>(page, 'historyMount', { floor });
  };
  const sizes = [1_000, large];
  const results = new Map<number, { kit: number[]; floor: number[]; ratios: number[]; badFrames: number }>();
  for (const count of sizes) {
    await call(page, 'historyPrepare', { count });
    await mountAfterGC(false);
    await mountAfterGC(true);
    const r = { kit: [] as number[], floor: [] as number[], ratios: [] as number[], badFrames: 0 };
    for (let i = 0; i < repetitions; i += 1) {
      const kit = await mountAfterGC(false);
      const floor = await mountAfterGC(true);
      r.kit.push(kit.ms);
      r.floor.push(floor.ms);
      r.ratios.push(kit.ms / floor.ms);
      r.badFrames += kit.badFrames;
    }
    results.set(count, r);
  }
  const scroll = await call<{ intervals: number[]; maxElements: number; reachedTop: boolean; longTasks: number; longestTask: number }>(page, 'historyScroll', { count: large, steps: 20 });
  await page.close();
  // rAF timestamps jitter around the display's period (16.6, 16.8, 16.5 … at 60 Hz), so a
  // frame is counted in whole periods: on time is one period, a dropped frame two. The period
  // is the median interval of this same run.
  const period = median(scroll.intervals);
  const periods = scroll.intervals.map((n) => Math.max(1, Math.round(n / period)));
  const frames = periods.map((n) => n * period);
  const dropped = periods.reduce((sum, n) => sum + n - 1, 0);
  const scenario = 'history';
  const figures: Figure[] = [];
  for (const count of sizes) {
    const r = results.get(count)!;
    const n = count.toLocaleString('en-US');
    figures.push(
      { scenario, metric: `mount → first paint, drop-in view, ${n} messages (median, informational)`, value: median(r.kit), unit: 'ms', budget: Infinity, kind: 'max', informational: true },
      { scenario, metric: `  the floor (bare TanStack list of plain divs), ${n} (median, informational)`, value: median(r.floor), unit: 'ms', budget: Infinity, kind: 'max', informational: true },
      { scenario, metric: `mount → first paint ÷ the floor, ${n} messages (median of ${repetitions} pairs)`, value: median(r.ratios), unit: '×', budget: 1.5, kind: 'max' },
    );
  }
  const badFrames = [...results.values()].reduce((sum, r) => sum + r.badFrames, 0);
  figures.push(
    { scenario, metric: `blank or jumping frames in the 20 after each mount (${sizes.length * repetitions} mounts)`, value: badFrames, unit: '', budget: 0, kind: 'max' },
    { scenario, metric: 'scroll bottom → top, 20 steps: p95 frame', value: round1(percentile(frames, 95)), unit: 'ms', budget: 16.7, kind: 'max' },
    { scenario, metric: `scroll: frames dropped of ${scroll.intervals.length} (informational)`, value: dropped, unit: '', budget: Infinity, kind: 'max', informational: true },
    { scenario, metric: 'scroll: p95 of raw rAF intervals (informational)', value: round1(percentile(scroll.intervals, 95)), unit: 'ms', budget: Infinity, kind: 'max', informational: true },
    { scenario, metric: 'scroll: most DOM elements in the list', value: scroll.maxElements, unit: '', budget: 2_000, kind: 'max' },
    { scenario, metric: 'scroll reached the oldest message', value: scroll.reachedTop ? 1 : 0, unit: '', budget: 1, kind: 'min' },
    { scenario, metric: 'scroll: longest task (informational)', value: scroll.longestTask, unit: 'ms', budget: 50, kind: 'max', informational: true },
  );
  return figures;
}

/**
 * A receipt → paint in the drop-in view at 1,000 and at `large` messages: the main thread's
 * busy time from the adapter event to the painted frame that shows it (CPU work, which the
 * frame the update waits for does not blur). Both sizes are open in their own pages and take
 * turns, 9 steps each, so a busy moment of the machine falls on both alike.
 */
async function receiptToPaint(session: BrowserSession, setup: string, step: string, prepare: string | null, sizes: readonly number[]) {
  const pages = [];
  for (const count of sizes) {
    const opened = await session.newPage();
    await call(opened.page, setup, { count });
    pages.push({ ...opened, busy: [] as number[], wall: [] as number[] });
  }
  for (let i = 0; i < 9; i += 1) {
    for (const p of pages) {
      if (prepare) await call(p.page, prepare, {});
      await p.cdp.send('HeapProfiler.collectGarbage');
      const before = await taskDuration(p.cdp);
      p.wall.push(await call<number>(p.page, step, {}));
      p.busy.push((await taskDuration(p.cdp)) - before);
    }
  }
  for (const p of pages) await p.page.close();
  return pages.map((p) => ({ busy: median(p.busy), wall: median(p.wall) }));
}

export async function receiptsToPaint(session: BrowserSession, { quick }: ScenarioOptions): Promise<Figure[]> {
  const large = quick ? 20_000 : 100_000;
  const n = large.toLocaleString('en-US');
  const scenario = 'receipts';
  const figures: Figure[] = [];
  for (const [label, setup, step, prepare] of [
    ['1:1 read mark', 'readMarkSetup', 'readMarkStep', 'readMarkPrepare'],
    ['group receipt', 'groupReceiptSetup', 'groupReceiptStep', null],
  ] as const) {
    const [small, big] = (await receiptToPaint(session, setup, step, prepare, [1_000, large])) as [{ busy: number; wall: number }, { busy: number; wall: number }];
    figures.push(
      { scenario, metric: `${label} → paint at 1,000: main thread busy (median of 9, informational)`, value: small.busy, unit: 'ms', budget: Infinity, kind: 'max', informational: true },
      { scenario, metric: `${label} → paint at ${n}: main thread busy (informational)`, value: big.busy, unit: 'ms', budget: Infinity, kind: 'max', informational: true },
      { scenario, metric: `  event → painted frame, wall time at 1,000 (informational)`, value: small.wall, unit: 'ms', budget: Infinity, kind: 'max', informational: true },
      { scenario, metric: `  the same at ${n} (informational)`, value: big.wall, unit: 'ms', budget: Infinity, kind: 'max', informational: true },
      { scenario, metric: `${label} → paint at ${n} ÷ at 1,000 (main thread busy)`, value: big.busy / small.busy, unit: '×', budget: 1.5, kind: 'max' },
    );
  }
  return figures;
}

export async function whoRead(session: BrowserSession, { quick }: ScenarioOptions): Promise<Figure[]> {
  const members = quick ? 20_000 : 100_000;
  const pages = quick ? 10 : 50;
  type Drawer = { firstRowsMs: number; firstFrameMs: number; firstPaintMs: number; pagesLoaded: number; maxRows: number; setupMs: number };
  // Each in a fresh page: fonts the browser loaded for one run would carry over to the next.
  const drawerIn = async (params: { members: number; pages: number; replies: boolean }) => {
    const { page } = await session.newPage();
    const result = await call<Drawer>(page, 'drawer', params);
    await page.close();
    return result;
  };
  const cold = await drawerIn({ members, pages: 1, replies: false });
  // One open is one sample of a noisy figure: the median of several, the last one also scrolls.
  const opens = quick ? 3 : 5;
  const samples: Drawer[] = [];
  for (let i = 0; i < opens; i += 1) samples.push(await drawerIn({ members, pages: i === opens - 1 ? pages : 1, replies: true }));
  const d = samples[samples.length - 1] as Drawer;
  const firstPaint = median(samples.map((sample) => sample.firstPaintMs));
  const scenario = 'who-read';
  const n = members.toLocaleString('en-US');
  return [
    { scenario, metric: `click → first member rows painted (${n} members, half read; median of ${opens})`, value: firstPaint, unit: 'ms', budget: 100, kind: 'max' },
    { scenario, metric: '  the same, slowest open (informational)', value: Math.max(...samples.map((sample) => sample.firstPaintMs)), unit: 'ms', budget: 100, kind: 'max', informational: true },
    { scenario, metric: '  the same, before the page showed any member names (informational)', value: cold.firstPaintMs, unit: 'ms', budget: 100, kind: 'max', informational: true },
    { scenario, metric: '  click → first member rows in the DOM (median, informational)', value: median(samples.map((sample) => sample.firstRowsMs)), unit: 'ms', budget: 100, kind: 'max', informational: true },
    { scenario, metric: '  click → start of the frame that paints them (median, informational)', value: median(samples.map((sample) => sample.firstFrameMs)), unit: 'ms', budget: 100, kind: 'max', informational: true },
    { scenario, metric: 'member pages loaded by scrolling', value: d.pagesLoaded, unit: '', budget: pages, kind: 'min' },
    { scenario, metric: `most member rows in the DOM while scrolling ${pages} pages`, value: d.maxRows, unit: '', budget: 200, kind: 'max' },
  ];
}
