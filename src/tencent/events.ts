import type { ChatEvent, ChatListener } from '../core/adapter';
import type { ChatError } from '../core/errors';
import type { MessageReceipt } from '../core/types';
import { ListenerSet } from '../core/listener-set';
import { isDisplayable, requireConversation } from './mapping';
import type { MessageCache } from './message-cache';
import { EVENT, type SdkEvent, type SdkMessage, type SdkReceiptItem, type TencentChatLike } from './sdk';

/** The SDK's 1:1 receipt timestamps are server seconds; older builds sent milliseconds. */
export function toMillis(time: number): number {
  return time < 1e11 ? time * 1000 : time;
}

function toReceipt(item: SdkReceiptItem): MessageReceipt | undefined {
  if ('groupID' in item && typeof item.groupID === 'string') {
    return {
      kind: 'group',
      messageID: item.messageID,
      groupID: item.groupID,
      readCount: item.readCount,
      unreadCount: item.unreadCount,
    };
  }
  if ('userID' in item && typeof item.userID === 'string') {
    const receipt: MessageReceipt = { kind: 'c2c', messageID: item.messageID, userID: item.userID, peerRead: item.isPeerRead === true };
    if (typeof item.timestamp === 'number' && item.timestamp > 0) receipt.timestamp = toMillis(item.timestamp);
    return receipt;
  }
  return undefined;
}

/**
 * One set of SDK handlers shared by every subscriber: registered with `chat.on` when the first
 * listener arrives and removed with `chat.off` when the last one leaves, so remounting
 * providers never piles up handlers inside the SDK. Connection events come from SessionWatch,
 * which listens all the time, through `emit`.
 */
export class EventBridge {
  private readonly listeners = new ListenerSet();
  private readonly handlers: ReadonlyArray<readonly [string, (event: SdkEvent<unknown>) => void]>;

  constructor(
    private readonly chat: Pick<TencentChatLike, 'on' | 'off'>,
    private readonly cache: MessageCache,
  ) {
    this.handlers = [
      [EVENT.MESSAGE_RECEIVED, (event) => this.onMessages(event.data as SdkMessage[])],
      [EVENT.MESSAGE_READ_RECEIPT_RECEIVED, (event) => this.onReceipts(event.data as SdkReceiptItem[])],
      [EVENT.MESSAGE_READ_BY_PEER, (event) => this.onReadByPeer(event.data as SdkMessage[])],
    ];
  }

  subscribe(listener: ChatListener): () => void {
    const first = this.listeners.size === 0;
    const remove = this.listeners.add(listener);
    if (first) {
      for (const [name, handler] of this.handlers) this.chat.on(name, handler);
    }
    return () => {
      if (!remove()) return;
      if (this.listeners.size === 0) {
        for (const [name, handler] of this.handlers) this.chat.off(name, handler);
      }
    };
  }

  emit(event: ChatEvent): void {
    this.listeners.emit(event);
  }

  /** A problem that is not the answer to a call, reported once; after the call that found it returns. */
  report(error: ChatError): void {
    setTimeout(() => this.emit({ type: 'error', error }), 0);
  }

  private onMessages(messages: SdkMessage[]): void {
    if (!Array.isArray(messages)) return;
    for (const message of messages) this.cache.remember(message);
    const kit = messages.filter(isDisplayable).map((m) => this.cache.kit(m));
    if (kit.length > 0) this.emit({ type: 'messages', messages: kit });
  }

  private onReceipts(items: SdkReceiptItem[]): void {
    if (!Array.isArray(items)) return;
    const receipts = items.map(toReceipt).filter((r): r is MessageReceipt => r !== undefined);
    if (receipts.length > 0) this.emit({ type: 'receipts', receipts });
  }

  /** `setMessageRead` by the peer: the payload is our messages it now covers, with no time. */
  private onReadByPeer(messages: SdkMessage[]): void {
    if (!Array.isArray(messages)) return;
    const latestByPeer = new Map<string, number>();
    for (const message of messages) {
      let peer: string;
      try {
        const conversation = requireConversation(message.conversationID);
        if (conversation.type !== 'c2c') continue;
        peer = conversation.peerID;
      } catch {
        continue;
      }
      const time = Number(message.time) * 1000;
      latestByPeer.set(peer, Math.max(latestByPeer.get(peer) ?? 0, Number.isFinite(time) ? time : 0));
    }
    for (const [userID, timestamp] of latestByPeer) this.emit({ type: 'c2cRead', userID, timestamp });
  }
}
