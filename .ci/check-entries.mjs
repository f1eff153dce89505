// After `npm run build`: every entry exists with its types, in both module formats; the main
// entry (with every chunk it imports) carries no Tencent code, so apps that never use Tencent
// never download it; the core reaches no React; and only the React entry is a client module.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

let failed = false;
const fail = (message) => {
  console.error(`check-entries: ${message}`);
  failed = true;
};
// Every file package.json's exports point at (conditions nest), so this list cannot drift from them.
const { exports } = JSON.parse(readFileSync('package.json', 'utf8'));
const targets = (value) => (typeof value === 'string' ? [value] : Object.values(value).flatMap(targets));
const exported = targets(exports);
for (const file of exported) {
  if (!existsSync(file)) fail(`${file} (in package.json exports) is missing`);
}

function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  for (const [, spec] of source.matchAll(/(?:from|import|require)\s*\(?\s*["'](\.[^"']+)["']/g)) closure(join(dirname(file), spec), seen);
  return seen;
}
// React Server Components read directives only from the top: before any import or require.
const firstStatement = (file) => readFileSync(file, 'utf8').replace(/^(\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/, '').split(/[;\n]/)[0].trim();
const clientDirective = /^["']use client["']$/;

if (!failed) {
  for (const ext of ['js', 'cjs']) {
    for (const file of closure(`dist/index.${ext}`)) {
      if (/tencentcloud|createTencentChatAdapter/.test(readFileSync(file, 'utf8'))) fail(`${file} (reached from dist/index.${ext}) contains Tencent code`);
    }
    if (!/tencentcloud|TencentChat/.test(readFileSync(`dist/tencent.${ext}`, 'utf8'))) fail(`dist/tencent.${ext} does not look like the Tencent adapter`);
    // The core entry is framework-free: nothing it reaches imports React.
    for (const file of closure(`dist/core.${ext}`)) {
      for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:from|import|require)\s*\(?\s*["']([^."'][^"']*)["']/g)) {
        if (/^(react|react-dom|virtua)($|\/)|^@tanstack\/react-/.test(spec)) fail(`${file} (reached from dist/core.${ext}) imports ${spec}`);
      }
    }
    if (!clientDirective.test(firstStatement(`dist/index.${ext}`))) fail(`dist/index.${ext} does not start with 'use client'`);
    for (const entry of ['core', 'mock', 'tencent']) {
      if (/["']use client["']/.test(readFileSync(`dist/${entry}.${ext}`, 'utf8'))) fail(`dist/${entry}.${ext} is marked 'use client': it must stay usable on the server`);
    }
  }
}
if (failed) process.exit(1);
console.log(
  `check-entries: ok (${exported.length} exported files; no Tencent code reachable from the main entry; no React reachable ` +
    "from the core entry; 'use client' on the React entry only)",
);
