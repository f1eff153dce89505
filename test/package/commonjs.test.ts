// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildInstalledPackage } from './build-dist';

let root = '';
let packageDir = '';
beforeAll(async () => {
  ({ root, packageDir } = await buildInstalledPackage());
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Runs `code` as CommonJS in a fresh Node inside the installed package's folder. */
const runCommonJs = (code: string) => execFileSync(process.execPath, ['--input-type=commonjs', '-e', code], { cwd: root, encoding: 'utf8' });

// Issue 18, finding 3: require('react-read-receipts') failed with ERR_PACKAGE_PATH_NOT_EXPORTED.
describe('react-read-receipts, built and installed, from CommonJS', () => {
  it('require() loads every entry', () => {
    const output = runCommonJs(`
      const kit = require('react-read-receipts');
      const core = require('react-read-receipts/core');
      const mock = require('react-read-receipts/mock');
      const tencent = require('react-read-receipts/tencent');
      console.log([kit.ChatProvider, kit.ConversationView, core.createChatStore, mock.createMockAdapter, tencent.createTencentChatAdapter].map((v) => typeof v).join(' '));
    `);
    expect(output.trim()).toBe('function function function function function');
  });

  it('renders the drop-in conversation on the server as its loading shell', () => {
    const output = runCommonJs(`
      const { createElement: h } = require('react');
      const { renderToString } = require('react-dom/server');
      const { ChatProvider, ConversationView } = require('react-read-receipts');
      const { createMockAdapter, presets } = require('react-read-receipts/mock');
      const adapter = createMockAdapter(presets.workTeam().backend, 'me');
      console.log(renderToString(h(ChatProvider, { adapter }, h(ConversationView, { conversationID: 'GROUPteam', label: 'Team' }))));
    `);
    expect(output).toContain('role="log" aria-label="Team"');
    expect(output).toContain('Loading messages…');
  });

  it('marks the React entry, in both formats, as a client module, and no other entry', () => {
    for (const file of ['index.js', 'index.cjs']) {
      expect(readFileSync(join(packageDir, 'dist', file), 'utf8')).toMatch(/^["']use client["'];\n/);
    }
    for (const file of ['core.js', 'core.cjs', 'mock.js', 'mock.cjs', 'tencent.js', 'tencent.cjs']) {
      expect(readFileSync(join(packageDir, 'dist', file), 'utf8')).not.toMatch(/["']use client["']/);
    }
  });
});
