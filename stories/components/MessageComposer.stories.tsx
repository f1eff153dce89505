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

/** One line: Send dims while the field is empty and brightens once there is text. */
export const EmptyThenTyped: Story = {
  args: { defaultRequestReceipt: true },
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector('form');
    await expect(form).toHaveAttribute('data-status', 'empty');
    await userEvent.type(within(canvasElement).getByRole('textbox', { name: 'Message' }), 'Draft');
    await expect(form).toHaveAttribute('data-status', 'ready');
  },
};
export const EmptyThenTypedDark: Story = { ...EmptyThenTyped, globals: { theme: 'dark' } };
export const EmptyThenTypedRightToLeft: Story = { ...EmptyThenTyped, globals: { direction: 'rtl' } };
export const EmptyThenTypedKorean: Story = {
  ...EmptyThenTyped,
  globals: { locale: 'ko' },
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector('form');
    await expect(form).toHaveAttribute('data-status', 'empty');
    await userEvent.type(within(canvasElement).getByRole('textbox', { name: '메시지' }), '초안');
    await expect(form).toHaveAttribute('data-status', 'ready');
  },
};
export const OfflineRightToLeft: Story = { args: OfflineDarkTheme.args, globals: { direction: 'rtl' } };
export const OfflineKorean: Story = { args: OfflineDarkTheme.args, globals: { locale: 'ko' } };
