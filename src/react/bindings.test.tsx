import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import { StrictMode, type ReactNode } from 'react';
import { createChatStore, immediateUpdates } from '../core/store';
import { buildMessage, groupReceipt } from '../../test/support/builders';
import { createFakeAdapter } from '../../test/support/fake-adapter';
import type { MemberPage, Message } from '../core/types';
import {
  ChatProvider,
  useConnectionState,
  useConversation,
  useCurrentUserID,
  useErrors,
  useMessageReceipt,
  useReadMembers,
  useReadOnVisible,
} from '../index';

type Adapter = ReturnType<typeof createFakeAdapter>;

function wrapperFor(adapter: Adapter, extra: { strict?: boolean } = {}) {
  const store = createChatStore(adapter, { random: () => 0.5, scheduler: immediateUpdates });
  // Receipts of "team" are bounded by its size: known from the start, they apply at once.
  void store.actions.loadGroupInfo('team');
  function Wrapper({ children }: { children: ReactNode }) {
    const tree = (
      <ChatProvider store={store}>
        {children}
      </ChatProvider>
    );
    return extra.strict ? <StrictMode>{tree}</StrictMode> : tree;
  }
  return { Wrapper, store };
}

describe('outside the provider', () => {
  it.each<[string, () => unknown]>([
    ['useCurrentUserID', () => useCurrentUserID()],
    ['useConnectionState', () => useConnectionState()],
    ['useMessageReceipt', () => useMessageReceipt('m1')],
    ['useErrors', () => useErrors()],
  ])('%s throws an error naming <ChatProvider>', (_name, hook) => {
    // React 18 also logs the error it rethrows ("The above error occurred in ..."), React 19
    // does not; restoreMocks puts console.error back before the next test.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderHook(hook)).toThrow(/<ChatProvider>/);
  });
});

describe('ChatProvider', () => {
  it('logs in and subscribes once under StrictMode, and unsubscribes on unmount', async () => {
    const adapter = createFakeAdapter();
    const { Wrapper } = wrapperFor(adapter, { strict: true });
    const { result, unmount } = renderHook(() => useCurrentUserID(), { wrapper: Wrapper });
    await waitFor(() => expect(result.current).toBe('me'));
    expect(adapter.login).toHaveBeenCalledTimes(1);
    expect(adapter.listenerCount()).toBe(1);
    unmount();
    expect(adapter.listenerCount()).toBe(0);
  });
});

describe('useMessageReceipt', () => {
  it('re-renders the consumer of message A only when A gets a receipt', async () => {
    const adapter = createFakeAdapter();
    const { Wrapper } = wrapperFor(adapter);
    const [a, b] = [buildMessage(), buildMessage()];
    const renders = new Map<string, number>();
    function Badge({ id }: { id: string }) {
      const receipt = useMessageReceipt(id);
      renders.set(id, (renders.get(id) ?? 0) + 1);
      return <span data-testid={id}>{receipt?.kind === 'group' ? receipt.readCount : '-'}</span>;
    }
    function Probe() {
      return useCurrentUserID();
    }
    render(
      <Wrapper>
        <Probe />
        <Badge id={a!.messageID} />
        <Badge id={b!.messageID} />
      </Wrapper>,
    );
    await waitFor(() => expect(screen.getByText('me')).toBeInTheDocument());
    act(() => adapter.emit({ type: 'messages', messages: [a!, b!] }));
    const before = new Map(renders);
    act(() => adapter.emit({ type: 'receipts', receipts: [groupReceipt(a!.messageID, 1, 3)] }));
    expect(screen.getByTestId(a!.messageID)).toHaveTextContent('1');
    expect(renders.get(a!.messageID)).toBe(before.get(a!.messageID)! + 1);
    expect(renders.get(b!.messageID)).toBe(before.get(b!.messageID));
    act(() => adapter.emit({ type: 'receipts', receipts: [groupReceipt(a!.messageID, 1, 3)] }));
    expect(renders.get(a!.messageID)).toBe(before.get(a!.messageID)! + 1);
  });
});

describe('useConversation', () => {
  it('loads the newest page once logged in and sends optimistically', async () => {
    const adapter = createFakeAdapter();
    const old = buildMessage({ senderID: 'alice', text: 'old' });
    adapter.history.set('GROUPteam', { messages: [old], nextCursor: '', isFinished: true });
    const { Wrapper } = wrapperFor(adapter);
    const { result } = renderHook(() => useConversation('GROUPteam'), { wrapper: Wrapper });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(result.current.messages.map((m) => m.text)).toEqual(['old']);
    expect(result.current.hasMore).toBe(false);
    await act(() => result.current.send('new', { needReadReceipt: true }));
    expect(result.current.messages.map((m) => [m.text, m.status])).toEqual([
      ['old', 'sent'],
      ['new', 'sent'],
    ]);
    expect(adapter.getMessageHistory).toHaveBeenCalledTimes(1);
  });
});

class FakeObserver {
  static instances: FakeObserver[] = [];
  readonly targets = new Set<Element>();
  constructor(readonly callback: IntersectionObserverCallback) {
    FakeObserver.instances.push(this);
  }
  observe(target: Element) {
    this.targets.add(target);
  }
  unobserve(target: Element) {
    this.targets.delete(target);
  }
  disconnect() {
    this.targets.clear();
  }
  fire(target: Element, ratio: number, geometry: Partial<IntersectionObserverEntry> = {}) {
    const entry = { target, isIntersecting: ratio > 0, intersectionRatio: ratio, ...geometry } as IntersectionObserverEntry;
    this.callback([entry], this as unknown as IntersectionObserver);
  }
}

describe('useReadOnVisible', () => {
  let visibility: DocumentVisibilityState = 'visible';
  beforeEach(() => {
    FakeObserver.instances = [];
    visibility = 'visible';
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility);
  });
  afterEach(() => vi.unstubAllGlobals());

  function Bubble({ message }: { message: Message }) {
    const ref = useReadOnVisible(message);
    return <div ref={ref} data-testid={message.messageID} />;
  }

  async function setup(messages: Message[]) {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const adapter = createFakeAdapter();
    const { Wrapper, store } = wrapperFor(adapter, { strict: true });
    function List() {
      const me = useCurrentUserID();
      return me ? messages.map((m) => <Bubble key={m.messageID} message={m} />) : null;
    }
    render(
      <Wrapper>
        <List />
      </Wrapper>,
    );
    await waitFor(() => expect(store.getState().userID).toBe('me'));
    act(() => adapter.emit({ type: 'messages', messages }));
    const observers = FakeObserver.instances.filter((o) => o.targets.size > 0);
    expect(observers).toHaveLength(1);
    return { adapter, observer: observers[0]! };
  }

  afterEach(() => vi.useRealTimers());

  it('reports a message once it is half visible, once, through one shared observer', async () => {
    const own = buildMessage({ senderID: 'me' });
    const [a, b] = [buildMessage({ senderID: 'alice' }), buildMessage({ senderID: 'alice' })];
    const { adapter, observer } = await setup([own, a!, b!]);
    expect([...observer.targets].map((el) => el.getAttribute('data-testid'))).toEqual([a!.messageID, b!.messageID]);
    act(() => observer.fire(screen.getByTestId(a!.messageID), 0.3));
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(adapter.sendMessageReadReceipts).not.toHaveBeenCalled();
    act(() => observer.fire(screen.getByTestId(a!.messageID), 0.6));
    act(() => observer.fire(screen.getByTestId(a!.messageID), 0.9));
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(adapter.sendMessageReadReceipts.mock.calls).toEqual([[[a!.messageID]]]);
  });

  it('reports a message taller than the viewport once it fills half of the view', async () => {
    const tall = buildMessage({ senderID: 'alice' });
    const { adapter, observer } = await setup([tall]);
    const view = { height: 800 } as DOMRectReadOnly;
    act(() => observer.fire(screen.getByTestId(tall.messageID), 0.2, { rootBounds: view, intersectionRect: { height: 300 } as DOMRectReadOnly }));
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(adapter.sendMessageReadReceipts).not.toHaveBeenCalled();
    act(() => observer.fire(screen.getByTestId(tall.messageID), 0.3, { rootBounds: view, intersectionRect: { height: 450 } as DOMRectReadOnly }));
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(adapter.sendMessageReadReceipts.mock.calls).toEqual([[[tall.messageID]]]);
  });

  it('queues messages seen while the page is hidden and reports them when it becomes visible', async () => {
    const a = buildMessage({ senderID: 'alice' });
    const { adapter, observer } = await setup([a]);
    visibility = 'hidden';
    act(() => observer.fire(screen.getByTestId(a.messageID), 1));
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(adapter.sendMessageReadReceipts).not.toHaveBeenCalled();
    visibility = 'visible';
    act(() => document.dispatchEvent(new Event('visibilitychange')));
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(adapter.sendMessageReadReceipts.mock.calls).toEqual([[[a.messageID]]]);
  });
});

describe('useReadMembers', () => {
  const member = (userID: string) => ({ profile: { userID } });
  const page = (ids: string[], nextSeq: string): MemberPage => ({
    members: ids.map(member),
    nextSeq,
    isFinished: nextSeq === '',
  });

  it('pages with nextSeq, shows each member once per tab and keeps read members out of unread', async () => {
    const adapter = createFakeAdapter();
    adapter.getGroupMessageReadMemberList.mockImplementation(async (query: { filter: string; nextSeq?: string }) => {
      if (query.filter === 'read') return query.nextSeq ? page(['b', 'c'], '') : page(['a', 'b'], 's1');
      return page(['c', 'd'], '');
    });
    const { Wrapper } = wrapperFor(adapter);
    const { result } = renderHook(
      () => ({ read: useReadMembers('m1', 'read'), unread: useReadMembers('m1', 'unread') }),
      { wrapper: Wrapper },
    );
    await waitFor(() => expect(result.current.read.status).toBe('ready'));
    expect(result.current.read.hasMore).toBe(true);
    act(() => result.current.read.loadMore());
    await waitFor(() => expect(result.current.read.hasMore).toBe(false));
    expect(adapter.getGroupMessageReadMemberList).toHaveBeenCalledWith(expect.objectContaining({ filter: 'read', nextSeq: 's1' }));
    expect(result.current.read.members.map((m) => m.profile.userID)).toEqual(['a', 'b', 'c']);
    await waitFor(() => expect(result.current.unread.members.map((m) => m.profile.userID)).toEqual(['d']));
  });

  it('refetches when the message counts change while enabled, and not while disabled', async () => {
    const adapter = createFakeAdapter();
    let readers = ['a'];
    adapter.getGroupMessageReadMemberList.mockImplementation(async () => page(readers, ''));
    const { Wrapper, store } = wrapperFor(adapter);
    const message = buildMessage();
    const { result, rerender } = renderHook(({ enabled }) => useReadMembers(message.messageID, 'read', { enabled }), {
      wrapper: Wrapper,
      initialProps: { enabled: true },
    });
    await waitFor(() => expect(store.getState().userID).toBe('me'));
    act(() => adapter.emit({ type: 'messages', messages: [message] }));
    await waitFor(() => expect(result.current.members).toHaveLength(1));
    readers = ['a', 'b'];
    act(() => adapter.emit({ type: 'receipts', receipts: [groupReceipt(message.messageID, 2, 2)] }));
    await waitFor(() => expect(result.current.members.map((m) => m.profile.userID)).toEqual(['a', 'b']));
    const calls = adapter.getGroupMessageReadMemberList.mock.calls.length;
    rerender({ enabled: false });
    act(() => adapter.emit({ type: 'receipts', receipts: [groupReceipt(message.messageID, 3, 1)] }));
    await act(async () => {});
    expect(adapter.getGroupMessageReadMemberList).toHaveBeenCalledTimes(calls);
  });

  it('retry after a failed next page keeps the rows already loaded', async () => {
    const adapter = createFakeAdapter();
    let fail = true;
    adapter.getGroupMessageReadMemberList.mockImplementation(async (query: { nextSeq?: string }) => {
      if (!query.nextSeq) return page(['a'], 's1');
      if (fail) throw new Error('boom');
      return page(['b'], '');
    });
    const { Wrapper } = wrapperFor(adapter);
    const { result } = renderHook(() => useReadMembers('m1', 'read'), { wrapper: Wrapper });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    act(() => result.current.loadMore());
    await waitFor(() => expect(result.current.moreStatus).toBe('error'));
    expect(result.current.status).toBe('ready');
    expect(result.current.members.map((m) => m.profile.userID)).toEqual(['a']);
    fail = false;
    act(() => result.current.retry());
    await waitFor(() => expect(result.current.members.map((m) => m.profile.userID)).toEqual(['a', 'b']));
  });
});
