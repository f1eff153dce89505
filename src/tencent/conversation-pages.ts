import { ChatError, ErrorCode } from '../core/errors';
import { parseConversationID } from '../core/conversation-id';
import type { ConversationPage, ConversationSummary } from '../core/types';

/**
 * Pages of the conversation list in the order the mock backend uses: newest last message first,
 * then by ID, with the last row's (time, ID) as the cursor. A conversation that gets a message
 * while the list is paged moves up and is never listed twice; the feed tells of it instead. The
 * SDK holds the whole list, so this pages a fresh snapshot of it.
 */

interface Position {
  time: number;
  conversationID: string;
}

const CURSOR = /^([0-9a-z]{1,11})\.(.{1,300})$/s;

const positionOf = (row: ConversationSummary): Position => ({ time: row.lastMessage?.time ?? 0, conversationID: row.conversationID });

function before(a: Position, b: Position): boolean {
  return a.time !== b.time ? a.time > b.time : a.conversationID < b.conversationID;
}

function parseCursor(value: unknown): Position | undefined {
  if (value === undefined || value === '') return undefined;
  const match = typeof value === 'string' ? CURSOR.exec(value) : null;
  if (match === null || parseConversationID(match[2]) === undefined) {
    throw new ChatError(ErrorCode.INVALID_PARAMETER, 'nextSeq must be the nextSeq of the previous page (or \'\').');
  }
  return { time: parseInt(match[1] as string, 36), conversationID: match[2] as string };
}

export function pageConversations(rows: readonly ConversationSummary[], nextSeq: unknown, count: number): ConversationPage {
  const after = parseCursor(nextSeq);
  const sorted = rows
    .filter((row) => after === undefined || before(after, positionOf(row)))
    .sort((a, b) => (before(positionOf(a), positionOf(b)) ? -1 : 1));
  const page = sorted.slice(0, count);
  const last = page.at(-1);
  if (sorted.length <= count || last === undefined) return { conversations: page, nextSeq: '', isFinished: true };
  const { time, conversationID } = positionOf(last);
  return { conversations: page, nextSeq: `${time.toString(36)}.${conversationID}`, isFinished: false };
}
