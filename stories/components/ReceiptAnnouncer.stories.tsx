import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { announceReceipts } from '../../src/react/components/announce';
import { ReceiptAnnouncer } from '../../src/react/components/ReceiptAnnouncer';

const meta = {
  title: 'Components/ReceiptAnnouncer',
  component: ReceiptAnnouncer,
  args: {
    message: announceReceipts(
      [
        { kind: 'group', messageID: 'm7', groupID: 'g1', readCount: 4, unreadCount: 8 },
        { kind: 'group', messageID: 'm5', groupID: 'g1', readCount: 2, unreadCount: 10 },
      ],
      { lastMessageID: 'm7' },
    ),
  },
} satisfies Meta<typeof ReceiptAnnouncer>;
export default meta;

/** Visually hidden: the one polite status region that screen readers hear. */
export const GroupedAnnouncement: StoryObj<typeof meta> = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent(
      'Your last message was read by 4 of 12. Read receipts updated on 1 message',
    );
  },
};
