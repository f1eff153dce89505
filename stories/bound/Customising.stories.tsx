import type { Meta, StoryObj } from '@storybook/react-vite';
import { forwardRef, useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ErrorCode } from '../../src/core';
import {
  ChatProvider,
  ConversationView,
  MessageBubble,
  type ConversationViewComponents,
  type EmptyStateProps,
  type MessageBubbleProps,
  type ReadReceiptBadgeProps,
} from '../../src/index';
import { createMockAdapter, presets, type MockFaults } from '../../src/mock';

/** The app's bubble: the kit's, with a footer. It forwards the ref, which reports reads. */
const TaggedBubble = forwardRef<HTMLDivElement, MessageBubbleProps>(function TaggedBubble(props, ref) {
  return <MessageBubble {...props} ref={ref} footer={props.own ? undefined : <small>via the app's bubble</small>} />;
});

/** The app's badge: ticks instead of words, with the kit's accessible text kept for readers. */
function TickBadge({ receipt, onOpenMembers }: ReadReceiptBadgeProps) {
  if (receipt?.kind !== 'group') return null;
  const ticks = receipt.unreadCount === 0 ? '✓✓' : '✓';
  const label = `Read by ${receipt.readCount} of ${receipt.readCount + receipt.unreadCount}`;
  return onOpenMembers ? (
    <button type="button" className="rrr-button" data-variant="quiet" aria-label={label} onClick={onOpenMembers}>
      {ticks} {receipt.readCount}
    </button>
  ) : (
    <span role="img" aria-label={label}>
      {ticks}
    </span>
  );
}

function QuietEmpty({ status }: EmptyStateProps) {
  return <p role="status">{status === 'ready' ? 'Say hello 👋' : 'One moment…'}</p>;
}

interface CustomProps {
  conversationID: 'GROUPteam' | 'GROUPempty';
  /** Which parts the app replaces. */
  parts: 'bubble and badge' | 'empty state' | 'none';
  /** The history call always fails (shows the error banner). */
  failHistory: boolean;
}

function Custom({ conversationID, parts, failHistory }: CustomProps) {
  const [adapter] = useState(() => {
    const demo = presets.demo({ companySize: 50 });
    demo.backend.addGroup({ groupID: 'empty', name: 'Empty', type: 'Work', members: ['me', 'user1'] });
    const faults: MockFaults = failHistory ? { forceError: { getMessageHistory: ErrorCode.NETWORK } } : {};
    return createMockAdapter(demo.backend, demo.me, { latency: 40, ...faults });
  });
  const components: ConversationViewComponents =
    parts === 'bubble and badge' ? { MessageBubble: TaggedBubble, ReadReceiptBadge: TickBadge } : parts === 'empty state' ? { EmptyState: QuietEmpty } : {};
  return (
    <div style={{ blockSize: 480, maxInlineSize: 640 }}>
      <ChatProvider adapter={adapter}>
        <ConversationView conversationID={conversationID} label="Conversation" components={components} />
      </ChatProvider>
    </div>
  );
}

const meta = {
  title: 'Bound/ConversationView customised',
  component: Custom,
  args: { conversationID: 'GROUPteam', parts: 'bubble and badge', failHistory: false },
  argTypes: { parts: { control: 'radio', options: ['bubble and badge', 'empty state', 'none'] } },
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof Custom>;
export default meta;
type Story = StoryObj<typeof meta>;

/** `components={{ MessageBubble, ReadReceiptBadge }}`: the app's bubble and badge, live counts and all. */
export const OwnBubbleAndBadge: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const badge = await canvas.findByRole('button', { name: /^Read by \d+ of \d+$/ }, { timeout: 5000 });
    await expect(badge).toHaveTextContent(/✓/);
    await userEvent.click(badge);
    await expect(await within(document.body).findByRole('dialog', { name: 'Message receipts' })).toBeVisible();
    await userEvent.keyboard('{Escape}');
  },
};

/** `components={{ EmptyState }}` in a conversation without messages. */
export const OwnEmptyState: Story = {
  args: { conversationID: 'GROUPempty', parts: 'empty state' },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('Say hello 👋', {}, { timeout: 5000 })).toBeVisible();
  },
};

/** A failed history page: the banner says so; Retry asks again, Dismiss hides it. */
export const HistoryFails: Story = {
  args: { parts: 'none', failHistory: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const banner = await canvas.findByRole('alert', {}, { timeout: 5000 });
    await expect(banner).toHaveTextContent('Messages could not be loaded.');
    await userEvent.click(within(banner).getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(canvas.queryByRole('alert')).toBeNull());
  },
};
