import { createHmac, timingSafeEqual } from 'node:crypto';
import { ChatError, ErrorCode } from '../../core';
import type { UserID } from '../../core';

/**
 * A UserSig in the spirit of Tencent's: the server signs `userID` and an expiry with a secret
 * only it knows, so a client can prove who it is without the server keeping a session table.
 * Encoded as base64url of JSON `{ userID, expire, sig }`; `expire` is in Unix seconds.
 */
interface SigBody {
  userID: UserID;
  expire: number;
  sig: string;
}

export interface GenerateUserSigOptions {
  userID: UserID;
  secret: string;
  /** Lifetime from now. @default 86400 (one day) */
  expireSeconds?: number;
  /** Clock in ms, for tests. @default Date.now */
  now?: number;
}

// The newline keeps `user1` + `700` apart from `user17` + `00`: user IDs never hold one.
function sign(secret: string, userID: UserID, expire: number): Buffer {
  return createHmac('sha256', secret).update(`${userID}\n${expire}`).digest();
}

export function generateUserSig({ userID, secret, expireSeconds = 86_400, now = Date.now() }: GenerateUserSigOptions): string {
  if (secret === '') throw new ChatError(ErrorCode.INVALID_PARAMETER, 'generateUserSig needs a non-empty secret');
  const expire = Math.floor(now / 1000) + Math.floor(expireSeconds);
  const body: SigBody = { userID, expire, sig: sign(secret, userID, expire).toString('base64url') };
  return Buffer.from(JSON.stringify(body)).toString('base64url');
}

function decode(userSig: unknown): SigBody | undefined {
  if (typeof userSig !== 'string' || userSig.length === 0 || userSig.length > 2048) return undefined;
  try {
    const body: unknown = JSON.parse(Buffer.from(userSig, 'base64url').toString('utf8'));
    if (typeof body !== 'object' || body === null) return undefined;
    const { userID, expire, sig } = body as Record<string, unknown>;
    if (typeof userID !== 'string' || typeof sig !== 'string' || !Number.isSafeInteger(expire)) return undefined;
    return { userID, expire: expire as number, sig };
  } catch {
    return undefined;
  }
}

/**
 * Checks that `userSig` was signed with `secret` for `userID` and has not expired.
 * A forged or foreign sig fails with NO_PERMISSION before expiry is looked at, so an attacker
 * learns nothing from the code; a genuine but old one fails with USER_SIG_EXPIRED. Returns when
 * it expires (ms since the epoch), when the session it opens must end.
 */
export function verifyUserSig(userSig: unknown, userID: UserID, secret: string, now = Date.now()): { expiresAt: number } {
  const body = decode(userSig);
  const expected = body === undefined ? undefined : sign(secret, body.userID, body.expire);
  const given = body === undefined ? undefined : Buffer.from(body.sig, 'base64url');
  const genuine =
    body !== undefined &&
    expected !== undefined &&
    given !== undefined &&
    given.length === expected.length &&
    timingSafeEqual(given, expected);
  if (!genuine) throw new ChatError(ErrorCode.NO_PERMISSION, 'userSig is not valid (malformed or not signed by this server)');
  if (body.userID !== userID) throw new ChatError(ErrorCode.NO_PERMISSION, 'userSig was issued for another user');
  if (body.expire * 1000 <= now) throw new ChatError(ErrorCode.USER_SIG_EXPIRED, 'userSig has expired; get a new one');
  return { expiresAt: body.expire * 1000 };
}
