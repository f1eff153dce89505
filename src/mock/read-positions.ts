import type { UserID } from '../core';

/** How far a user has read a conversation: up to `seq`, marked at `time` (0 where nobody marked it, e.g. on joining). */
export interface ReadMark {
  seq: number;
  time: number;
}

/**
 * Each user's read position in one conversation, and each user's own messages in it: the
 * unread count (messages from others past the mark) is then the distance to the end minus a
 * binary search over one's own messages, never a walk over a 100,000-message history.
 * Users who never marked anything start at the beginning; a group member who joined later
 * starts where they joined.
 */
export class ReadPositions {
  private readonly marks = new Map<UserID, ReadMark>();
  private readonly own = new Map<UserID, number[]>();

  markOf(userID: UserID): ReadMark | undefined {
    return this.marks.get(userID);
  }

  /** Moves the mark forward to `seq`; false (and no change) when it is there already. */
  mark(userID: UserID, seq: number, time: number): boolean {
    const previous = this.marks.get(userID);
    if (previous !== undefined && previous.seq >= seq) return false;
    this.marks.set(userID, { seq, time });
    return true;
  }

  /** Records a message `userID` sent at `seq` (seqs only grow). */
  sent(userID: UserID, seq: number): void {
    const list = this.own.get(userID);
    if (list === undefined) this.own.set(userID, [seq]);
    else list.push(seq);
  }

  /** Messages from others after the user's mark, in a conversation whose newest message is `lastSeq`. */
  unread(userID: UserID, lastSeq: number): number {
    const from = this.marks.get(userID)?.seq ?? 0;
    return Math.max(0, lastSeq - from - this.ownAfter(userID, from));
  }

  private ownAfter(userID: UserID, seq: number): number {
    const list = this.own.get(userID);
    if (list === undefined) return 0;
    let low = 0;
    let high = list.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((list[mid] as number) <= seq) low = mid + 1;
      else high = mid;
    }
    return list.length - low;
  }
}
