// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildInstalledPackage } from './build-dist';

let root = '';
beforeAll(async () => {
  ({ root } = await buildInstalledPackage());
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Runs `code` as an ES module in a fresh Node inside the installed package's folder; returns the bare imports it resolved. */
function run(code: string): { output: string; imports: string[] } {
  const output = execFileSync(process.execPath, ['--import', resolve('test/package/record-imports.mjs'), '--input-type=module', '-e', code], {
    cwd: root,
    encoding: 'utf8',
  });
  const line = output.split('\n').find((l) => l.startsWith('IMPORTS ')) ?? 'IMPORTS []';
  return { output, imports: JSON.parse(line.slice('IMPORTS '.length)) as string[] };
}

describe('react-read-receipts/core, built and installed', () => {
  it('runs a store in plain Node and loads no React', () => {
    const { output, imports } = run(`
      import { createChatStore, ErrorCode, parseConversationID } from 'react-read-receipts/core';
      import { createMockAdapter, presets } from 'react-read-receipts/mock';
      const { backend } = presets.workTeam();
      const store = createChatStore(createMockAdapter(backend, 'me'));
      store.actions.start();
      await store.actions.openConversation('GROUPteam');
      const ids = store.getState().conversations.get('GROUPteam').messageIDs;
      console.log('messages', ids.length, 'session', store.getState().session, 'code', ErrorCode.NO_PERMISSION, parseConversationID('GROUPteam').groupID);
      process.exit(0);
    `);
    expect(output).toMatch(/messages [1-9]\d* session ready code 10007 team/);
    expect(imports).toContain('react-read-receipts/core');
    expect(imports.filter((name) => /^(react|react-dom|virtua)($|\/)|^@tanstack\/react-/.test(name))).toEqual([]);
  });

  it('the React entry does load React (the check above can see it)', () => {
    const { imports } = run(`await import('react-read-receipts'); process.exit(0);`);
    expect(imports).toContain('react');
  });
});
