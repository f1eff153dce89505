import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundleApp } from '../../test/support/bundle-app';
import type { Figure } from '../report';

/**
 * Apps bundled from the built dist/ the way an app's bundler would: minified, every
 * dependency inside (zustand, TanStack Query and Virtual), only React external, since every
 * React app has it. Each app renders what it imports, so nothing it uses is shaken away.
 */
const ENTRY = JSON.stringify(resolve('dist/index.js'));
const STYLES = JSON.stringify(resolve('dist/styles.css'));
const MOUNT = `import { createRoot } from 'react-dom/client'; import { jsx } from 'react/jsx-runtime';`;
const receipt = `{ kind: 'group', messageID: 'm', groupID: 'g', readCount: 1, unreadCount: 2 }`;
const message = `{ messageID: 'm', conversationID: 'GROUPg', senderID: 'me', text: 'Hi', time: 0, seq: 1, status: 'sent', needReadReceipt: true }`;

const APPS: Record<string, string> = {
  bare: `${MOUNT} createRoot(document.body).render(jsx('div', {}));`,
  badge: `import { ReadReceiptBadge } from ${ENTRY}; ${MOUNT}
    createRoot(document.body).render(jsx(ReadReceiptBadge, { receipt: ${receipt} }));`,
  bubble: `import { ReadReceiptBadge, MessageBubble } from ${ENTRY}; ${MOUNT}
    createRoot(document.body).render([jsx(ReadReceiptBadge, { receipt: ${receipt} }), jsx(MessageBubble, { message: ${message}, own: true, receipt: ${receipt} })]);`,
  list: `import { ReadReceiptBadge, MessageList } from ${ENTRY}; ${MOUNT}
    createRoot(document.body).render(jsx(MessageList, { messages: [${message}], renderMessage: () => jsx(ReadReceiptBadge, { receipt: ${receipt} }) }));`,
  drawer: `import { ReadMemberListDrawer } from ${ENTRY}; ${MOUNT}
    createRoot(document.body).render(jsx(ReadMemberListDrawer, { open: true }));`,
  // The drop-in app: provider, conversation view and stylesheet, over the app's own adapter.
  dropIn: `import { ChatProvider, ConversationView } from ${ENTRY}; import ${STYLES}; ${MOUNT}
    const none = async () => [];
    const adapter = { login: async () => ({ userID: 'me' }), logout: async () => {}, getUserProfiles: none, getGroupInfo: none,
      getMessageHistory: async () => ({ messages: [], nextCursor: '', isFinished: true }), sendMessage: none,
      sendMessageReadReceipts: none, getMessageReadReceipts: none, getGroupMessageReadMemberList: none,
      markC2CMessageAsRead: none, subscribe: () => () => {} };
    createRoot(document.body).render(jsx(ChatProvider, { adapter, children: jsx(ConversationView, { conversationID: 'GROUPg' }) }));`,
};

interface Measured {
  /** JS and CSS, each minified and gzipped (level 9), in bytes. */
  js: number;
  css: number;
  /** Packages (or dist files) with code in the bundle. */
  inputs: string[];
}

async function measure(source: string): Promise<Measured> {
  const app = await bundleApp(source);
  return { js: gzipSync(app.js, { level: 9 }).length, css: gzipSync(app.css, { level: 9 }).length, inputs: packages(app.inputs) };
}

function packages(inputs: readonly string[]): string[] {
  const names = new Set<string>();
  for (const path of inputs) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
    names.add(match ? (match[1] as string) : path);
  }
  return [...names];
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 100) / 100;

/** Needs `npm run build` first: measures dist/ as apps consume it. */
export async function bundleSize(): Promise<Figure[]> {
  const sizes: Record<string, Measured> = {};
  for (const [name, source] of Object.entries(APPS)) sizes[name] = await measure(source);
  const s = sizes as Record<keyof typeof APPS, Measured>;
  const over = (name: string) => kb((s[name] as Measured).js - (s.bare as Measured).js);
  const badgePeers = (s.badge as Measured).inputs.filter((name) => name === 'zustand' || name.startsWith('@tanstack/query') || name === '@tanstack/react-query');
  const css = gzipSync(readFileSync('dist/styles.css'), { level: 9 }).length;
  const scenario = 'bundle';
  const label = 'gz, only React external';
  const dropIn = s.dropIn as Measured;
  return [
    { scenario, metric: `drop-in app: ChatProvider + ConversationView + styles.css, JS + CSS (${label})`, value: kb(dropIn.js + dropIn.css - (s.bare as Measured).js), unit: 'KB', budget: 32, kind: 'max' },
    { scenario, metric: `ReadReceiptBadge alone, over bare React (${label})`, value: over('badge'), unit: 'KB', budget: 2.5, kind: 'max' },
    { scenario, metric: '  zustand or TanStack Query modules in the badge app', value: badgePeers.length, unit: '', budget: 0, kind: 'max' },
    { scenario, metric: 'ReadReceiptBadge + MessageBubble, over bare React', value: over('bubble'), unit: 'KB', budget: 4, kind: 'max' },
    { scenario, metric: 'MessageList + ReadReceiptBadge, over bare React', value: over('list'), unit: 'KB', budget: 12, kind: 'max' },
    { scenario, metric: 'ReadMemberListDrawer, over bare React (informational)', value: over('drawer'), unit: 'KB', budget: Infinity, kind: 'max', informational: true },
    { scenario, metric: 'styles.css (gz)', value: kb(css), unit: 'KB', budget: 4, kind: 'max' },
  ];
}
