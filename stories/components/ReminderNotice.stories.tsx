import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { ReminderNotice } from '../../src/react/components/ReminderNotice';

const reminder = { messageID: 'm1', conversationID: 'GROUPdesign', senderID: 'jiwoo', time: Date.UTC(2025, 2, 4, 10, 32) };

/** What a reader sees when a sender reminds them to read a message (`remindUnread`). */
const meta = {
  title: 'Components/ReminderNotice',
  component: ReminderNotice,
  args: { reminder, senderName: 'Jiwoo Park', conversationName: 'Design Team', onOpen: fn(), onDismiss: fn() },
} satisfies Meta<typeof ReminderNotice>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Arrived: Story = {
  play: async ({ args, canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const status = canvas.getByRole('status');
    await expect(status).toHaveTextContent(args.senderName!);
    await expect(status).toHaveTextContent(args.conversationName!);
    if (globals.locale === 'en') await expect(status).toHaveTextContent(`${args.senderName} reminded you to read a message in ${args.conversationName}`);
    await userEvent.click(canvas.getAllByRole('button')[0]!);
    await expect(args.onOpen).toHaveBeenCalledWith(reminder);
  },
};
export const ArrivedDark: Story = { ...Arrived, globals: { theme: 'dark' } };
export const ArrivedRightToLeft: Story = { ...Arrived, args: { senderName: 'נועה לוי', conversationName: 'צוות עיצוב' }, globals: { direction: 'rtl' } };
export const ArrivedKorean: Story = { ...Arrived, args: { senderName: '박지우', conversationName: '디자인 팀' }, globals: { locale: 'ko' } };
/** No reminder: an empty live region, so the next one is announced when it comes. */
export const Waiting: Story = {
  args: { reminder: null },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toBeEmptyDOMElement();
  },
};
