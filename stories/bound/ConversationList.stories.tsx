import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { createMockAdapter, presets } from '../../src/mock';
import { BoundConversationList, ChatProvider, ConversationView, useTotalUnreadCount } from '../../src/index';

function Total() {
  const total = useTotalUnreadCount();
  return <p>Unread: {total ?? '…'}</p>;
}

/** The bound list on the demo world beside the chosen chat; someone writes to the user, and opening the chat reads it. */
function Live() {
  const [world] = useState(() => {
    const demo = presets.demo({ companySize: 200 });
    // Others wrote while the user was away: unread counts to see and to clear by opening.
    demo.backend.sendMessage('minjun', { conversationID: `C2C${demo.me}`, text: 'Are you coming?', needReadReceipt: false });
    return { demo, adapter: createMockAdapter(demo.backend, demo.me, { latency: 30 }) };
  });
  const [open, setOpen] = useState<string | null>(null);
  return (
    <ChatProvider adapter={world.adapter}>
      <Total />
      <div style={{ display: 'flex', gap: 8, blockSize: 420 }}>
        <BoundConversationList selectedID={open} onSelect={setOpen} style={{ inlineSize: 320, flex: 'none' }} />
        {open && <ConversationView conversationID={open} label="Chat" style={{ flex: 1 }} />}
      </div>
    </ChatProvider>
  );
}

const meta = {
  title: 'Bound/ConversationList (mock backend)',
  component: Live,
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof Live>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Opening the unread 1:1 chat shows the divider, then clears its count and the total. */
export const OpenToRead: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const chat = await canvas.findByRole('button', { name: /Are you coming\?/ }, { timeout: 5000 });
    await waitFor(() => expect(chat).toHaveTextContent('1 unread message'));
    const total = () => Number(/\d+/.exec(canvas.getByText(/^Unread:/).textContent ?? '')?.[0] ?? Number.NaN);
    await waitFor(() => expect(total()).toBeGreaterThanOrEqual(1));
    const before = total();
    await userEvent.click(chat);
    await expect(chat).toHaveAttribute('aria-current', 'true');
    await waitFor(() => expect(canvas.getByText('1 unread message', { selector: '.rrr-unread-divider' })).toBeVisible());
    await waitFor(() => expect(total()).toBe(before - 1));
    await expect(chat).not.toHaveTextContent('unread');
  },
};
