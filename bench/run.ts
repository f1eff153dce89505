import { existsSync, readdirSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { cpus } from 'node:os';
import { longHistory, openBrowser, receiptStorm, receiptsToPaint, whoRead, type BrowserSession } from './browser/scenarios';
import { bundleSize } from './node/bundle-size';
import { historyPages } from './node/history-pages';
import { memberPages } from './node/member-pages';
import { storeThroughput } from './node/store-throughput';
import { passes, printTable, writeResults, type Figure } from './report';

/**
 * `npm run bench` — every scenario, each figure next to its budget; JSON in bench/results/.
 *   --quick          small N, budgets reported but not enforced (CI)
 *   --only <names>   comma-separated: storm, history, receipts, who-read, paging, store, bundle
 * Exits 1 when an enforced budget is missed.
 */

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const onlyIndex = args.indexOf('--only');
const only = onlyIndex >= 0 ? new Set((args[onlyIndex + 1] ?? '').split(',').filter(Boolean)) : null;
const SCENARIOS = ['storm', 'history', 'receipts', 'who-read', 'paging', 'store', 'bundle'] as const;
type Scenario = (typeof SCENARIOS)[number];
if (only) {
  const unknown = [...only].filter((name) => !(SCENARIOS as readonly string[]).includes(name));
  if (unknown.length > 0) {
    console.error(`Unknown scenario(s): ${unknown.join(', ')}. Known: ${SCENARIOS.join(', ')}`);
    process.exit(2);
  }
}
const wanted = (name: Scenario) => only === null || only.has(name);

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function ensureBuild(): void {
  const fresh = existsSync('dist/index.js') && existsSync('dist/styles.css') && statSync('dist/index.js').mtimeMs >= newestMtime('src');
  if (fresh) return;
  console.log('dist/ is missing or older than src/: npm run build');
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
}

async function main(): Promise<void> {
  const started = performance.now();
  const figures: Figure[] = [];
  const section = async (name: Scenario, run: () => Promise<Figure[]>) => {
    if (!wanted(name)) return;
    const t0 = performance.now();
    try {
      figures.push(...(await run()));
    } catch (error) {
      console.error(`${name} failed:`, error);
      figures.push({ scenario: name, metric: 'scenario ran', value: 0, unit: '', budget: 1, kind: 'min' });
    }
    console.log(`  ${name}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  };

  // Node only, each pair in a fresh process (bench/node/fresh-process.ts), before Chromium starts.
  await section('who-read', () => memberPages({ quick }));

  let browser: BrowserSession | undefined;
  await section('paging', () => historyPages({ quick }));

  const needsBrowser = (['storm', 'history', 'receipts', 'who-read'] as const).some(wanted);
  if (needsBrowser) browser = await openBrowser();
  try {
    await section('storm', () => receiptStorm(browser!, { quick }));
    await section('history', () => longHistory(browser!, { quick }));
    await section('receipts', () => receiptsToPaint(browser!, { quick }));
    await section('who-read', () => whoRead(browser!, { quick }));
  } finally {
    await browser?.close();
  }
  await section('store', () => storeThroughput({ quick }));
  await section('bundle', async () => {
    ensureBuild();
    return bundleSize();
  });

  if (quick) for (const figure of figures) figure.informational = true;
  const table = printTable(figures);
  console.log(`\n${table}\n`);
  const seconds = (performance.now() - started) / 1000;
  const file = writeResults(figures, {
    date: new Date().toISOString(),
    mode: quick ? 'quick' : 'full',
    only: only ? [...only] : null,
    node: process.version,
    cpus: cpus().length,
    seconds,
  });
  const missed = figures.filter((f) => !f.informational && !passes(f));
  console.log(`${figures.length} figures, ${missed.length} budget(s) missed, ${seconds.toFixed(1)} s. Results: ${file}`);
  process.exitCode = missed.length > 0 ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
