import { ChatError, ErrorCode } from '../core/errors';
import type { Message } from '../core/types';
import { toKitMessage } from './mapping';
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
  /** Sent with needReadReceipt, but the service keeps no receipts for them (see send.ts). */
  private readonly refused = new Set<string>();
  /**
   * How far each 1:1 peer has read (ms), from MESSAGE_READ_BY_PEER: the SDK keeps the live
   * value to itself and leaves `Conversation.peerReadTime` at what the list sync said.
   */
  private readonly peerReads = new Map<string, number>();

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

  refuseReceipts(messageID: string): void {
    this.refused.add(messageID);
  }

  receiptsRefused(messageID: string): boolean {
    return this.refused.has(messageID);
  }

  /** The kit's view of an SDK message: its clientID echoed, needReadReceipt false where receipts were refused. */
  kit(message: SdkMessage): Message {
    const kit = toKitMessage(message, this.clientIDOf(message.ID));
    if (this.refused.has(message.ID)) kit.needReadReceipt = false;
    return kit;
  }

  /** Held messages of one conversation that someone else sent. */
  incoming(conversationID: string): SdkMessage[] {
    return [...this.entries.values()]
      .map((entry) => entry.message)
      .filter((m) => m.conversationID === conversationID && m.flow === 'in');
  }

  notePeerRead(conversationID: string, time: number): void {
    if (time > (this.peerReads.get(conversationID) ?? 0)) this.peerReads.set(conversationID, time);
  }

  peerReadOf(conversationID: string): number {
    return this.peerReads.get(conversationID) ?? 0;
  }

  /**
   * A held message by its place in a conversation: the conversation list's last message names
   * none by ID, only by sequence (and time, which tells 1:1 messages apart).
   */
  findBySequence(conversationID: string, sequence: number, time?: number): SdkMessage | undefined {
    let found: SdkMessage | undefined;
    for (const { message } of this.entries.values()) {
      if (message.conversationID !== conversationID || message.sequence !== sequence) continue;
      if (time === undefined || Number(message.time) === time) found = message;
    }
    return found;
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
    const found = this.fromSdk(messageID);
    if (!found) return undefined;
    this.remember(found);
    return found;
  }

  /** The SDK's own object when it still holds the message (reloads replace objects), else the kept one. */
  fresh(message: SdkMessage): SdkMessage {
    const found = this.fromSdk(message.ID);
    if (found) this.remember(found);
    return found ?? message;
  }

  private fromSdk(messageID: string): SdkMessage | undefined {
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
