import type { ConversationID, Message } from '../types';

/**
 * The peer's read mark of each 1:1 conversation, and the own sent messages it does not cover
 * yet, in a min-heap by time. A mark that moves takes exactly the messages it newly covers
 * off the heap, so "the peer read one more" costs O(newly read · log waiting), not a walk over
 * the conversation. Kept outside the store state: nothing renders from it, the receipts it
 * produces are in the state.
 */
export class PeerReadMarks {
  private readonly marks = new Map<ConversationID, number>();
  private readonly waiting = new Map<ConversationID, Message[]>();

  mark(conversationID: ConversationID): number | undefined {
    return this.marks.get(conversationID);
  }

  /** An own sent 1:1 message is known: the mark covering it, or undefined (it waits for one). */
  settle(message: Message): number | undefined {
    const mark = this.marks.get(message.conversationID);
    if (mark !== undefined && message.time <= mark) return mark;
    let heap = this.waiting.get(message.conversationID);
    if (!heap) this.waiting.set(message.conversationID, (heap = []));
    push(heap, message);
    return undefined;
  }

  /** The peer read up to `timestamp`: the mark (it never goes back) and the messages it newly covers. */
  advance(conversationID: ConversationID, timestamp: number): { mark: number; covered: Message[] } {
    const mark = Math.max(this.marks.get(conversationID) ?? -Infinity, timestamp);
    this.marks.set(conversationID, mark);
    const heap = this.waiting.get(conversationID);
    const covered: Message[] = [];
    while (heap && heap.length > 0 && (heap[0] as Message).time <= mark) covered.push(pop(heap));
    return { mark, covered };
  }
}

function push(heap: Message[], message: Message): void {
  heap.push(message);
  let i = heap.length - 1;
  while (i > 0) {
    const parent = (i - 1) >>> 1;
    if ((heap[parent] as Message).time <= message.time) break;
    heap[i] = heap[parent] as Message;
    i = parent;
  }
  heap[i] = message;
}

function pop(heap: Message[]): Message {
  const top = heap[0] as Message;
  const last = heap.pop() as Message;
  if (heap.length === 0) return top;
  let i = 0;
  for (;;) {
    const left = 2 * i + 1;
    if (left >= heap.length) break;
    const right = left + 1;
    const child = right < heap.length && (heap[right] as Message).time < (heap[left] as Message).time ? right : left;
    if ((heap[child] as Message).time >= last.time) break;
    heap[i] = heap[child] as Message;
    i = child;
  }
  heap[i] = last;
  return top;
}
