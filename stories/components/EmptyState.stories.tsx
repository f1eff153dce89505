import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { EmptyState } from '../../src/react/components/EmptyState';

// The empty state lies over the log it stands for: give it a log-sized box.
const meta = {
  title: 'Components/EmptyState',
  component: EmptyState,
  decorators: [
    (Story) => (
      <div style={{ position: 'relative', blockSize: 240 }}>
        <Story />
      </div>
    ),
  ],
  args: { status: 'loading' },
} satisfies Meta<typeof EmptyState>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The first page is on its way: a spinner and "Loading messages…". */
export const Loading: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('Loading messages…');
    await expect(canvasElement.querySelector('.rrr-spinner')).not.toBeNull();
  },
};
export const LoadingDark: Story = { ...Loading, globals: { theme: 'dark' } };
export const LoadingRightToLeft: Story = { ...Loading, globals: { direction: 'rtl' } };
export const LoadingKorean: Story = { globals: { locale: 'ko' } };

/** A conversation without messages yet. */
export const NoMessages: Story = {
  args: { status: 'ready' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('No messages yet');
  },
};
export const NoMessagesDark: Story = { ...NoMessages, globals: { theme: 'dark' } };
export const NoMessagesRightToLeft: Story = { ...NoMessages, globals: { direction: 'rtl' } };
export const NoMessagesKorean: Story = { args: { status: 'ready' }, globals: { locale: 'ko' } };
export const Failed: Story = { args: { status: 'error' } };
