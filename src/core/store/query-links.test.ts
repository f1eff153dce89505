import { QueryObserver, InfiniteQueryObserver } from '@tanstack/query-core';
import { vi } from 'vitest';
import { buildMessage, groupReceipt } from '../../../test/support/builders';
import { startedStore } from '../../../test/support/fake-adapter';
import type { MemberPage } from '../types';

const page = (ids: string[]): MemberPage => ({ members: ids.map((userID) => ({ profile: { userID } })), nextSeq: '', isFinished: true });

/** A store with one own message and an observed (shown) read tab for it. */
async function observedReadTab() {
  const { adapter, store } = await startedStore();
  const message = buildMessage();
  adapter.emit({ type: 'messages', messages: [message] });
  const answers: ((page: MemberPage) => void)[] = [];
  adapter.getGroupMessageReadMemberList.mockImplementation(() => new Promise<MemberPage>((resolve) => answers.push(resolve)));
  const observer = new InfiniteQueryObserver(store.queryClient, store.queries.readMembers(message.messageID, 'read'));
  const stop = observer.subscribe(() => {});
  await vi.waitFor(() => expect(answers).toHaveLength(1));
  return { adapter, store, message, answers, observer, stop };
}

describe('member pages follow receipts', () => {
  it('a changed receipt refreshes the shown pages of its message in the same commit', async () => {
    const { adapter, store, message, answers, observer, stop } = await observedReadTab();
    answers.shift()!(page(['a']));
    await vi.waitFor(() => expect(observer.getCurrentResult().data?.pages[0]?.members).toHaveLength(1));
    adapter.emit({ type: 'receipts', receipts: [groupReceipt(message.messageID, 2, 3)] });
    expect(adapter.getGroupMessageReadMemberList).toHaveBeenCalledTimes(2);
    answers.shift()!(page(['a', 'b']));
    await vi.waitFor(() => expect(observer.getCurrentResult().data?.pages[0]?.members).toHaveLength(2));
    expect(store.getState().receipts.get(message.messageID)).toMatchObject({ readCount: 2 });
    stop();
  });

  it('a storm of receipts never cancels the page on its way, and refreshes once more after it lands', async () => {
    const { adapter, message, answers, observer, stop } = await observedReadTab();
    for (let read = 1; read <= 20; read += 1) {
      adapter.emit({ type: 'receipts', receipts: [groupReceipt(message.messageID, read, 30 - read)] });
    }
    // Still the first request: nothing was cancelled and restarted 20 times.
    expect(adapter.getGroupMessageReadMemberList).toHaveBeenCalledTimes(1);
    answers.shift()!(page(['a']));
    await vi.waitFor(() => expect(adapter.getGroupMessageReadMemberList).toHaveBeenCalledTimes(2));
    answers.shift()!(page(['a', 'b', 'c']));
    await vi.waitFor(() => expect(observer.getCurrentResult().data?.pages[0]?.members).toHaveLength(3));
    expect(adapter.getGroupMessageReadMemberList).toHaveBeenCalledTimes(2);
    stop();
  });

  it('receipts of a message nobody lists cost no member request', async () => {
    const { adapter, store } = await startedStore();
    const message = buildMessage();
    adapter.emit({ type: 'messages', messages: [message] });
    const group = new QueryObserver(store.queryClient, store.queries.groupInfo('team'));
    const stop = group.subscribe(() => {});
    adapter.emit({ type: 'receipts', receipts: [groupReceipt(message.messageID, 2, 3)] });
    await Promise.resolve();
    expect(adapter.getGroupMessageReadMemberList).not.toHaveBeenCalled();
    stop();
  });
});
