import { isChatError } from '../../src/core';
import type { ChatEvent, CompleteChatAdapter, ErrorCode, GroupID, UserID } from '../../src/core';

/**
 * What a backend must provide for the adapter contract: a fresh backend per test holding
 * these users and groups. Any adapter (mock, Tencent, WebSocket) plugs in through it.
 */
export interface ContractFixture {
  /** Sends the messages under test; a member of both groups. */
  sender: UserID;
  /** At least four other members of `receiptGroup`, in join order; readers[0] is also in `noReceiptGroup`. */
  readers: UserID[];
  /** A known user in no group. */
  outsider: UserID;
  /** A Work group with receipts enabled: sender + readers, nobody else. */
  receiptGroup: GroupID;
  /** A Community group (receipts never supported): sender + readers[0]. */
  noReceiptGroup: GroupID;
}

export interface ContractSetup {
  /** A new, logged-out adapter acting as `userID`, with the optional features too. */
  adapterFor(userID: UserID): CompleteChatAdapter;
  fixture: ContractFixture;
  /** How long to wait for an expected event. @default 2000 */
  eventTimeoutMs?: number;
  /** How long to wait before concluding that an event will not come. @default 100 */
  quietMs?: number;
  cleanup?(): void | Promise<void>;
}

export type ContractSetupFactory = () => ContractSetup | Promise<ContractSetup>;

/** An adapter logged in as one user, with every event it received. */
export interface Client {
  userID: UserID;
  adapter: CompleteChatAdapter;
  events: ChatEvent[];
  waitFor<T extends ChatEvent['type']>(
    type: T,
    predicate?: (event: Extract<ChatEvent, { type: T }>) => boolean,
  ): Promise<Extract<ChatEvent, { type: T }>>;
  /** Waits the quiet period, then returns the events of this type received so far. */
  settle<T extends ChatEvent['type']>(type: T): Promise<Extract<ChatEvent, { type: T }>[]>;
}

export async function connect(setup: ContractSetup, userID: UserID): Promise<Client> {
  const adapter = setup.adapterFor(userID);
  const events: ChatEvent[] = [];
  adapter.subscribe((event) => events.push(event));
  await adapter.login();
  const timeout = setup.eventTimeoutMs ?? 2000;
  const quiet = setup.quietMs ?? 100;
  const ofType = <T extends ChatEvent['type']>(type: T) =>
    events.filter((e): e is Extract<ChatEvent, { type: T }> => e.type === type);
  return {
    userID,
    adapter,
    events,
    async waitFor(type, predicate = () => true) {
      const deadline = Date.now() + timeout;
      for (;;) {
        const found = ofType(type).find(predicate);
        if (found !== undefined) return found;
        if (Date.now() > deadline) throw new Error(`No ${type} event for ${userID} within ${timeout} ms`);
        await sleep(5);
      }
    },
    async settle(type) {
      await sleep(quiet);
      return ofType(type);
    },
  };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Resolves with the rejection's code; fails the test if the promise resolves. */
export async function codeOf(promise: Promise<unknown>): Promise<ErrorCode> {
  try {
    await promise;
  } catch (error) {
    if (!isChatError(error)) throw new Error(`Expected a ChatError, got ${String(error)}`, { cause: error });
    return error.code;
  }
  throw new Error('Expected a rejection, but the call succeeded');
}
