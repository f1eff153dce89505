import { ChatError, ErrorCode, toChatError } from '../core';
import type { ChatEvent, CompleteChatAdapter, ConnectionState, UserID } from '../core';
import type { MockBackend, MockConnection } from './backend';
import { deepCopy } from './clone';
import { ListenerSet } from '../core/listener-set';
import { FaultPlan } from './faults';
import { createRandom } from './prng';
import type { MockAdapterOptions, MockFaults, MockLatency, MockOperation } from './types';

/** A ChatAdapter over a mock backend, with a simulated network the tests can break. */
export interface MockAdapter extends CompleteChatAdapter {
  readonly userID: UserID;
  readonly connectionState: ConnectionState;
  /** Drops the network: calls fail with NETWORK and events sent meanwhile are lost. */
  disconnect(): void;
  /** Restores the network after `connecting`; the client must resync what it missed. */
  reconnect(): void;
  /** Changes fault injection from now on (merged into the current faults). */
  setFaults(faults: MockFaults): void;
  /** Changes the latency of calls and events from now on. */
  setLatency(latency: MockLatency): void;
}

/**
 * Every call and every event settles in a later macrotask (after the configured latency), and
 * every value handed out is a deep copy. Faults and latency draw from one seeded PRNG.
 */
export function createMockAdapter(backend: MockBackend, userID: UserID, options: MockAdapterOptions = {}): MockAdapter {
  const { seed = 1, latency = 0, ...faults } = options;
  const plan = new FaultPlan(createRandom(seed), latency, faults);
  const listeners = new ListenerSet();
  let connection: MockConnection | undefined;
  let state: ConnectionState = 'connected';
  let lastEventDue = 0;
  let epoch = 0;

  function emit(event: ChatEvent): void {
    listeners.emit(event, deepCopy);
  }

  function receive(event: ChatEvent): void {
    if (state !== 'connected') return;
    const snapshot = deepCopy(event);
    for (const { delay, reordered } of plan.eventDelays()) {
      let due = Date.now() + delay;
      if (!reordered) due = lastEventDue = Math.max(lastEventDue, due);
      setTimeout(() => {
        if (state === 'connected' && connection !== undefined) emit(snapshot);
      }, due - Date.now());
    }
  }

  function call<T>(op: MockOperation, run: () => T, needsLogin = true): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      setTimeout(() => {
        try {
          if (state !== 'connected') throw new ChatError(ErrorCode.NETWORK, `${op} failed: the network is ${state}`);
          const failure = plan.failure(op);
          if (failure !== undefined) throw failure;
          if (needsLogin && connection === undefined) throw new ChatError(ErrorCode.NOT_LOGGED_IN, `${op} needs login() first`);
          resolve(deepCopy(run()));
        } catch (error) {
          reject(toChatError(error));
        }
      }, plan.delay());
    });
  }

  function request<A, T>(op: MockOperation, arg: A, run: (arg: A) => T): Promise<T> {
    const copy = deepCopy(arg);
    return call(op, () => run(copy));
  }

  function emitConnection(next: ConnectionState, delay: number): void {
    const at = epoch;
    setTimeout(() => {
      // A later disconnect() or reconnect() supersedes this transition.
      if (at !== epoch) return;
      state = next;
      emit({ type: 'connection', state: next });
    }, delay);
  }

  return {
    userID,
    get connectionState() {
      return state;
    },
    login: () =>
      call('login', () => {
        if (connection === undefined) {
          connection = backend.connect(userID, receive);
          setTimeout(() => emit({ type: 'connection', state: 'connected' }), 0);
        }
        return { userID };
      }, false),
    logout: () =>
      call('logout', () => {
        connection?.close();
        connection = undefined;
      }, false),
    // Arguments are copied at call time: what the client changes afterwards is not "sent".
    getUserProfiles: (ids) => request('getUserProfiles', ids, (a) => backend.getUserProfiles(userID, a)),
    getGroupInfo: (groupID) => request('getGroupInfo', groupID, (a) => backend.getGroupInfo(userID, a)),
    getMessageHistory: (query) => request('getMessageHistory', query, (a) => backend.getMessageHistory(userID, a)),
    sendMessage: (input) => request('sendMessage', input, (a) => backend.sendMessage(userID, a, connection)),
    sendMessageReadReceipts: (ids) =>
      request('sendMessageReadReceipts', ids, (a) => backend.sendMessageReadReceipts(userID, a)),
    getMessageReadReceipts: (ids) => request('getMessageReadReceipts', ids, (a) => backend.getMessageReadReceipts(userID, a)),
    getGroupMessageReadMemberList: (query) =>
      request('getGroupMessageReadMemberList', query, (a) => backend.getGroupMessageReadMemberList(userID, a)),
    markC2CMessageAsRead: (peerID) => request('markC2CMessageAsRead', peerID, (a) => backend.markC2CMessageAsRead(userID, a)),
    remindUnread: (input) => request('remindUnread', input, (a) => backend.remindUnread(userID, a)),
    getConversationList: (query) => request('getConversationList', query, (a) => backend.getConversationList(userID, a, connection)),
    getConversation: (id) => request('getConversation', id, (a) => backend.getConversation(userID, a)),
    markConversationRead: (id) => request('markConversationRead', id, (a) => backend.markConversationRead(userID, a)),
    getTotalUnreadMessageCount: () => call('getTotalUnreadMessageCount', () => backend.getTotalUnreadMessageCount(userID, connection)),
    subscribe(listener) {
      const remove = listeners.add(listener);
      return () => {
        remove();
      };
    },
    disconnect() {
      if (state === 'disconnected') return;
      epoch += 1;
      state = 'disconnected';
      setTimeout(() => emit({ type: 'connection', state: 'disconnected' }), 0);
    },
    reconnect() {
      if (state !== 'disconnected') return;
      epoch += 1;
      emitConnection('connecting', 0);
      emitConnection('connected', Math.max(1, plan.delay()));
    },
    setFaults: (next) => plan.update(next),
    setLatency: (next) => plan.setLatency(next),
  };
}
