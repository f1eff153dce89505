import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { ChatError, ErrorCode } from '../../src/core/errors';
import { ErrorBanner } from '../../src/react/components/ErrorBanner';

const meta = {
  title: 'Components/ErrorBanner',
  component: ErrorBanner,
  args: { kind: 'history', error: new ChatError(ErrorCode.NETWORK, 'offline'), onRetry: fn(), onDismiss: fn() },
} satisfies Meta<typeof ErrorBanner>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A history page failed: Retry loads it again. */
export const HistoryFailed: Story = {
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('alert')).toHaveTextContent('Messages could not be loaded.');
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

/** The backend refused some read receipts for good: no Retry (it would be refused again), only Dismiss. */
export const ReceiptsRefused: Story = {
  args: { kind: 'receipts', count: 3, error: new ChatError(ErrorCode.INVALID_PARAMETER, 'refused'), onRetry: undefined },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('alert')).toHaveTextContent('The read receipts of 3 messages could not be sent.');
    await expect(canvas.queryByRole('button', { name: 'Retry' })).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'Dismiss' }));
    await expect(args.onDismiss).toHaveBeenCalledTimes(1);
  },
};
export const ReceiptsRefusedDark: Story = { args: ReceiptsRefused.args, globals: { theme: 'dark' } };
export const ReceiptsRefusedRightToLeft: Story = { args: ReceiptsRefused.args, globals: { direction: 'rtl' } };
export const ReceiptsRefusedKorean: Story = { args: ReceiptsRefused.args, globals: { locale: 'ko' } };
export const HistoryFailedDark: Story = { globals: { theme: 'dark' } };
