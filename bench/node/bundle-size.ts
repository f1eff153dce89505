import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { Figure } from '../report';

const PEERS = ['react', 'react-dom', 'react/jsx-runtime', 'zustand', 'zustand/*', '@tanstack/react-query', '@tanstack/query-core', 'react-dom/*'];

/** Bundles an app entry the way an app's bundler would (minified, peers external) and gzips it. */
async function appBundleSize(source: string): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'rrr-size-'));
  const entry = join(dir, 'app.js');
  writeFileSync(entry, source);
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    platform: 'browser',
    external: PEERS,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  return gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length;
}

/** Needs `npm run build` first: measures dist/ as an app consumes it. */
export async function bundleSize(): Promise<Figure[]> {
  const dist = resolve('dist/index.js');
  const names = Object.keys(await import(dist)).filter((n) => n !== 'default');
  const whole = await appBundleSize(`export { ${names.join(', ')} } from ${JSON.stringify(dist)};`);
  const leaves = await appBundleSize(
    `import { ReadReceiptBadge, MessageBubble } from ${JSON.stringify(dist)}; console.info(ReadReceiptBadge, MessageBubble);`,
  );
  const css = gzipSync(readFileSync('dist/styles.css'), { level: 9 }).length;
  const kb = (bytes: number) => Math.round((bytes / 1024) * 100) / 100;
  return [
    { scenario: 'bundle', metric: 'whole kit (min+gz, peers external)', value: kb(whole), unit: 'KB', budget: 30, kind: 'max' },
    { scenario: 'bundle', metric: 'only ReadReceiptBadge + MessageBubble', value: kb(leaves), unit: 'KB', budget: 6, kind: 'max' },
    { scenario: 'bundle', metric: 'styles.css (gz)', value: kb(css), unit: 'KB', budget: 6, kind: 'max' },
  ];
}
