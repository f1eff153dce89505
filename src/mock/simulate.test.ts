import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { GroupMessageReceipt } from '../core';
import { simulate } from './simulate';
import { buildBackend, sendToTeam } from '../../test/support/mock-backend';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const members = ['alice', ...Array.from({ length: 30 }, (_, i) => `m${i}`)];
const readCount = (backend: ReturnType<typeof buildBackend>, id: string) =>
  (backend.getMessageReadReceipts('alice', [id])[0] as GroupMessageReceipt).readCount;

function readersAfter(seed: number, ms: number): string[] {
  const backend = buildBackend({ members });
  const message = sendToTeam(backend);
  const stop = simulate(backend, { seed, readersPerSecond: 10 });
  vi.advanceTimersByTime(ms);
  stop();
  const page = backend.getGroupMessageReadMemberList('alice', { messageID: message.messageID, filter: 'read' });
  return page.members.map((m) => m.profile.userID);
}

describe('simulate', () => {
  it('makes members read at the given rate', () => {
    expect(readersAfter(1, 1000)).toHaveLength(10);
  });

  it('replays the same readers for the same seed and differs for another', () => {
    expect(readersAfter(4, 1000)).toEqual(readersAfter(4, 1000));
    expect(readersAfter(4, 1000)).not.toEqual(readersAfter(5, 1000));
  });

  it('stops when asked and never exceeds the eligible members', () => {
    const backend = buildBackend({ members });
    const message = sendToTeam(backend);
    const stop = simulate(backend, { interval: 10 });
    vi.advanceTimersByTime(10_000);
    expect(readCount(backend, message.messageID)).toBe(30);
    stop();
    sendToTeam(backend);
    vi.advanceTimersByTime(1000);
    expect(backend.receiptMessageIDs().map((id) => readCount(backend, id))).toEqual([30, 0]);
  });

  it('uses only the chosen members and conversation', () => {
    const backend = buildBackend({ members });
    const message = sendToTeam(backend);
    const stop = simulate(backend, { interval: 10, members: ['m1', 'm2'], conversationID: 'GROUPteam' });
    vi.advanceTimersByTime(1000);
    stop();
    const page = backend.getGroupMessageReadMemberList('alice', { messageID: message.messageID, filter: 'read' });
    expect(page.members.map((m) => m.profile.userID).sort()).toEqual(['m1', 'm2']);
  });
});
