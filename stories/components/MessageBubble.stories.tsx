import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import type { Message } from '../../src/core/types';
import { MessageBubble } from '../../src/react/components/MessageBubble';

const message = (overrides: Partial<Message> = {}): Message => ({
  messageID: 'm1',
  conversationID: 'GROUPg1',
  senderID: 'alice',
  text: 'Lunch at 12:30? The menu is at https://example.com/menu',
  time: Date.UTC(2025, 2, 4, 10, 32),
  seq: 1,
  status: 'sent',
  needReadReceipt: true,
  ...overrides,
});
// A 1×1 PNG, so the story never needs the network.
const avatar =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const alice = { userID: 'alice', nickname: 'Alice Kim', avatarURL: avatar };

const meta = {
  title: 'Components/MessageBubble',
  component: MessageBubble,
  args: { message: message(), sender: alice },
} satisfies Meta<typeof MessageBubble>;
export default meta;
type Story = StoryObj<typeof meta>;

export const FromOthers: Story = {};

export const Own: Story = {
  args: {
    own: true,
    receipt: { kind: 'group', messageID: 'm1', groupID: 'g1', readCount: 4, unreadCount: 8 },
    onOpenMembers: fn(),
  },
};

export const OwnOneToOneRead: Story = {
  args: {
    own: true,
    message: message({ conversationID: 'C2Cbob' }),
    receipt: { kind: 'c2c', messageID: 'm1', userID: 'bob', peerRead: true, timestamp: Date.UTC(2025, 2, 4, 10, 40) },
  },
};

export const OwnWithoutReceipt: Story = { args: { own: true, message: message({ needReadReceipt: false }) } };

export const Sending: Story = { args: { own: true, message: message({ status: 'sending', seq: 0 }) } };

export const Failed: Story = {
  args: { own: true, message: message({ status: 'failed' }), onRetry: fn() },
  play: async ({ args, canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Retry' }));
    await expect(args.onRetry).toHaveBeenCalledWith(args.message);
  },
};

export const LongText: Story = {
  args: {
    message: message({
      text: `${'A long message that keeps going. '.repeat(12)}\nAnd an unbroken word: ${'Donaudampfschifffahrtsgesellschaft'.repeat(4)}`,
    }),
  },
};

export const TextThatLooksLikeHTML: Story = {
  args: { message: message({ text: '<img src=x onerror=alert(1)> <b>not bold</b> javascript:alert(1)' }) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/<b>not bold<\/b>/)).toBeInTheDocument();
    await expect(canvasElement.querySelector('.rrr-bubble b')).toBeNull();
    await expect(within(canvasElement).queryByRole('link')).toBeNull();
  },
};

export const MissingAvatar: Story = { args: { sender: { userID: 'bob', nickname: 'Bob Lee' } } };

export const BrokenAvatar: Story = {
  args: { sender: { userID: 'bob', nickname: 'Bob Lee', avatarURL: 'https://127.0.0.1:9/missing.png' } },
};

export const UnsafeAvatarURL: Story = {
  args: { sender: { userID: 'eve', nickname: 'Eve', avatarURL: 'javascript:alert(1)' } },
};

export const RightToLeftName: Story = {
  args: { sender: { userID: 'dana', nickname: 'דנה לוי' }, message: message({ text: 'שלום! see https://example.com' }) },
};

export const DarkTheme: Story = {
  render: (args) => (
    <>
      <MessageBubble {...args} />
      <MessageBubble
        {...args}
        own
        message={message({ messageID: 'm2', text: 'On my way, see https://example.com/map' })}
        receipt={{ kind: 'group', messageID: 'm2', groupID: 'g1', readCount: 2, unreadCount: 3 }}
        onOpenMembers={fn()}
      />
      <MessageBubble {...args} own message={message({ messageID: 'm3', status: 'failed' })} onRetry={fn()} />
    </>
  ),
  globals: { theme: 'dark' },
};

/** Text, names and previews take their own direction: an English line keeps its full stop at its end in RTL. */
export const MixedScripts: Story = {
  render: (args) => (
    <>
      <MessageBubble {...args} message={message({ text: 'Stand-up moved to 10:30.' })} sender={{ userID: 'u3', nickname: 'Dana Levi' }} />
      <MessageBubble {...args} message={message({ messageID: 'm2', text: 'שלום! נתראה ב-10:30.' })} sender={{ userID: 'u4', nickname: 'דנה לוי' }} />
      <MessageBubble {...args} message={message({ messageID: 'm3', text: 'مرحبا Alex، الاجتماع في 10:30.' })} sender={{ userID: 'u5', nickname: 'سارة' }} />
    </>
  ),
  play: async ({ canvasElement }) => {
    const texts = [...canvasElement.querySelectorAll('.rrr-message-text, .rrr-message-sender')];
    await expect(texts.every((el) => el.getAttribute('dir') === 'auto')).toBe(true);
  },
};
export const MixedScriptsDark: Story = { ...MixedScripts, globals: { theme: 'dark' } };
export const MixedScriptsRightToLeft: Story = { ...MixedScripts, globals: { direction: 'rtl' } };
export const MixedScriptsKorean: Story = { ...MixedScripts, globals: { locale: 'ko' } };

/** Own messages by delivery: pending (clock), sent, and failed (red mark, quiet Retry). */
export const DeliveryStates: Story = {
  render: (args) => (
    <>
      <MessageBubble {...args} own message={message({ messageID: 'p', status: 'sending', seq: 0, text: 'Queued while offline' })} />
      <MessageBubble {...args} own message={message({ messageID: 's', needReadReceipt: false, text: 'Delivered' })} />
      <MessageBubble {...args} own message={message({ messageID: 'f', status: 'failed', text: 'Could not go out' })} onRetry={fn()} />
    </>
  ),
  play: async ({ canvasElement }) => {
    const glyphs = [...canvasElement.querySelectorAll('.rrr-message-status svg')].map((svg) => svg.getAttribute('data-glyph'));
    await expect(glyphs).toEqual(['clock', 'check', 'alert']);
    await expect(within(canvasElement).getByRole('button', { name: 'Retry' })).toHaveAttribute('data-variant', 'quiet');
  },
};
export const DeliveryStatesDark: Story = { ...DeliveryStates, globals: { theme: 'dark' } };
export const DeliveryStatesRightToLeft: Story = { ...DeliveryStates, globals: { direction: 'rtl' } };
export const DeliveryStatesKorean: Story = {
  ...DeliveryStates,
  globals: { locale: 'ko' },
  play: async ({ canvasElement }) => {
    const glyphs = [...canvasElement.querySelectorAll('.rrr-message-status svg')].map((svg) => svg.getAttribute('data-glyph'));
    await expect(glyphs).toEqual(['clock', 'check', 'alert']);
  },
};
