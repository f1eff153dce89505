import type { IncomingMessage, ServerResponse } from 'node:http';
import { isChatError } from '../../core';
import type { MockBackend } from '../backend';
import { hostAllowed, originAllowed } from './origins';
import { generateUserSig } from './usersig';

const MAX_EXPIRE_SECONDS = 7 * 86_400;

export interface HttpContext {
  backend: MockBackend;
  secret: string;
  /** Whether `GET /dev/usersig` hands out sigs at all. */
  devSigs: boolean;
  allowedOrigins: ReadonlySet<string>;
  /** The host the server binds, which a dev-sig request may also name in `Host`. */
  host: string;
}

function reply(req: IncomingMessage, res: ServerResponse, status: number, body: unknown, allowedOrigins?: ReadonlySet<string>): void {
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', vary: 'Origin' };
  const origin = req.headers.origin;
  // CORS only for a listed origin, echoed: the demo on Vite's port may read the answer, no other page.
  if (allowedOrigins !== undefined && origin !== undefined && allowedOrigins.has(origin)) headers['access-control-allow-origin'] = origin;
  res.writeHead(status, headers);
  res.end(JSON.stringify(body));
}

/** The request target as a URL, or undefined when it is not one (`//[`, `http://[::1`, a port over 65535). */
function parseTarget(target: string | undefined): URL | undefined {
  try {
    return new URL(target ?? '/', 'http://localhost');
  } catch {
    return undefined;
  }
}

/**
 * Every plain HTTP request. The only route is DEV ONLY: `GET /dev/usersig?userID=...
 * [&expireSeconds=...]` hands out a userSig for any known user, so a browser tab can log in as
 * anyone. It is off unless the server was started with `devSigs`, and then answers only
 * loopback `Host`s and listed origins. A real deployment signs sigs on its own authenticated
 * backend instead; this route exists because the mock has no accounts.
 */
export function handleHttpRequest(req: IncomingMessage, res: ServerResponse, context: HttpContext): void {
  const url = parseTarget(req.url);
  if (url === undefined) return reply(req, res, 400, { error: 'Malformed request target' });
  if (url.pathname !== '/dev/usersig') {
    return reply(req, res, 404, { error: 'Not found. This server speaks WebSocket; GET /dev/usersig?userID=... for a dev userSig (with --dev-sigs).' });
  }
  if (!context.devSigs) return reply(req, res, 404, { error: 'Dev userSigs are off; start the server with --dev-sigs (devSigs: true)' });
  if (!hostAllowed(req, context.host)) return reply(req, res, 403, { error: 'Dev userSigs are served to loopback hosts only' });
  if (!originAllowed(req, context.allowedOrigins)) return reply(req, res, 403, { error: 'This origin may not fetch dev userSigs' });
  const answer = (status: number, body: unknown) => reply(req, res, status, body, context.allowedOrigins);
  if (req.method !== 'GET') return answer(405, { error: 'Use GET' });
  const userID = url.searchParams.get('userID') ?? '';
  if (userID === '') return answer(400, { error: 'userID is required' });
  const asked = Number(url.searchParams.get('expireSeconds') ?? 86_400);
  if (!Number.isInteger(asked) || asked < 1 || asked > MAX_EXPIRE_SECONDS) {
    return answer(400, { error: `expireSeconds must be an integer in 1..${MAX_EXPIRE_SECONDS}` });
  }
  try {
    context.backend.getUserProfiles(userID, [userID]);
  } catch (error) {
    if (isChatError(error)) return answer(404, { error: error.message, code: error.code });
    throw error;
  }
  answer(200, { userID, userSig: generateUserSig({ userID, secret: context.secret, expireSeconds: asked }), expireSeconds: asked });
}
