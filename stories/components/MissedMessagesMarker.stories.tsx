import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { MissedMessagesMarker } from '../../src/react/components/MissedMessagesMarker';

const meta = {
  title: 'Components/MissedMessagesMarker',
  component: MissedMessagesMarker,
  args: { status: 'idle', onLoad: fn() },
} satisfies Meta<typeof MissedMessagesMarker>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A reconnect left more missed messages than it loads at once: pressing loads the next page. */
export const Idle: Story = {
  play: async ({ args, canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Load missed messages' }));
    await expect(args.onLoad).toHaveBeenCalledTimes(1);
  },
};

/** While the page loads the marker says so and ignores presses. */
export const Loading: Story = {
  args: { status: 'loading' },
  play: async ({ args, canvasElement }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Loading missed messages…' });
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(button);
    await expect(args.onLoad).not.toHaveBeenCalled();
  },
};

/** The page failed: the marker says so and pressing tries again. */
export const Failed: Story = {
  args: { status: 'error' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button')).toHaveTextContent('Could not load the missed messages. Try again');
  },
};
export const IdleDark: Story = { globals: { theme: 'dark' } };
export const FailedDark: Story = { args: { status: 'error' }, globals: { theme: 'dark' } };
export const FailedRightToLeft: Story = { args: { status: 'error' }, globals: { direction: 'rtl' } };
export const FailedKorean: Story = { args: { status: 'error' }, globals: { locale: 'ko' } };
