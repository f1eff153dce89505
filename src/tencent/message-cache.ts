import { ChatError, ErrorCode } from '../core/errors';
import type { SdkMessage, TencentChatLike } from './sdk';

function isSdkMessage(value: unknown): value is SdkMessage {
  return typeof value === 'object' && value !== null && typeof (value as { ID?: unknown }).ID === 'string'
    && typeof (value as { conversationID?: unknown }).conversationID === 'string';
}

interface Entry {
  message: SdkMessage;
  clientID: string | undefined;
}

/**
 * The SDK's receipt calls take Message objects, not IDs, and `findMessage` only sees what the
 * SDK still holds in memory. So the adapter keeps every Message it has handed out, in a
 * bounded least-recently-used Map, and asks `findMessage` for anything older.
 */
export class MessageCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly chat: Pick<TencentChatLike, 'findMessage'>,
    private readonly capacity: number,
  ) {}

  remember(message: SdkMessage, clientID?: string): void {
    const previous = this.entries.get(message.ID);
    this.entries.delete(message.ID);
    this.entries.set(message.ID, { message, clientID: clientID ?? previous?.clientID });
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  clientIDOf(messageID: string): string | undefined {
    return this.entries.get(messageID)?.clientID;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The Message object for an ID, from the cache or the SDK's memory; undefined if neither has it. */
  find(messageID: string): SdkMessage | undefined {
    const entry = this.entries.get(messageID);
    if (entry) {
      this.remember(entry.message);
      return entry.message;
    }
    let found: SdkMessage | null;
    try {
      found = this.chat.findMessage(messageID);
    } catch {
      // findMessage throws for IDs of conversations it never loaded; that is "not found" too.
      found = null;
    }
    // Before SDK_READY the SDK's API guard answers even findMessage with a rejected promise.
    if (!isSdkMessage(found)) {
      if (found && typeof (found as { then?: unknown }).then === 'function') {
        (found as unknown as Promise<unknown>).catch(() => undefined);
      }
      return undefined;
    }
    this.remember(found);
    return found;
  }

  /** Resolves every ID or rejects naming all the IDs that could not be found. */
  resolveAll(messageIDs: readonly string[]): SdkMessage[] {
    const found: SdkMessage[] = [];
    const missing: string[] = [];
    for (const id of messageIDs) {
      const message = this.find(id);
      if (message) found.push(message);
      else missing.push(id);
    }
    if (missing.length > 0) {
      throw new ChatError(
        ErrorCode.MESSAGE_NOT_FOUND,
        `Tencent Cloud Chat no longer holds message(s) ${missing.join(', ')}: load them with ` +
          'getMessageHistory (or receive them) before reporting or pulling their receipts.',
      );
    }
    return found;
  }
}
