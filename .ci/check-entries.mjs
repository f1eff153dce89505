// After `npm run build`: every entry exists with its types, and the main entry (with every chunk
// it imports) carries no Tencent code, so apps that never use Tencent never download it.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

let failed = false;
const fail = (message) => {
  console.error(`check-entries: ${message}`);
  failed = true;
};
// Every file package.json's exports point at, so this list cannot drift from them.
const { exports } = JSON.parse(readFileSync('package.json', 'utf8'));
const exported = Object.values(exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)));
for (const file of exported) {
  if (!existsSync(file)) fail(`${file} (in package.json exports) is missing`);
}

function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  for (const [, spec] of source.matchAll(/(?:from|import)\s*\(?\s*["'](\.[^"']+)["']/g)) closure(join(dirname(file), spec), seen);
  return seen;
}
if (!failed) {
  for (const file of closure('dist/index.js')) {
    if (/tencentcloud|createTencentChatAdapter/.test(readFileSync(file, 'utf8'))) fail(`${file} (reached from dist/index.js) contains Tencent code`);
  }
  if (!/tencentcloud|TencentChat/.test(readFileSync('dist/tencent.js', 'utf8'))) fail('dist/tencent.js does not look like the Tencent adapter');
  // The core entry is framework-free: nothing it reaches imports React.
  for (const file of closure('dist/core.js')) {
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*["']([^."'][^"']*)["']/g)) {
      if (/^(react|react-dom)($|\/)|^@tanstack\/react-/.test(spec)) fail(`${file} (reached from dist/core.js) imports ${spec}`);
    }
  }
}
if (failed) process.exit(1);
console.log(`check-entries: ok (${exported.length} exported files; no Tencent code reachable from the main entry; no React reachable from the core entry)`);
