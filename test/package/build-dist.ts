import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { build } from 'vite';

/**
 * Builds the package's JavaScript as `npm run build` does (without the .d.ts bundling) into a
 * fresh folder laid out as an installed package: `<root>/node_modules/react-read-receipts`,
 * with the real package.json, so imports go through its `exports` like an app's would.
 */
export async function buildInstalledPackage(): Promise<{ root: string; packageDir: string }> {
  const root = mkdtempSync(join(tmpdir(), 'rrr-package-'));
  const packageDir = join(root, 'node_modules', 'react-read-receipts');
  mkdirSync(packageDir, { recursive: true });
  process.env.RRR_TYPES = 'off';
  try {
    await build({ configFile: resolve('vite.config.ts'), logLevel: 'silent', build: { outDir: join(packageDir, 'dist'), sourcemap: false } });
  } finally {
    delete process.env.RRR_TYPES;
  }
  const manifest = readFileSync('package.json', 'utf8');
  writeFileSync(join(packageDir, 'package.json'), manifest);
  // The package's dependencies and peers resolve from the project's node_modules, as after an
  // install: each one the manifest names (a new dependency cannot be forgotten here).
  const { dependencies = {}, peerDependencies = {} } = JSON.parse(manifest) as Record<string, Record<string, string>>;
  for (const name of new Set([...Object.keys(dependencies), ...Object.keys(peerDependencies)])) {
    if (!existsSync(resolve('node_modules', name))) continue;
    mkdirSync(dirname(join(root, 'node_modules', name)), { recursive: true });
    symlinkSync(resolve('node_modules', name), join(root, 'node_modules', name), 'dir');
  }
  return { root, packageDir };
}

/** The installed package of `buildInstalledPackage`, built once for the calling test file and removed after it. */
export function installedPackageForFile(): { root: string; packageDir: string } {
  const paths = { root: '', packageDir: '' };
  beforeAll(async () => {
    Object.assign(paths, await buildInstalledPackage());
  }, 120_000);
  afterAll(() => rmSync(paths.root, { recursive: true, force: true }));
  return paths;
}
