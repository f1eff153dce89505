import type { RefObject } from 'react';
import type { MessageID, ReadFilter } from '../../core/types';
import { ReadMemberListDrawer } from '../components/ReadMemberListDrawer';
import { useControllableState } from '../components/use-controllable-state';
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
  const { messageID, tab: controlledTab, defaultTab, onTabChange, ...drawer } = props;
  const open = messageID !== null;
  const id = messageID ?? '';
  // Controlled here (from the caller's tab, or its own state) so it knows which tab is shown.
  const [tab, changeTab] = useControllableState<ReadFilter>({
    prop: controlledTab,
    defaultProp: defaultTab ?? 'read',
    onChange: onTabChange,
  });
  const receipt = useMessageReceipt(id);
  // The hidden tab loads once the shown one has its first page (so a switch is instant), and
  // never competes with the rows the reader is waiting for. Hook order stays shown, hidden.
  const shown = useReadMembers(id, tab, { enabled: open });
  const hidden = useReadMembers(id, tab === 'read' ? 'unread' : 'read', { enabled: open && shown.status !== 'pending' });
  const [read, unread] = tab === 'read' ? [shown, hidden] : [hidden, shown];
  const counts = receipt?.kind === 'group' ? receipt : undefined;
  return (
    <ReadMemberListDrawer
      {...drawer}
      tab={tab}
      onTabChange={changeTab}
      open={open}
      read={read}
      unread={unread}
      readCount={counts?.readCount}
      unreadCount={counts?.unreadCount}
    />
  );
}
