// The built examples in Chromium, as their users would open them on a dark OS: no console
// error or warning (a hydration mismatch is one), the teammate's view reports the agenda read
// so the sender's badge says "Read by 1", and the light-only pages stay light.
//   npx tsx .ci/check-examples.ts <folder with vite/ and nextjs/, both built>
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright';
import { chromiumArgs, resolveChromium } from '../test/chromium.ts';

const examples = resolve(process.argv[2] ?? 'examples');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createNetServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
    server.on('error', fail);
  });
}

async function serveStatic(dir: string): Promise<{ url: string; close: () => void }> {
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const file = join(dir, path === '/' ? 'index.html' : path);
    readFile(file).then(
      (body) => response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => response.writeHead(404).end(),
    );
  });
  const port = await freePort();
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}

async function startNext(dir: string): Promise<{ url: string; close: () => void }> {
  const port = await freePort();
  const next: ChildProcess = spawn(join(dir, 'node_modules/.bin/next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i += 1) {
    if (await fetch(url).then((r) => r.ok, () => false)) return { url, close: () => next.kill() };
    await new Promise((done) => setTimeout(done, 200));
  }
  next.kill();
  throw new Error('next start did not answer within 20 s');
}

async function check(browser: Browser, name: string, url: string): Promise<string[]> {
  const problems: string[] = [];
  const context = await browser.newContext({ colorScheme: 'dark', viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  await page.goto(url);
  const sender = page.getByRole('log', { name: 'Design Team', exact: true });
  try {
    await sender.getByRole('button', { name: /^Read by 1\b/ }).waitFor({ timeout: 20_000 });
  } catch {
    problems.push(`the sender never saw "Read by 1": ${(await sender.textContent()) ?? ''}`);
  }
  const colours = await page.evaluate(() => ({
    page: getComputedStyle(document.documentElement).colorScheme,
    composer: getComputedStyle(document.querySelector('.rrr-composer') as Element).backgroundColor,
  }));
  if (colours.page !== 'normal') problems.push(`the page's color-scheme became ${colours.page}`);
  if (colours.composer !== 'rgb(255, 255, 255)') problems.push(`the composer is ${colours.composer} on a light page`);
  await context.close();
  console.log(`check-examples: ${name}: ${problems.length === 0 ? 'ok' : `${problems.length} problem(s)`}`);
  return problems.map((problem) => `${name}: ${problem}`);
}

const browser = await chromium.launch({ executablePath: await resolveChromium(), args: chromiumArgs, headless: true });
const vite = await serveStatic(join(examples, 'vite/dist'));
const next = await startNext(join(examples, 'nextjs'));
const problems: string[] = [];
try {
  // What the server sends before any script runs: the conversation's loading shell.
  const html = await (await fetch(next.url)).text();
  if (!html.includes('Loading messages…') || !html.includes('Read by 12')) problems.push('nextjs: the server HTML lacks the loading shell or the badge');
  problems.push(...(await check(browser, 'vite (React 18)', vite.url)));
  problems.push(...(await check(browser, 'nextjs (React 19)', next.url)));
} finally {
  await browser.close();
  vite.close();
  next.close();
}
for (const problem of problems) console.error(`check-examples: ${problem}`);
process.exit(problems.length === 0 ? 0 : 1);
