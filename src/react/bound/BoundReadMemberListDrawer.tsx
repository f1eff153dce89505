import { useEffect, type ReactNode, type RefObject } from 'react';
import { useStore } from 'zustand';
import { selectMessage, selectUserID } from '../../core/store';
import type { MessageID, ReadFilter } from '../../core/types';
import { useChatContext } from '../chat-context';
import { ReadMemberListDrawer } from '../components/ReadMemberListDrawer';
import type { MemberListState } from '../member-list-state';
import { useMessageReceipt } from '../use-message-receipt';
import { useReadMembers } from '../use-read-members';
import { BoundRemindUnread } from './BoundRemindUnread';

/** Props of `BoundReadMemberListDrawer`. */
export interface BoundReadMemberListDrawerProps {
  /** The own group message whose readers are listed; the drawer is closed without one. */
  messageID: MessageID | null;
  onOpenChange: (open: boolean) => void;
  tab?: ReadFilter;
  defaultTab?: ReadFilter;
  onTabChange?: (tab: ReadFilter) => void;
  returnFocusTo?: RefObject<HTMLElement | null>;
  fallbackFocus?: RefObject<HTMLElement | null>;
}

/**
 * The shown tab on live data. Once it has its first page the hidden tab is loaded too, so a
 * switch is instant, without competing with the rows the reader is waiting for.
 */
function LiveTab({ messageID, tab, panel }: { messageID: MessageID; tab: ReadFilter; panel: (state: MemberListState) => ReactNode }) {
  const { store } = useChatContext('BoundReadMemberListDrawer');
  const state = useReadMembers(messageID, tab);
  const ready = state.status === 'ready';
  useEffect(() => {
    if (ready) store.actions.prefetchReadMembers(messageID, tab === 'read' ? 'unread' : 'read');
  }, [ready, store, messageID, tab]);
  return panel(state);
}

/**
 * The member list drawer on live data: tab counts follow the message's receipt at once, and
 * the store refreshes the pages when the counts change, so members move from Unread to Read.
 * The header previews the message and sums up its counts.
 */
export function BoundReadMemberListDrawer(props: BoundReadMemberListDrawerProps) {
  const { messageID, ...drawer } = props;
  const { store } = useChatContext('BoundReadMemberListDrawer');
  const receipt = useMessageReceipt(messageID ?? '');
  const counts = receipt?.kind === 'group' ? receipt : undefined;
  // Only the sender may remind, and only where the adapter can.
  const own = useStore(store, (state) => messageID !== null && selectMessage(state, messageID)?.senderID === selectUserID(state));
  const remind = own && store.features.reminders && counts !== undefined && messageID !== null;
  const preview = useStore(store, (state) => (messageID === null ? undefined : selectMessage(state, messageID)?.text));
  return (
    <ReadMemberListDrawer
      {...drawer}
      open={messageID !== null}
      renderTab={(tab, panel) => messageID !== null && <LiveTab key={tab} messageID={messageID} tab={tab} panel={panel} />}
      preview={preview}
      readCount={counts?.readCount}
      unreadCount={counts?.unreadCount}
      unreadActions={remind ? <BoundRemindUnread messageID={messageID} unreadCount={counts.unreadCount} /> : undefined}
    />
  );
}
