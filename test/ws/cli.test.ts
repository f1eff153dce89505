// @vitest-environment node
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { MockServer } from '../../src/mock/server';
import { get, rawHTTP } from './http-client';

const MAIN = fileURLToPath(new URL('../../src/mock/server/main.ts', import.meta.url));

interface Started {
  child: ChildProcess;
  stdout: string;
  stderr: string;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
}

/** Every process started, so none outlives its test even when the test fails before it is told of it. */
const children = new Set<ChildProcess>();

/** `npm run backend -- <args>` as its own process, so a crash is an exit we can see. */
function startMain(args: string[]): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  const started: Started = { child, stdout: '', stderr: '', exited: new Promise((resolve) => child.once('exit', resolve)) };
  return new Promise((resolve) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      started.stdout += chunk.toString();
      // main.ts prints its start lines in one write.
      if (/Mock chat backend on ws:\/\/\S+.*\n/.test(started.stdout)) resolve(started);
    });
    child.stderr?.on('data', (chunk: Buffer) => (started.stderr += chunk.toString()));
    void started.exited.then(() => resolve(started));
  });
}

const urlsOf = (stdout: string) => {
  const url = /Mock chat backend on (ws:\/\/\S+)/.exec(stdout)?.[1] ?? '';
  return { url, httpURL: url.replace(/^ws/, 'http') } as MockServer;
};

describe('npm run backend (a separate process)', () => {
  let running: Started | undefined;
  afterEach(async () => {
    const exits = [...children].filter((child) => child.exitCode === null && child.signalCode === null).map((child) => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      return exited;
    });
    await Promise.all(exits);
    children.clear();
    running = undefined;
  });

  it('survives requests that used to kill it, answering 400 (issue 16, finding 1)', async () => {
    running = await startMain([]);
    const server = urlsOf(running.stdout);
    for (const line of ['GET //[ HTTP/1.1', 'GET http://[::1 HTTP/1.1', 'GET http://a:99999/ HTTP/1.1']) {
      expect((await rawHTTP(server, `${line}\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`)).status).toBe(400);
    }
    expect(running.child.exitCode).toBeNull();
    expect((await get(`${server.httpURL}/`)).status).toBe(404);
  }, 30_000);

  it('says at start whether dev sigs are on, and which origins it allows', async () => {
    running = await startMain([]);
    expect(running.stdout).toContain('Browser origins allowed: http://127.0.0.1:5173, http://localhost:5173');
    expect(running.stdout).toContain('Dev userSigs: off');
    expect((await get(`${urlsOf(running.stdout).httpURL}/dev/usersig?userID=me`)).status).toBe(404);
    running.child.kill('SIGTERM');
    await running.exited;

    running = await startMain(['--dev-sigs', '--allow-origin', 'http://127.0.0.1:6006', '--allow-origin', 'http://localhost:6006']);
    expect(running.stdout).toContain('Browser origins allowed: http://127.0.0.1:6006, http://localhost:6006');
    expect(running.stderr).toMatch(/DEV ONLY: .*\/dev\/usersig/);
  }, 30_000);

  it('refuses to start with a wildcard origin', async () => {
    running = await startMain(['--allow-origin', '*']);
    expect(await running.exited).toBe(1);
    expect(running.stderr).toMatch(/"\*" is not allowed/);
  }, 30_000);
});
