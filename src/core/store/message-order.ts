import type { Message } from '../types';
import type { MessageOrder } from './conversation-state';
import { insertRun, lowerBound as treeLowerBound, messageAt, removeAt, replaceAt, type Tree } from './message-tree';

export function compareMessages(a: Message, b: Message): number {
  if (a.seq !== b.seq) return a.seq - b.seq;
  if (a.time !== b.time) return a.time - b.time;
  return a.messageID < b.messageID ? -1 : a.messageID > b.messageID ? 1 : 0;
}

const isLocal = (message: Message): boolean => message.status !== 'sent';

const lowerBound = (tree: Tree, message: Message): number => treeLowerBound(tree, message, compareMessages);

/**
 * Adds messages none of which is in the order yet. Sent ones go in as ordered runs: a page
 * older than everything loaded is one run at the start, new messages one run at the end, and
 * only a page that overlaps the loaded ones is cut where it interleaves with them.
 */
export function insertMessages(order: MessageOrder, messages: readonly Message[]): MessageOrder {
  const sorted = messages.filter((message) => !isLocal(message)).sort(compareMessages);
  const local = messages.filter(isLocal);
  let sent = order.sent;
  // From the newest run back, so the positions found for earlier runs stay right.
  let end = sorted.length;
  while (end > 0) {
    const at = lowerBound(sent, sorted[end - 1] as Message);
    const before = at > 0 ? messageAt(sent, at - 1) : undefined;
    let start = end - 1;
    while (start > 0 && (before === undefined || compareMessages(sorted[start - 1] as Message, before) > 0)) start -= 1;
    sent = insertRun(sent, at, sorted.slice(start, end));
    end = start;
  }
  return { sent, local: local.length > 0 ? [...order.local, ...local] : order.local };
}

/** Takes out `message`, the copy the order holds. */
export function removeMessage(order: MessageOrder, message: Message): MessageOrder {
  if (isLocal(message)) return { sent: order.sent, local: order.local.filter((item) => item.messageID !== message.messageID) };
  const at = lowerBound(order.sent, message);
  if (messageAt(order.sent, at)?.messageID !== message.messageID) return order;
  return { sent: removeAt(order.sent, at), local: order.local };
}

/**
 * Puts `next` where `previous` (the copy the order holds) was: in place when it sorts the
 * same (a retry keeps a failed message's place), else out and in again.
 */
export function replaceMessage(order: MessageOrder, previous: Message, next: Message): MessageOrder {
  if (isLocal(previous) && isLocal(next)) {
    return { sent: order.sent, local: order.local.map((item) => (item.messageID === previous.messageID ? next : item)) };
  }
  if (!isLocal(previous) && !isLocal(next) && compareMessages(previous, next) === 0) {
    const at = lowerBound(order.sent, previous);
    if (messageAt(order.sent, at)?.messageID === previous.messageID) return { sent: replaceAt(order.sent, at, next), local: order.local };
  }
  return insertMessages(removeMessage(order, previous), [next]);
}
