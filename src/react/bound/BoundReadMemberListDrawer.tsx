import type { RefObject } from 'react';
import type { MessageID, ReadFilter } from '../../core/types';
import { ReadMemberListDrawer } from '../components/ReadMemberListDrawer';
import { useMessageReceipt } from '../use-message-receipt';
import { useReadMembers } from '../use-read-members';

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
 * The member list drawer on live data: tab counts follow the message's receipt at once, and
 * both tabs refetch their pages when the counts change, so members move from Unread to Read.
 */
export function BoundReadMemberListDrawer(props: BoundReadMemberListDrawerProps) {
  const { messageID, ...drawer } = props;
  const open = messageID !== null;
  const id = messageID ?? '';
  const receipt = useMessageReceipt(id);
  const read = useReadMembers(id, 'read', { enabled: open });
  const unread = useReadMembers(id, 'unread', { enabled: open });
  const counts = receipt?.kind === 'group' ? receipt : undefined;
  return (
    <ReadMemberListDrawer
      {...drawer}
      open={open}
      read={read}
      unread={unread}
      readCount={counts?.readCount}
      unreadCount={counts?.unreadCount}
    />
  );
}
