import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { ConversationHeader } from '../../src/react/components/ConversationHeader';

const meta = {
  title: 'Components/ConversationHeader',
  component: ConversationHeader,
  args: { title: 'Design Team', memberCount: 20 },
} satisfies Meta<typeof ConversationHeader>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Group: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { name: 'Design Team' })).toBeVisible();
  },
};
export const GroupDark: Story = { globals: { theme: 'dark' } };
export const GroupRightToLeft: Story = { args: { title: 'فريق التصميم' }, globals: { direction: 'rtl' } };
export const GroupKorean: Story = {
  args: { title: '디자인 팀' },
  globals: { locale: 'ko' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('멤버 20명')).toBeVisible();
  },
};
export const OneToOne: Story = { args: { title: '김민준', memberCount: undefined } };
