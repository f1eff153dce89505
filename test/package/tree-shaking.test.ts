// @vitest-environment node
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleApp as bundle, REACT } from '../support/bundle-app';
import { installedPackageForFile } from './build-dist';

// Issue 17, finding 4: `BoundMessageBubble = memo(...)` at module level without a pure
// annotation made an app that imports only ReadReceiptBadge ship zustand and TanStack Query.
const installed = installedPackageForFile();

/** An app bundled beside the installed package, so its imports resolve to it. */
async function bundleApp(source: string, external: string[]) {
  const { js, inputs } = await bundle(source, { external, dir: installed.root });
  return { code: Buffer.from(js).toString('utf8'), inputs };
}

describe('the built React entry tree-shakes', () => {
  it('leaves no code behind when an app imports it for nothing, even if its sideEffects flag were ignored', async () => {
    // A copy of dist/ under a package.json that claims side effects: only the pure annotations
    // and side-effect-free statements of the code itself can make its module-level code go.
    const copy = join(installed.root, 'claims-side-effects');
    cpSync(join(installed.packageDir, 'dist'), copy, { recursive: true, filter: (path) => !path.endsWith('.map') });
    writeFileSync(join(copy, 'package.json'), JSON.stringify({ type: 'module', sideEffects: true }));
    const { code } = await bundleApp(`import './claims-side-effects/index.js';`, [...REACT, 'zustand', 'zustand/*', '@tanstack/*', 'idb-keyval']);
    // What remains are the externals' import statements; any module-level call without
    // `/* @__PURE__ */` (or statement with a possible side effect) shows up here by its code.
    const leftover = code.replace(/import\s*(?:[\w$]+\s*,?\s*)?(?:\{[^}]*\}\s*)?(?:from\s*)?"[^"]+";?/g, '').trim();
    expect(leftover).toBe('');
  });

  it('gives an app that renders only ReadReceiptBadge neither zustand nor TanStack', async () => {
    const { inputs } = await bundleApp(
      `import { ReadReceiptBadge } from 'react-read-receipts'; import { createRoot } from 'react-dom/client'; import { jsx } from 'react/jsx-runtime';
       createRoot(document.body).render(jsx(ReadReceiptBadge, { receipt: { kind: 'group', messageID: 'm', groupID: 'g', readCount: 1, unreadCount: 2 } }));`,
      REACT,
    );
    expect(inputs.some((path) => path.includes('react-read-receipts/dist/index.js'))).toBe(true);
    expect(inputs.filter((path) => /node_modules\/(zustand|@tanstack|idb-keyval)\//.test(path))).toEqual([]);
  });
});
