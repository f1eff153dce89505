import type { MouseEvent } from 'react';
import { c2cPeerOf, groupIDOf } from '../../core/conversation-id';
import type { ConversationID, MessageID } from '../../core/types';
import { ReadPosition } from '../components/ReadPosition';
import { SeenBy } from '../components/SeenBy';
import { useGroupInfo, useProfile } from '../use-group-info';
import { useFirstReaders } from '../use-read-position';

/** Props of `BoundReadPosition`. */
export interface BoundReadPositionProps {
  /** A 1:1 conversation shows the peer's avatar, a group "Seen by". */
  conversationID: ConversationID;
  /** The conversation's read position (`useReadPosition`): the row goes under this message. */
  messageID: MessageID;
  /** Groups with more members show no "Seen by". @default 20 */
  seenByMaxMembers?: number;
  /** Opens the reader sheet of a group message; the button is passed for focus return. */
  onOpenMembers?: (messageID: MessageID, opener: HTMLButtonElement) => void;
}

/**
 * The readers at their read position, on the store: the 1:1 peer's avatar, or "Seen by" a
 * group message's first readers. Render it under one message, the read position: it is the
 * only one that queries.
 */
export function BoundReadPosition({ conversationID, messageID, seenByMaxMembers = 20, onOpenMembers }: BoundReadPositionProps) {
  const peerID = c2cPeerOf(conversationID);
  const groupID = groupIDOf(conversationID);
  const group = useGroupInfo(groupID);
  const peer = useProfile(peerID);
  if (peerID !== undefined) return <ReadPosition reader={peer.data ?? { userID: peerID }} />;
  const members = group.data?.memberCount;
  if (groupID === undefined || members === undefined || members > seenByMaxMembers) return null;
  return <GroupSeenBy messageID={messageID} onOpenMembers={onOpenMembers} />;
}

function GroupSeenBy({ messageID, onOpenMembers }: Pick<BoundReadPositionProps, 'messageID' | 'onOpenMembers'>) {
  const first = useFirstReaders(messageID);
  const open = onOpenMembers && ((event: MouseEvent<HTMLButtonElement>) => onOpenMembers(messageID, event.currentTarget));
  return <SeenBy readers={first.readers} readCount={first.readCount} status={first.status} onOpenMembers={open} />;
}
