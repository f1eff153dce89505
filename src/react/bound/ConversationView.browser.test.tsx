import { render } from '@testing-library/react';
import { forwardRef } from 'react';
import { page, userEvent } from 'vitest/browser';
import { createMockAdapter, presets } from '../../mock/index';
import { ChatProvider, MessageBubble, type MessageBubbleProps } from '../../index';
import { ConversationView, type ConversationViewComponents } from './ConversationView';

// End to end on the mock backend in real Chromium: a sender and a reader side by side, each
// with its own provider and store, as two apps would be.
function setup(conversationID: string, readerID = 'user1', readerComponents?: ConversationViewComponents) {
  const world = presets.demo({ companySize: 200 });
  const sender = createMockAdapter(world.backend, 'me');
  const reader = createMockAdapter(world.backend, readerID);
  const readerConversation = conversationID.startsWith('C2C') ? 'C2Cme' : conversationID;
  render(
    <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', height: 600 }}>
      <ChatProvider adapter={sender} options={{ receiptIntervalMs: 50 }}>
        <ConversationView conversationID={conversationID} label="As Alex" />
      </ChatProvider>
      <ChatProvider adapter={reader} options={{ receiptIntervalMs: 50 }}>
        <ConversationView conversationID={readerConversation} label="As reader" components={readerComponents} />
      </ChatProvider>
    </div>,
  );
  const senderLog = page.getByRole('log', { name: 'As Alex' });
  return { world, sender, reader, senderLog };
}

describe('ConversationView', () => {
  it("shows the sender 'Read by 1' once the reader has seen the message, and lists the reader", async () => {
    const { senderLog, world } = setup('GROUPteam');
    const readerName = world.backend.getUserProfiles('me', ['user1'])[0]?.nickname ?? 'user1';
    const badge = senderLog.getByRole('button', { name: /^Read by 1\b/ });
    await expect.element(badge).toBeVisible();

    await userEvent.click(badge);
    const dialog = page.getByRole('dialog', { name: 'Message receipts' });
    await expect.element(dialog).toBeVisible();
    await expect.element(dialog.getByRole('tab', { name: 'Read (1)' })).toHaveAttribute('aria-selected', 'true');
    await expect.element(dialog.getByRole('tab', { name: 'Unread (18)' })).toBeVisible();
    await expect.element(dialog.getByRole('tabpanel').getByText(readerName).first()).toBeVisible();

    await userEvent.keyboard('{Escape}');
    await expect.element(dialog).not.toBeInTheDocument();
    await expect.element(badge).toHaveFocus();
  });

  // Issue 18, finding 1: on React 18 refs passed as props came back null, so nothing was
  // reported read. This file runs on React 18 and 19 (.ci/react18).
  it("reports reads through an app's own bubble that forwards its ref", async () => {
    const Bubble = forwardRef<HTMLDivElement, MessageBubbleProps>(function Bubble(props, ref) {
      return <MessageBubble {...props} ref={ref} className="app-bubble" />;
    });
    const { senderLog } = setup('GROUPteam', 'user1', { MessageBubble: Bubble });
    const readerLog = page.getByRole('log', { name: 'As reader' });
    await expect.poll(() => readerLog.element().querySelectorAll('.app-bubble').length).toBeGreaterThan(0);
    // The reader's bubbles are the app's own; its reads reach the sender all the same.
    await expect.element(senderLog.getByRole('button', { name: /^Read by 1\b/ })).toBeVisible();
  });

  it('sends a message that asks for receipts and shows the receipt badge once sent', async () => {
    const { senderLog } = setup('GROUPteam');
    const composer = page.getByRole('textbox', { name: 'Message' }).first();
    await userEvent.type(composer, 'Lunch at noon?{Enter}');
    await expect.element(senderLog.getByText('Lunch at noon?')).toBeVisible();
    // The reader pane shows it too, sees it, and the sender's badge counts that read.
    await expect.element(page.getByRole('log', { name: 'As reader' }).getByText('Lunch at noon?')).toBeVisible();
    await expect.element(senderLog.getByRole('button', { name: /^Read by 1\b/ }).nth(1)).toBeVisible();
  });

  it('says receipts are unavailable in a Community group and shows no badge', async () => {
    const { senderLog } = setup('GROUPcommunity', 'user41');
    await expect.element(senderLog.getByText('Welcome, everyone!')).toBeVisible();
    await expect.element(page.getByText('Read receipts are not available in this group.').first()).toBeVisible();
    expect(senderLog.getByRole('button', { name: /^(Read by|Unread)/ }).elements()).toHaveLength(0);
  });

  it('sends in a Community group: the message goes out without asking for receipts and shows "Sent"', async () => {
    const { senderLog } = setup('GROUPcommunity', 'user41');
    await expect.element(page.getByText('Read receipts are not available in this group.').first()).toBeVisible();
    const composer = page.getByRole('textbox', { name: 'Message' }).first();
    await userEvent.type(composer, 'Hello fans{Enter}');
    const row = senderLog.getByText('Hello fans');
    await expect.element(row).toBeVisible();
    await expect.element(page.getByRole('log', { name: 'As reader' }).getByText('Hello fans')).toBeVisible();
    const bubble = row.element().closest('.rrr-message') as HTMLElement;
    await expect.poll(() => bubble.getAttribute('data-status')).toBe('sent');
    expect(bubble.querySelector('.rrr-message-status')?.textContent).toBe('Sent');
  });

  // Issue 19, finding 10: offline blocked sending. Now a message waits as a pending bubble.
  it('queues a message written offline as a pending bubble under "Waiting for network…", and sends it on reconnect', async () => {
    const { sender, senderLog } = setup('C2Cminjun', 'minjun');
    const composer = page.getByRole('textbox', { name: 'Message' }).first();
    await expect.element(page.getByRole('button', { name: 'Send' }).first()).not.toHaveAttribute('aria-disabled');
    sender.disconnect();
    await expect.element(page.getByText('Waiting for network…')).toBeVisible();
    await userEvent.type(composer, 'Sent from the tunnel{Enter}');
    await expect.element(composer).toHaveValue('');
    const bubble = () => senderLog.getByText('Sent from the tunnel').element().closest('.rrr-message')!;
    await expect.poll(() => bubble().getAttribute('data-status')).toBe('sending');
    expect(bubble().querySelector('.rrr-message-status')?.textContent).toBe('Sending…');
    sender.reconnect();
    await expect.element(page.getByText('Waiting for network…')).not.toBeInTheDocument();
    await expect.poll(() => bubble().getAttribute('data-status')).toBe('sent');
  });
});
