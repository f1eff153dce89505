import type { IncomingMessage } from 'node:http';

/** Where the demo's dev server runs (`demo/vite.config.ts`): the browser origins allowed by default. */
export const DEMO_ORIGINS: readonly string[] = ['http://127.0.0.1:5173', 'http://localhost:5173'];

const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Checks and normalises the allowed origins: each must be an http(s) origin such as
 * `http://127.0.0.1:5173` (a trailing slash is dropped). A wildcard is refused on purpose:
 * any page the user visits could then fetch a sig and log in as anyone.
 */
export function normalizeOrigins(origins: readonly string[]): ReadonlySet<string> {
  const allowed = new Set<string>();
  for (const origin of origins) {
    if (origin === '*' || origin === 'null') throw new Error(`allowedOrigins: ${JSON.stringify(origin)} is not allowed; list each origin`);
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      throw new Error(`allowedOrigins: ${JSON.stringify(origin)} is not an origin like http://127.0.0.1:5173`);
    }
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== origin.replace(/\/$/, '')) {
      throw new Error(`allowedOrigins: ${JSON.stringify(origin)} is not an origin like http://127.0.0.1:5173`);
    }
    allowed.add(url.origin);
  }
  return allowed;
}

/**
 * A request's `Origin` is acceptable when absent (not a browser's cross-origin request: Node,
 * curl, a typed-in URL) or listed. Browsers always send it on WebSocket upgrades and CORS fetches,
 * so a page elsewhere is refused; a non-browser client can claim any origin anyway.
 */
export function originAllowed(req: IncomingMessage, allowed: ReadonlySet<string>): boolean {
  const origin = req.headers.origin;
  return origin === undefined || allowed.has(origin);
}

/**
 * The `Host` a dev-sig request names must be a loopback name or the host the server was told to
 * bind: a page on another site that re-points its own name at 127.0.0.1 (DNS rebinding) sends
 * its own name here, and same-origin GETs carry no `Origin` to refuse it by.
 */
export function hostAllowed(req: IncomingMessage, boundHost: string): boolean {
  const header = req.headers.host;
  if (header === undefined) return false;
  let hostname: string;
  try {
    hostname = new URL(`http://${header}`).hostname;
  } catch {
    return false;
  }
  const bound = boundHost.includes(':') ? `[${boundHost}]` : boundHost;
  return LOOPBACK_HOSTS.has(hostname) || hostname === bound.toLowerCase();
}
