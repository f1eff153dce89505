import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { WebSocket } from 'ws';
import type { MockServer } from '../../src/mock/server';

/** Test clients below the fetch API: raw bytes on a socket, and requests with any header set. */

export interface RawAnswer {
  /** Status of the final response (interim 1xx skipped), 0 when the bytes back were not HTTP, undefined when none came. */
  status: number | undefined;
  head: string;
}

/** The status of the first final response head in `received`, once one is complete. */
function finalHead(received: string): { status: number; head: string } | undefined {
  let rest = received;
  for (;;) {
    const end = rest.indexOf('\r\n\r\n');
    if (end < 0) return undefined;
    const head = rest.slice(0, end);
    const status = Number(/^HTTP\/1\.[01] (\d{3}) /.exec(head)?.[1] ?? 0);
    if (status === 0 || status === 101 || status >= 200) return { status, head };
    rest = rest.slice(end + 4);
  }
}

/**
 * Writes `bytes` as they are (no parser on our side to refuse them) and reads the response
 * head. Gives up after `waitMs`: a request the server is right to wait on (a body that never
 * comes) is then reported as no answer, not a hang.
 */
export function rawHTTP(server: MockServer, bytes: string | Buffer, waitMs = 5000): Promise<RawAnswer> {
  const { hostname, port } = new URL(server.httpURL);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    let received = '';
    const finish = () => {
      clearTimeout(timer);
      socket.destroy();
      const found = finalHead(received);
      resolve({ status: found?.status, head: found?.head ?? '' });
    };
    const timer = setTimeout(finish, waitMs);
    socket.on('error', finish);
    socket.on('close', finish);
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1');
      if (finalHead(received) !== undefined) finish();
    });
    socket.write(bytes);
  });
}

export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A GET with exactly these headers (fetch would refuse to set Origin or Host). */
export function get(url: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Opens a WebSocket claiming `origin`: resolves 'open', or the HTTP status it was refused with. */
export function upgradeAs(server: MockServer, origin: string | undefined): Promise<'open' | number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(server.url, origin === undefined ? {} : { origin });
    socket.on('open', () => {
      socket.close();
      resolve('open');
    });
    socket.on('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      res.resume();
      socket.terminate();
    });
    socket.on('error', (error) => reject(error));
  });
}
