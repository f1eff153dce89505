/**
 * `npm run backend` → `tsx src/mock/server/main.ts [--port 8787] [--host 127.0.0.1] [--company-size 10000]`
 * (`PORT` works too; `--port 0` picks a free port; the URL is printed on start).
 *
 * Hosts the demo's mock backend (`presets.demo()`: users `me`, `minjun`, `user1`…;
 * groups `team` (Work, 20: me, user1…user19), `company` (Public, 10,000), `community`
 * (Community, no receipts); a 1:1 chat me ↔ minjun) over WebSocket at ws://127.0.0.1:8787.
 *
 * Two browser tabs as two users:
 *   1. `npm run backend` (prints the URL), then start the demo.
 *   2. Each tab fetches a sig from the DEV-ONLY route, e.g.
 *        GET http://127.0.0.1:8787/dev/usersig?userID=me      → { userID, userSig, expireSeconds }
 *        GET http://127.0.0.1:8787/dev/usersig?userID=user1
 *      and creates `createWebSocketAdapter({ url: 'ws://127.0.0.1:8787', userID, userSig })`.
 *   3. In tab "me", send a message in the team group or the 1:1 chat; in tab "user1", open it:
 *      tab "me" sees "Read by N" move as user1's receipt arrives (use minjun for the 1:1 chat). Restart this server and both
 *      tabs reconnect by themselves (state is kept only while the process lives).
 *
 * The secret that signs userSigs comes from `MOCK_USERSIG_SECRET` or is random per process,
 * so sigs from an earlier run are refused (NO_PERMISSION): reload the tabs.
 * The /dev/usersig route hands a sig to anyone who asks: never expose this server beyond localhost.
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { presets } from '../presets';
import { startMockServer } from './server';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    'company-size': { type: 'string' },
  },
});

const port = Number(values.port ?? process.env.PORT ?? 8787);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  process.stderr.write(`Invalid port ${String(values.port ?? process.env.PORT)}\n`);
  process.exit(1);
}
const secret = process.env.MOCK_USERSIG_SECRET ?? randomBytes(32).toString('base64url');


const companySize = values['company-size'] === undefined ? undefined : Number(values['company-size']);
const server = await startMockServer({
  port,
  host: values.host ?? '127.0.0.1',
  secret,
  backend: presets.demo(companySize === undefined ? {} : { companySize }).backend,
});
process.stdout.write(`Mock chat backend on ${server.url} (dev userSigs: ${server.httpURL}/dev/usersig?userID=me)\n`);

const shutdown = (): void => {
  void server.close().then(() => process.exit(0));
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
