import type { TencentChatAdapterOptions } from '../../../src/tencent';
import { connect, type Client } from '../../contract/fixture';
import { createRealSdkSetup, type RealSdkSetup } from './contract-setup';
import type { DirectorySeed } from './directory';
import { sdkFactory, type SdkSetupName } from './sdk-setups';

export interface Harness {
  setup: RealSdkSetup;
  /** Logs a user in on a fresh SDK instance and records its events. */
  as(userID: string): Promise<Client>;
}

/**
 * A fresh service and SDK instances for every test of the enclosing describe, destroyed after
 * it. Tests reach the service (rules, pushes, the request log) through `h().setup.service`.
 */
export function useRealSdk(name: SdkSetupName = 'index.js', options: TencentChatAdapterOptions = {}, seed?: DirectorySeed): () => Harness {
  let current: Harness | undefined;
  let clients: Client[] = [];
  beforeEach(async () => {
    const setup = createRealSdkSetup(await sdkFactory(name), options, seed);
    clients = [];
    current = {
      setup,
      async as(userID) {
        const client = await connect(setup, userID);
        clients.push(client);
        return client;
      },
    };
  });
  afterEach(async () => {
    await current?.setup.cleanup?.();
    current = undefined;
  });
  return () => {
    if (!current) throw new Error('useRealSdk: no harness outside a test');
    return current;
  };
}

/** Resolves with what the promise rejected with; fails the test if it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected a rejection, but the call succeeded');
}

/**
 * Fake timers for the SDK's own clocks (its 1 s check timer, request timeouts, Date.now):
 * installed before the SDK instances are made, and advancing with real time too, so sockets
 * and logins still flow while a test jumps ahead.
 */
export function useFakeSdkClock(): void {
  vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
}
