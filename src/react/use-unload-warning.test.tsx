import { render } from '@testing-library/react';
import { buildMessage } from '../../test/support/builders';
import { createFakeAdapter, settle } from '../../test/support/fake-adapter';
import { createChatStore, immediateUpdates } from '../core/store';
import { ChatProvider } from './ChatProvider';

function closeTab(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('warnOnUnload', () => {
  it('asks before the tab closes while a receipt waits, and not once it went out', async () => {
    const adapter = createFakeAdapter();
    const store = createChatStore(adapter, { scheduler: immediateUpdates });
    render(<ChatProvider store={store} warnOnUnload />);
    await settle();
    const message = buildMessage({ senderID: 'alice' });
    adapter.emit({ type: 'messages', messages: [message] });
    expect(closeTab()).toBe(false);
    adapter.emit({ type: 'connection', state: 'disconnected' });
    store.actions.reportRead([message.messageID]);
    expect(closeTab()).toBe(true);
    adapter.emit({ type: 'connection', state: 'connected' });
    await vi.waitFor(() => expect(store.getState().outbox.size).toBe(0));
    expect(closeTab()).toBe(false);
  });

  it('stays quiet unless the app asks for it', async () => {
    const adapter = createFakeAdapter();
    const store = createChatStore(adapter, { scheduler: immediateUpdates });
    render(<ChatProvider store={store} />);
    await settle();
    const message = buildMessage({ senderID: 'alice' });
    adapter.emit({ type: 'messages', messages: [message] });
    adapter.emit({ type: 'connection', state: 'disconnected' });
    store.actions.reportRead([message.messageID]);
    expect(closeTab()).toBe(false);
  });
});
