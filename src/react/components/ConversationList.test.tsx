import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ConversationSummary } from '../../core/types';
import { LocaleProvider } from '../i18n';
import { ConversationList } from './ConversationList';
import { BASE_TIME, buildConversation, buildDirectConversation } from '../../../test/support/builders';
import { expectNoAxeViolations, fakeLayout } from '../../../test/support/dom';

let restoreLayout: () => void;
beforeAll(() => (restoreLayout = fakeLayout(480)));
afterAll(() => restoreLayout());

const team = buildConversation({ avatarURL: 'https://cdn.example.com/team.png' });
const bob = buildDirectConversation();

const rows = () => screen.getAllByRole('listitem');

describe('ConversationList', () => {
  it('shows each conversation’s name, last message, time and unread count, in the order given', async () => {
    const { container } = render(<ConversationList conversations={[team, bob]} currentUserID="me" now={BASE_TIME} />);
    const list = screen.getByRole('list', { name: 'Conversations' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    const [first, second] = rows() as [HTMLElement, HTMLElement];
    const teamButton = within(first).getByRole('button');
    expect(teamButton).toHaveTextContent('Team');
    expect(teamButton).toHaveTextContent('Standup at ten');
    expect(teamButton).toHaveTextContent('3 unread messages');
    expect(within(first).getByText('3')).toHaveAttribute('aria-hidden', 'true');
    expect(first.querySelector('img')).toHaveAttribute('src', team.avatarURL);
    expect(first.querySelector('time')).toHaveAttribute('datetime', new Date(BASE_TIME).toISOString());
    expect(first).toHaveAttribute('aria-posinset', '1');
    expect(first).toHaveAttribute('aria-setsize', '2');
    // Own last message: "You: …", and no unread badge on a read conversation.
    expect(within(second).getByRole('button')).toHaveTextContent('You: See you');
    expect(within(second).queryByText(/unread/)).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('shows the own last message’s receipt glyph with a spoken label, and nothing for others’ messages', () => {
    render(<ConversationList conversations={[team, bob]} currentUserID="me" receipts={new Map([['C2Cbob', 'read'], ['GROUPteam', 'sent']])} />);
    const [first, second] = rows() as [HTMLElement, HTMLElement];
    expect(within(second).getByText('Read')).toHaveClass('rrr-visually-hidden');
    expect(second.querySelector('[data-status="read"]')).toHaveTextContent('✓✓');
    // The group's last message is alice's: its receipt is not the user's to see.
    expect(first.querySelector('.rrr-conversation-receipt')).toBeNull();
  });

  it('says a partly read own group message is read by some, not just sent, and tells it from one read by all', () => {
    const ownLast = { ...team, lastMessage: { ...team.lastMessage!, senderID: 'me' } };
    const { rerender } = render(<ConversationList conversations={[ownLast]} currentUserID="me" receipts={new Map([['GROUPteam', 'partial']])} />);
    const receipt = () => rows()[0]!.querySelector('.rrr-conversation-receipt') as HTMLElement;
    expect(receipt()).toHaveAttribute('data-status', 'partial');
    expect(within(receipt()).getByText('Read by some')).toHaveClass('rrr-visually-hidden');
    expect(within(rows()[0]!).getByRole('button')).toHaveAccessibleName(/Read by some/);
    rerender(
      <LocaleProvider locale="zh-CN">
        <ConversationList conversations={[ownLast]} currentUserID="me" receipts={new Map([['GROUPteam', 'partial']])} />
      </LocaleProvider>,
    );
    expect(within(receipt()).getByText('部分已读')).toBeInTheDocument();
    rerender(<ConversationList conversations={[ownLast]} currentUserID="me" receipts={new Map([['GROUPteam', 'read']])} />);
    expect(within(receipt()).getByText('Read')).toBeInTheDocument();
  });

  it('shows an unsent draft in place of the last message and its glyph, except on the open conversation', () => {
    const drafts = new Map([
      ['GROUPteam', 'Half a thought'],
      ['C2Cbob', 'Lunch at <b>one</b>?'],
    ]);
    const { rerender } = render(<ConversationList conversations={[team, bob]} currentUserID="me" receipts={new Map([['C2Cbob', 'read']])} drafts={drafts} selectedID="GROUPteam" />);
    const [first, second] = rows() as [HTMLElement, HTMLElement];
    // The open one shows its draft in the composer; the row keeps its last message.
    expect(within(first).getByRole('button')).toHaveTextContent('Standup at ten');
    expect(within(first).getByRole('button')).not.toHaveAttribute('data-draft');
    expect(within(second).getByRole('button')).toHaveAttribute('data-draft');
    expect(second.querySelector('.rrr-conversation-preview')).toHaveTextContent(/^Draft: Lunch at <b>one<\/b>\?$/);
    expect(second.querySelector('.rrr-conversation-receipt')).toBeNull();
    expect(second.querySelector('b')).toBeNull();
    rerender(
      <LocaleProvider locale="ko">
        <ConversationList conversations={[team, bob]} currentUserID="me" drafts={new Map([['C2Cbob', '   ']])} />
      </LocaleProvider>,
    );
    // Only blanks is no draft.
    expect(rows()[1]!.querySelector('.rrr-conversation-preview')).toHaveTextContent('나: See you');
    rerender(
      <LocaleProvider locale="ko">
        <ConversationList conversations={[team, bob]} currentUserID="me" drafts={drafts} />
      </LocaleProvider>,
    );
    expect(rows()[0]!.querySelector('.rrr-conversation-preview')).toHaveTextContent('임시 저장: Half a thought');
  });

  it('marks muted conversations and says so', () => {
    render(<ConversationList conversations={[team, bob]} />);
    const [first, second] = rows() as [HTMLElement, HTMLElement];
    expect(within(second).getByRole('button')).toHaveAttribute('data-muted');
    expect(within(second).getByRole('button')).toHaveTextContent('Muted');
    expect(within(first).getByRole('button')).not.toHaveTextContent('Muted');
  });

  it('calls onSelect with the conversation’s ID by click and by keyboard, and marks the selected one current', async () => {
    const onSelect = vi.fn();
    render(<ConversationList conversations={[team, bob]} selectedID="C2Cbob" onSelect={onSelect} />);
    await userEvent.click(screen.getByRole('button', { name: /Team/ }));
    expect(onSelect).toHaveBeenLastCalledWith('GROUPteam');
    act(() => screen.getByRole('button', { name: /Bob/ }).focus());
    await userEvent.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith('C2Cbob');
    expect(screen.getByRole('button', { name: /Bob/ })).toHaveAttribute('aria-current', 'true');
    expect(screen.getByRole('button', { name: /Team/ })).not.toHaveAttribute('aria-current');
  });

  it('renders only the rows on screen of 5,000, and asks for the next page near the end', async () => {
    const many = Array.from({ length: 5000 }, (_, i): ConversationSummary => ({ ...bob, conversationID: `C2Cu${i}`, name: `User ${i}`, muted: false }));
    const onLoadMore = vi.fn();
    const { rerender } = render(<ConversationList conversations={many} hasMore onLoadMore={onLoadMore} />);
    expect(rows().length).toBeLessThan(20);
    expect(rows()[0]).toHaveAttribute('aria-setsize', '-1');
    expect(onLoadMore).not.toHaveBeenCalled();
    rerender(<ConversationList conversations={many.slice(0, 10)} hasMore onLoadMore={onLoadMore} />);
    expect(onLoadMore).toHaveBeenCalledTimes(1);
  });

  it('says when it is loading, failed (with a retry) or empty', async () => {
    const onRetry = vi.fn();
    const { rerender } = render(<ConversationList conversations={[]} status="loading" />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading conversations…');
    expect(screen.getByRole('list', { hidden: true }).parentElement).toHaveAttribute('aria-busy', 'true');
    rerender(<ConversationList conversations={[]} status="error" onRetry={onRetry} />);
    expect(screen.getByRole('status')).toHaveTextContent('Could not load conversations.');
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    rerender(<ConversationList conversations={[]} />);
    expect(screen.getByRole('status')).toHaveTextContent('No conversations yet');
  });

  it('caps a huge unread count where it shows, but speaks it in full', () => {
    render(<ConversationList conversations={[{ ...team, unreadCount: 12_345 }]} />);
    expect(screen.getByText('99+')).toBeInTheDocument();
    expect(screen.getByRole('button')).toHaveTextContent('12,345 unread messages');
  });

  it('shows a hostile name as text, shortened, with the ID where the name is blank', () => {
    render(<ConversationList conversations={[{ ...team, name: `<b>${'x'.repeat(100_000)}</b>` }, { ...bob, name: '\u200b ' }]} />);
    const [first, second] = rows() as [HTMLElement, HTMLElement];
    expect(first.querySelector('b')).toBeNull();
    expect(first.querySelector('.rrr-conversation-name')?.textContent?.length).toBeLessThan(300);
    expect(second.querySelector('.rrr-conversation-name')).toHaveTextContent('C2Cbob');
  });

  it('forwards its ref, merges className and passes other props to the root', () => {
    const ref = createRef<HTMLDivElement>();
    const { container } = render(<ConversationList ref={ref} conversations={[]} className="mine" data-testid="root" />);
    expect(ref.current).toBe(container.firstElementChild);
    expect(ref.current).toHaveClass('rrr-conversation-list', 'mine');
    expect(screen.getByTestId('root')).toBe(ref.current);
  });

  it('speaks the locale’s strings', () => {
    render(
      <LocaleProvider locale="zh-CN">
        <ConversationList conversations={[team, bob]} currentUserID="me" />
      </LocaleProvider>,
    );
    expect(screen.getByRole('list', { name: '会话列表' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Team/ })).toHaveTextContent('3条未读消息');
    expect(screen.getByRole('button', { name: /Bob/ })).toHaveTextContent('我：See you');
    expect(screen.getByRole('button', { name: /Bob/ })).toHaveTextContent('免打扰');
  });
});
