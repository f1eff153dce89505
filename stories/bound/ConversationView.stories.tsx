import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { createMockAdapter, presets, simulate } from '../../src/mock';
import { ChatProvider } from '../../src/index';
import { ConversationView } from '../../src/react/bound/ConversationView';

interface LiveProps {
  /** Which demo conversation to open, as the sender "Alex". */
  conversationID: 'C2Cminjun' | 'GROUPteam' | 'GROUPcompany' | 'GROUPcommunity';
  /** Simulated members reading per second (groups only). */
  readersPerSecond: number;
  /** Mock network latency in ms. */
  latency: number;
  /** Takes the sender offline once signed in: what is sent then waits as pending bubbles. */
  offline?: boolean;
}

/** The drop-in view on the mock backend, with members reading live. Each story has its own world. */
function Live({ conversationID, readersPerSecond, latency, offline = false }: LiveProps) {
  const [world] = useState(() => {
    const demo = presets.demo({ companySize: conversationID === 'GROUPcompany' ? 10_000 : 200 });
    return { demo, adapter: createMockAdapter(demo.backend, demo.me, { latency }) };
  });
  useEffect(() => {
    if (readersPerSecond <= 0 || !conversationID.startsWith('GROUP')) return;
    return simulate(world.demo.backend, { conversationID, readersPerSecond, seed: 3 });
  }, [world, conversationID, readersPerSecond]);
  useEffect(() => {
    if (!offline) return;
    // After the login: the mock refuses to sign in while disconnected.
    const timer = setTimeout(() => world.adapter.disconnect(), 300);
    return () => {
      clearTimeout(timer);
      world.adapter.reconnect();
    };
  }, [world, offline]);
  return (
    <div style={{ blockSize: 520, maxInlineSize: 640 }}>
      <ChatProvider adapter={world.adapter}>
        <ConversationView conversationID={conversationID} label="Conversation" />
      </ChatProvider>
    </div>
  );
}

const meta = {
  title: 'Bound/ConversationView (mock backend)',
  component: Live,
  args: { conversationID: 'GROUPteam', readersPerSecond: 4, latency: 60 },
  argTypes: {
    conversationID: { control: 'select', options: ['C2Cminjun', 'GROUPteam', 'GROUPcompany', 'GROUPcommunity'] },
    readersPerSecond: { control: { type: 'range', min: 0, max: 50 } },
  },
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof Live>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Members of a 20-person team read the message while you watch "Read by N" grow. */
export const TeamReadingLive: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const badge = await canvas.findByRole('button', { name: /^(Unread|Read by)/ }, { timeout: 5000 });
    const count = () => Number(/Read by (\d+)/.exec(badge.textContent ?? '')?.[1] ?? 0);
    const start = count();
    await waitFor(() => expect(count()).toBeGreaterThan(start), { timeout: 5000 });

    await userEvent.click(badge);
    const dialog = await within(document.body).findByRole('dialog', { name: 'Message receipts' });
    await expect(within(dialog).getByRole('tab', { name: /^Read \(\d+\)/ })).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{ArrowRight}');
    await expect(within(dialog).getByRole('tab', { name: /^Unread/ })).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(badge).toHaveFocus());
  },
};

/** Korean readers get KakaoTalk's count-down by default: the number who have not read shrinks as members read. */
export const TeamCountDownKorean: Story = {
  globals: { locale: 'ko' },
  play: async ({ canvasElement }) => {
    const badge = await within(canvasElement).findByRole('button', { name: /^\d+ 명 안 읽음/ }, { timeout: 5000 });
    await expect(badge).toHaveAttribute('data-receipt-style', 'count-down');
    const left = () => Number(badge.textContent);
    const start = left();
    await waitFor(() => expect(left()).toBeLessThan(start), { timeout: 5000 });
  },
};

/** A 10,000-member company-wide group: the drawer pages through thousands of readers. */
export const CompanyWide: Story = { args: { conversationID: 'GROUPcompany', readersPerSecond: 20 } };

/** 1:1: "Sent" until the peer has read it, then "Read". */
export const OneToOne: Story = { args: { conversationID: 'C2Cminjun', readersPerSecond: 0 } };

/** A Community group: receipts are unsupported, so no badge and a note say so. */
export const CommunityUnsupported: Story = {
  args: { conversationID: 'GROUPcommunity', readersPerSecond: 0 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // Said once the group's info says so (never before: the type is unknown until then).
    await expect(await canvas.findByText('Read receipts are not available in this group.', {}, { timeout: 5000 })).toBeVisible();
    await expect(canvas.queryByRole('button', { name: /^(Unread|Read by)/ })).toBeNull();
    // Sending still works: the message goes out without asking for a receipt (issue 19, finding 1).
    await userEvent.type(canvas.getByRole('textbox'), 'Hello fans{Enter}');
    await waitFor(() => expect(canvas.getByText('Hello fans').closest('.rrr-message')).toHaveAttribute('data-status', 'sent'), { timeout: 5000 });
    await expect(canvas.getByText('Hello fans').closest('.rrr-message')?.querySelector('.rrr-message-status')).toHaveTextContent('Sent');
  },
};

/** Offline: "Waiting for network…" over the log, and a message sent now waits as a pending bubble. */
export const OfflineQueue: Story = {
  args: { conversationID: 'GROUPteam', readersPerSecond: 0, offline: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByText('Waiting for network…')).toBeVisible(), { timeout: 5000 });
    await userEvent.type(canvas.getByRole('textbox'), 'Queued while offline{Enter}');
    await waitFor(() => expect(canvas.getByText('Queued while offline').closest('.rrr-message')).toHaveAttribute('data-status', 'sending'));
  },
};
export const OfflineQueueDark: Story = { ...OfflineQueue, globals: { theme: 'dark' } };
export const OfflineQueueRightToLeft: Story = { ...OfflineQueue, globals: { direction: 'rtl' } };
export const OfflineQueueKorean: Story = {
  ...OfflineQueue,
  globals: { locale: 'ko' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(within(canvasElement).getByText('네트워크 연결을 기다리는 중…')).toBeVisible(), { timeout: 5000 });
  },
};
