// @vitest-environment node
import { readFileSync } from 'node:fs';

// The examples install the packed kit with `npm ci`, which takes the kit's dependencies from
// each example's lockfile, not from the tarball: a dependency the kit gained (virtua) and the
// lockfile lacks fails only in CI's fresh-app step, after the rest of the run.
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const manifest = read('package.json') as { dependencies: Record<string, string>; peerDependencies: Record<string, string> };

describe.each(['vite', 'nextjs'])('examples/%s/package-lock.json', (example) => {
  const lock = read(`examples/${example}/package-lock.json`) as { packages: Record<string, { version?: string; dependencies?: Record<string, string>; peerDependencies?: Record<string, string> }> };
  const kit = lock.packages['node_modules/react-read-receipts'];

  it("pins the kit's dependencies as package.json has them, each installed at that version", () => {
    expect(kit?.dependencies ?? {}).toEqual(manifest.dependencies);
    for (const [name, version] of Object.entries(manifest.dependencies)) {
      expect(lock.packages[`node_modules/${name}`]?.version, name).toBe(version);
    }
    expect(kit?.peerDependencies).toEqual(manifest.peerDependencies);
  });
});
