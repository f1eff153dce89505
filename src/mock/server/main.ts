/**
 * `npm run backend` → `tsx src/mock/server/main.ts [--port 8787] [--host 127.0.0.1] [--company-size 10000]
 *   [--dev-sigs] [--allow-origin http://127.0.0.1:5173 ...]`
 * (`PORT` works too; `--port 0` picks a free port; the URL is printed on start).
 *
 * Hosts the demo's mock backend (`presets.demo()`: users `me`, `minjun`, `user1`…;
 * groups `team` (Work, 20: me, user1…user19), `company` (Public, 10,000), `community`
 * (Community, no receipts); a 1:1 chat me ↔ minjun) over WebSocket at ws://127.0.0.1:8787.
 *
 * Browsers may connect only from `--allow-origin` origins (repeat the flag for several; default:
 * the demo's dev server, http://127.0.0.1:5173 and http://localhost:5173).
 *
 * Two browser tabs as two users (`npm run start:ws` does all of this in one command):
 *   1. `npm run backend -- --dev-sigs` (prints the URL), then start the demo (`npm start`).
 *   2. Each tab fetches a sig from the DEV-ONLY route, on only when `--dev-sigs` is given, e.g.
 *        GET http://127.0.0.1:8787/dev/usersig?userID=me      → { userID, userSig, expireSeconds }
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
import { DEMO_ORIGINS } from './origins';
import { startMockServer, type MockServer } from './server';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        'company-size': { type: 'string' },
        'dev-sigs': { type: 'boolean' },
        'allow-origin': { type: 'string', multiple: true },
      },
    });
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
})();

const port = Number(values.port ?? process.env.PORT ?? 8787);
if (!Number.isInteger(port) || port < 0 || port > 65_535) fail(`Invalid port ${String(values.port ?? process.env.PORT)}`);
const secret = process.env.MOCK_USERSIG_SECRET ?? randomBytes(32).toString('base64url');
const companySize = values['company-size'] === undefined ? undefined : Number(values['company-size']);
const allowedOrigins = values['allow-origin'] ?? DEMO_ORIGINS;
const devSigs = values['dev-sigs'] === true;

let server: MockServer;
try {
  server = await startMockServer({
    port,
    host: values.host ?? '127.0.0.1',
    secret,
    backend: presets.demo(companySize === undefined ? {} : { companySize }).backend,
    allowedOrigins,
    devSigs,
  });
} catch (error) {
  fail(`Cannot start the mock server: ${error instanceof Error ? error.message : String(error)}`);
}
process.stdout.write(
  [
    `Mock chat backend on ${server.url}`,
    `Browser origins allowed: ${allowedOrigins.join(', ')} (--allow-origin to change)`,
    devSigs
      ? `Dev userSigs: ${server.httpURL}/dev/usersig?userID=me`
      : 'Dev userSigs: off (--dev-sigs turns on GET /dev/usersig, for local demos only)',
    '',
  ].join('\n'),
);

const shutdown = (): void => {
  void server.close().then(() => process.exit(0));
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
