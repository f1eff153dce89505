import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

/** What every React app already has: left out of the app bundles measured and checked. */
export const REACT = ['react', 'react-dom', 'react/*', 'react-dom/*'];

export interface AppBundle {
  /** The bundle's JS, then its CSS (as esbuild wrote them). */
  js: Uint8Array;
  css: Uint8Array;
  /** Paths of the inputs with code in the output (dist files, node_modules files). */
  inputs: string[];
}

/**
 * Bundles `source` as an app's production bundler would: minified, `NODE_ENV` production,
 * every import inside but `external`. One recipe for the tree-shaking test and the bundle
 * bench, so what is checked is what is measured. `dir` is where the app file is written
 * (imports resolve from there); a fresh temporary folder by default.
 */
export async function bundleApp(source: string, { external = REACT, dir }: { external?: string[]; dir?: string } = {}): Promise<AppBundle> {
  const folder = dir ?? mkdtempSync(join(tmpdir(), 'rrr-app-'));
  const entry = join(folder, `app-${Math.random().toString(36).slice(2)}.js`);
  writeFileSync(entry, source);
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    outdir: join(folder, 'out'),
    write: false,
    external,
    metafile: true,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const joined = (ext: string) => Buffer.concat(result.outputFiles.filter((file) => file.path.endsWith(ext)).map((file) => file.contents));
  const inputs = Object.values(result.metafile.outputs).flatMap((output) =>
    Object.entries(output.inputs).filter(([, input]) => input.bytesInOutput > 0).map(([path]) => path),
  );
  return { js: joined('.js'), css: joined('.css'), inputs };
}
