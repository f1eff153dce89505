import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { MessageComposer } from '../../src/react/components/MessageComposer';

const meta = {
  title: 'Components/MessageComposer',
  component: MessageComposer,
  args: { onSend: fn() },
} satisfies Meta<typeof MessageComposer>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    const field = canvas.getByRole('textbox', { name: 'Message' });
    await userEvent.type(field, 'Hello{Shift>}{Enter}{/Shift}team{Enter}');
    await expect(args.onSend).toHaveBeenCalledWith('Hello\nteam', { needReadReceipt: false });
    await expect(field).toHaveValue('');
  },
};

export const RequestingReceipts: Story = { args: { defaultRequestReceipt: true } };

export const Offline: Story = {
  args: { disabledReason: 'You are offline. Messages can be sent again once the connection is back.' },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    const send = canvas.getByRole('button', { name: 'Send' });
    await expect(send).toHaveAccessibleDescription(/offline/);
    await userEvent.type(canvas.getByRole('textbox'), 'Draft{Enter}');
    await userEvent.click(send);
    await expect(args.onSend).not.toHaveBeenCalled();
  },
};

export const OfflineDarkTheme: Story = {
  args: { disabledReason: 'You are offline. Messages can be sent again once the connection is back.' },
  globals: { theme: 'dark' },
};
