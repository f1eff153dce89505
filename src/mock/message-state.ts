import type { GroupID, GroupMessageReceipt, MessageID, UserID } from '../core';
import { hasBit, setBit, wordCount, type WordSource } from './bitset';

/**
 * Who may read and who has read one group message, stored per member slot:
 * `eligible` is the membership bitset at send time (shared with the group, copy-on-write),
 * `readers` a bitset allocated on the first read, and read times only for readers.
 * A 100,000-member group costs 12.5 KB per message once somebody reads it.
 */
export interface GroupReceiptState {
  groupID: GroupID;
  eligible: Uint32Array;
  slotCount: number;
  senderSlot: number;
  eligibleCount: number;
  readers: Uint32Array | undefined;
  readTimes: Map<number, number>;
  readCount: number;
  /** Incremented on every change; pushed and pulled receipts carry it. */
  version: number;
}

export type MessageTarget = { kind: 'group'; groupID: GroupID } | { kind: 'c2c'; receiverID: UserID };

export interface MessageRecord {
  messageID: MessageID;
  clientID?: string;
  senderID: UserID;
  target: MessageTarget;
  text: string;
  time: number;
  seq: number;
  needReadReceipt: boolean;
  /** Group messages that asked for receipts. */
  receipt?: GroupReceiptState;
  /** 1:1 messages: when the receiver sent a receipt for this message. */
  c2cReadTime?: number;
}

export function createReceiptState(
  groupID: GroupID,
  snapshot: { eligible: Uint32Array; slotCount: number },
  senderSlot: number,
  activeCount: number,
): GroupReceiptState {
  return {
    groupID,
    eligible: snapshot.eligible,
    slotCount: snapshot.slotCount,
    senderSlot,
    eligibleCount: activeCount - 1,
    readers: undefined,
    readTimes: new Map(),
    readCount: 0,
    version: 0,
  };
}

export function isEligible(state: GroupReceiptState, slot: number): boolean {
  return slot < state.slotCount && slot !== state.senderSlot && hasBit(state.eligible, slot);
}

export function hasRead(state: GroupReceiptState, slot: number): boolean {
  return state.readers !== undefined && hasBit(state.readers, slot);
}

/** Records a read; returns false (and changes nothing) for a repeat or an ineligible slot. */
export function markRead(state: GroupReceiptState, slot: number, time: number): boolean {
  if (!isEligible(state, slot) || hasRead(state, slot)) return false;
  state.readers ??= new Uint32Array(wordCount(state.slotCount));
  setBit(state.readers, slot);
  state.readTimes.set(slot, time);
  state.readCount += 1;
  state.version += 1;
  return true;
}

export function groupReceipt(record: MessageRecord, state: GroupReceiptState): GroupMessageReceipt {
  return {
    kind: 'group',
    messageID: record.messageID,
    groupID: state.groupID,
    readCount: state.readCount,
    unreadCount: state.eligibleCount - state.readCount,
    version: state.version,
  };
}

/** Word sources for scanning readers and non-readers in slot order. */
export function readWords(state: GroupReceiptState): WordSource {
  const readers = state.readers;
  return readers === undefined ? () => 0 : (w) => readers[w] ?? 0;
}

export function unreadWords(state: GroupReceiptState): WordSource {
  const { eligible, readers, senderSlot } = state;
  const senderWord = senderSlot >>> 5;
  const senderMask = ~(1 << (senderSlot & 31));
  return (w) => {
    const word = (eligible[w] ?? 0) & ~(readers?.[w] ?? 0);
    return w === senderWord ? word & senderMask : word;
  };
}
