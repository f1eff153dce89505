import type { ChatEvent, ChatListener } from '../core/adapter';
import type { ChatError } from '../core/errors';
import type { MessageReceipt } from '../core/types';
import { c2cConversationID } from '../core/conversation-id';
import { ListenerSet } from '../core/listener-set';
import { validateReminder } from '../core/validate-conversations';
import { ConversationFeed } from './conversation-feed';
import { isDisplayable, requireConversation, toMillis } from './mapping';
import type { MessageCache } from './message-cache';
import { isReminderMessage, reminderFor } from './reminder-marker';
import { EVENT, type SdkEvent, type SdkMessage, type SdkReceiptItem, type TencentChatLike } from './sdk';

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
  /** The conversation feed: its SDK handlers come and go with listing and listeners (see ConversationFeed). */
  readonly feed: ConversationFeed;

  constructor(
    private readonly chat: Pick<TencentChatLike, 'on' | 'off' | 'getLoginUser'>,
    private readonly cache: MessageCache,
  ) {
    this.feed = new ConversationFeed(chat, cache, (event) => this.emit(event));
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
      this.feed.setListened(true);
    }
    return () => {
      if (!remove()) return;
      if (this.listeners.size === 0) {
        for (const [name, handler] of this.handlers) this.chat.off(name, handler);
        this.feed.setListened(false);
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

  /** New messages, and reminders: a reminder message is never shown as a message (see reminder-marker.ts). */
  private onMessages(messages: SdkMessage[]): void {
    if (!Array.isArray(messages)) return;
    const me = this.chat.getLoginUser();
    const shown: SdkMessage[] = [];
    for (const message of messages) {
      if (!isReminderMessage(message)) {
        this.cache.remember(message);
        if (isDisplayable(message)) shown.push(message);
        continue;
      }
      const reminder = typeof me === 'string' && me !== '' ? reminderFor(message, me, (id) => this.cache.find(id)) : undefined;
      if (reminder === undefined) continue;
      try {
        this.emit({ type: 'reminder', reminder: validateReminder(reminder) });
      } catch (error) {
        this.emit({ type: 'error', error: error as ChatError });
      }
    }
    if (shown.length > 0) this.emit({ type: 'messages', messages: shown.map((m) => this.cache.kit(m)) });
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
    for (const [userID, timestamp] of latestByPeer) {
      this.cache.notePeerRead(c2cConversationID(userID), timestamp);
      this.emit({ type: 'c2cRead', userID, timestamp });
      this.feed.peerRead(c2cConversationID(userID), timestamp);
    }
  }
}
