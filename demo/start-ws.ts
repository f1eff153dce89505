/**
 * `npm run start:ws`: the mock backend as a WebSocket server and the demo app, in one command.
 * Open the two printed URLs in two tabs: each tab is one user on the same backend.
 */
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { startMockServer } from '../src/mock/server';

// The demo first: its origin (Vite moves to the next port when 5173 is taken) is the one the
// backend lets fetch dev sigs and open sockets.
const demo = await createServer({ configFile: fileURLToPath(new URL('./vite.config.ts', import.meta.url)) });
await demo.listen();
const local = demo.resolvedUrls?.local ?? [];
const base = local[0] ?? 'http://127.0.0.1:5173/';
const backend = await startMockServer({
  port: Number(process.env.PORT ?? 8787),
  secret: process.env.MOCK_USERSIG_SECRET ?? randomBytes(32).toString('base64url'),
  allowedOrigins: (local.length > 0 ? local : [base]).map((url) => new URL(url).origin),
  // The tabs log in with sigs from the DEV-ONLY route; the server warns about it as it starts.
  devSigs: true,
});
const tab = (user: string) => `${base}?backend=ws&url=${encodeURIComponent(backend.url)}&user=${user}`;
process.stdout.write(
  [
    `Mock chat backend on ${backend.url}`,
    'Open two tabs, one per user:',
    `  ${tab('me')}`,
    `  ${tab('user1')}      (or user=minjun for the 1:1 chat)`,
    '',
  ].join('\n'),
);

const shutdown = (): void => {
  void Promise.all([demo.close(), backend.close()]).then(() => process.exit(0));
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
