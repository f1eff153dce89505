import type { IncomingMessage, ServerResponse } from 'node:http';
import { isChatError } from '../../core';
import type { MockBackend } from '../backend';
import { generateUserSig } from './usersig';

const MAX_EXPIRE_SECONDS = 7 * 86_400;

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    // The demo runs on Vite's port, so it fetches cross-origin. Dev-only, like the route.
    'access-control-allow-origin': '*',
  });
  res.end(JSON.stringify(body));
}

/**
 * DEV ONLY: `GET /dev/usersig?userID=...[&expireSeconds=...]` hands out a userSig for any known
 * user, so a browser tab can log in as anyone. A real deployment signs sigs on its own
 * authenticated backend instead; this route exists because the mock has no accounts.
 */
export function handleDevRequest(req: IncomingMessage, res: ServerResponse, backend: MockBackend, secret: string): void {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname !== '/dev/usersig') return reply(res, 404, { error: 'Not found. This server speaks WebSocket; GET /dev/usersig?userID=... for a dev userSig.' });
  if (req.method !== 'GET') return reply(res, 405, { error: 'Use GET' });
  const userID = url.searchParams.get('userID') ?? '';
  if (userID === '') return reply(res, 400, { error: 'userID is required' });
  const asked = Number(url.searchParams.get('expireSeconds') ?? 86_400);
  if (!Number.isInteger(asked) || asked < 1 || asked > MAX_EXPIRE_SECONDS) {
    return reply(res, 400, { error: `expireSeconds must be an integer in 1..${MAX_EXPIRE_SECONDS}` });
  }
  try {
    backend.getUserProfiles(userID, [userID]);
  } catch (error) {
    if (isChatError(error)) return reply(res, 404, { error: error.message, code: error.code });
    throw error;
  }
  reply(res, 200, { userID, userSig: generateUserSig({ userID, secret, expireSeconds: asked }), expireSeconds: asked });
}
