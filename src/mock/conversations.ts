import { DEFAULT_CONVERSATION_PAGE_SIZE, MAX_CONVERSATION_PAGE_SIZE } from '../core';
import type { ConversationID, ConversationPage, ConversationSummary, UserID } from '../core';
import { parseConversationID } from '../core/conversation-id';
import { markC2CMessageAsRead } from './backend-receipts';
import type { BackendState } from './backend-state';
import { countsInTotal, notifyConversation } from './conversation-feed';
import { conversationsOf, lastTimeOf, summarize, unreadOf, type ViewedConversation } from './conversation-summary';
import { field, invalid, pageCount, requireID, requireObject } from './params';

/**
 * The conversation list of the mock backend. Pages are in a keyset order, newest last message
 * first and then by ID, and the cursor is the last row's (time, ID): a conversation that gets
 * a new message while the list is paged moves up and is never listed twice; the client learns
 * of it from the `conversations` event instead.
 */

interface Position {
  time: number;
  conversationID: ConversationID;
}

const CURSOR = /^([0-9a-z]{1,11})\.(.{1,300})$/s;

function toCursor({ time, conversationID }: Position): string {
  return `${time.toString(36)}.${conversationID}`;
}

function parseCursor(value: unknown): Position | undefined {
  if (value === undefined || value === '') return undefined;
  const match = typeof value === 'string' ? CURSOR.exec(value) : null;
  if (match === null || parseConversationID(match[2]) === undefined) throw invalid('nextSeq is not a cursor returned by this backend');
  return { time: parseInt(match[1] as string, 36), conversationID: match[2] as string };
}

/** Newest first; the same time falls back to the ID, so the order is total. */
function before(a: Position, b: Position): boolean {
  return a.time !== b.time ? a.time > b.time : a.conversationID < b.conversationID;
}

export function getConversationList(state: BackendState, viewer: UserID, query: unknown): ConversationPage {
  const args = query === undefined ? {} : requireObject(query, 'conversation list query');
  const count = pageCount(field(args, 'count'), DEFAULT_CONVERSATION_PAGE_SIZE, MAX_CONVERSATION_PAGE_SIZE);
  const after = parseCursor(field(args, 'nextSeq'));
  const rows = conversationsOf(state, viewer)
    .map((conversation) => ({ conversation, position: { time: lastTimeOf(conversation.resolved), conversationID: conversation.conversationID } }))
    .filter(({ position }) => after === undefined || before(after, position))
    .sort((a, b) => (before(a.position, b.position) ? -1 : 1));
  const page = rows.slice(0, count);
  const last = page.at(-1);
  const isFinished = rows.length <= count || last === undefined;
  return {
    conversations: page.map(({ conversation }) => summarize(state, viewer, conversation)),
    nextSeq: isFinished ? '' : toCursor(last.position),
    isFinished,
  };
}

/** One conversation of `viewer`: NO_PERMISSION for a group they are not in, as for its history. */
function viewed(state: BackendState, viewer: UserID, conversationID: unknown): ViewedConversation {
  const id = requireID(conversationID, 'conversationID');
  return { conversationID: id, resolved: state.resolveConversation(viewer, id) };
}

export function getConversation(state: BackendState, viewer: UserID, conversationID: unknown): ConversationSummary {
  return summarize(state, viewer, viewed(state, viewer, conversationID));
}

/**
 * Marks the whole conversation read for `viewer`, on every device of theirs. A 1:1 chat is
 * `markC2CMessageAsRead` (the peer learns the read time); a group keeps it to the viewer.
 */
export function markConversationRead(state: BackendState, viewer: UserID, conversationID: unknown): void {
  const { conversationID: id, resolved } = viewed(state, viewer, conversationID);
  if (resolved.kind === 'c2c') return markC2CMessageAsRead(state, viewer, resolved.peerID);
  const unreadBefore = unreadOf(viewer, resolved);
  if (!resolved.group.reads.mark(viewer, resolved.messages.length, state.clock())) return;
  notifyConversation(state, viewer, id, unreadBefore > 0 && countsInTotal(state, viewer, id));
}

/** Do-not-disturb for one user's conversation: a setting of theirs, not something the contract changes. */
export function setConversationMuted(state: BackendState, userID: UserID, conversationID: unknown, muted: boolean): void {
  state.requireUser(userID);
  const { conversationID: id, resolved } = viewed(state, userID, conversationID);
  const set = state.muted.get(userID) ?? new Set<ConversationID>();
  if (set.has(id) === muted) return;
  if (muted) set.add(id);
  else set.delete(id);
  state.muted.set(userID, set);
  // A 1:1 chat without messages is in nobody's list: no row to change. The unread count stays; the total moves by it.
  if (resolved.messages.length === 0 && resolved.kind === 'c2c') return;
  notifyConversation(state, userID, id, unreadOf(userID, resolved) > 0);
}
