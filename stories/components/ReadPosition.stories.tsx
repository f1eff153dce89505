import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { ReadPosition } from '../../src/react/components/ReadPosition';
import { SeenBy } from '../../src/react/components/SeenBy';

const readers = [
  { userID: 'alice', nickname: 'Alice Kim' },
  { userID: 'bob', nickname: 'Bob Lee' },
  { userID: 'carol', nickname: 'Carol Park' },
  { userID: 'dave', nickname: '다윗 최' },
  { userID: 'eve', nickname: 'إيفا' },
];

const meta = {
  title: 'Components/SeenBy',
  component: SeenBy,
  args: { readers: readers.slice(0, 3), readCount: 3, onOpenMembers: fn() },
  decorators: [(Story) => <div style={{ inlineSize: 320, paddingBlockStart: 48 }}>{Story()}</div>],
} satisfies Meta<typeof SeenBy>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The 1:1 peer's avatar under the newest own message they read. */
export const OneToOnePeer: Story = { render: () => <ReadPosition reader={{ userID: 'minjun', nickname: 'Minjun' }} /> };
export const OneToOnePeerDark: Story = { ...OneToOnePeer, globals: { theme: 'dark' } };
export const OneToOnePeerRightToLeft: Story = { ...OneToOnePeer, globals: { direction: 'rtl' } };
export const OneToOnePeerKorean: Story = {
  ...OneToOnePeer,
  globals: { locale: 'ko' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.rrr-read-position')).toHaveAttribute('title', 'Minjun님이 여기까지 읽음');
  },
};

export const SeenByOne: Story = { args: { readers: readers.slice(0, 1), readCount: 1 } };
export const SeenByThree: Story = {
  play: async ({ args, canvasElement }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Seen by 3, show who read this' });
    await expect(button).toHaveAccessibleDescription('Alice Kim, Bob Lee, Carol Park');
    await userEvent.click(button);
    await expect(args.onOpenMembers).toHaveBeenCalledTimes(1);
  },
};
export const SeenByMore: Story = {
  args: { readers, readCount: 12 },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('+9')).toBeVisible();
    await userEvent.tab();
    await expect(within(canvasElement).getByRole('tooltip')).toBeVisible();
  },
};
export const Loading: Story = { args: { readers: [], readCount: 4, status: 'loading' } };
export const LoadingDark: Story = { ...Loading, globals: { theme: 'dark' } };
export const NotInteractive: Story = { args: { onOpenMembers: undefined } };
export const Dark: Story = { args: { readers, readCount: 12 }, globals: { theme: 'dark' } };
export const RightToLeft: Story = { args: { readers, readCount: 12 }, globals: { direction: 'rtl' } };
export const Korean: Story = {
  args: { readers, readCount: 12 },
  globals: { locale: 'ko' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: '12명이 읽음, 읽은 사람 보기' })).toBeVisible();
  },
};
