import { createFakeAdapter, settle } from '../../../test/support/fake-adapter';
import { ErrorCode } from '../errors';
import { createChatStore } from './create-chat-store';
import { immediateUpdates } from './scheduler';
import { memoryStorage, type OutboxStorage } from './storage';

/** A store for "me" on `storage`, started: a second one on the same storage is a reload. */
async function tab(storage: OutboxStorage) {
  const errors: unknown[] = [];
  const store = createChatStore(createFakeAdapter(), { scheduler: immediateUpdates, storage, onError: (error) => errors.push(error) });
  const stop = store.actions.start();
  await settle();
  return { store, stop, errors };
}

describe('drafts: what the user is writing, per conversation', () => {
  it('keeps one per conversation, drops it when emptied, and gives them back after a reload', async () => {
    const storage = memoryStorage();
    const first = await tab(storage);
    first.store.actions.setDraft('GROUPteam', 'Half a thought');
    first.store.actions.setDraft('C2Cbob', 'See you at');
    first.store.actions.setDraft('C2Ccarol', 'gone');
    first.store.actions.setDraft('C2Ccarol', '');
    first.store.actions.setDraft('__proto__', 'an odd ID is still just an ID');
    expect(Object.fromEntries(first.store.getState().drafts)).toEqual({
      GROUPteam: 'Half a thought',
      C2Cbob: 'See you at',
      ['__proto__']: 'an odd ID is still just an ID',
    });
    await settle();
    first.stop();

    const reload = await tab(storage);
    expect([...reload.store.getState().drafts]).toEqual([
      ['GROUPteam', 'Half a thought'],
      ['C2Cbob', 'See you at'],
      ['__proto__', 'an odd ID is still just an ID'],
    ]);
    expect(reload.errors).toEqual([]);
  });

  it('keeps a huge draft whole', async () => {
    const storage = memoryStorage();
    const first = await tab(storage);
    const text = 'x'.repeat(1_000_000);
    first.store.actions.setDraft('GROUPteam', text);
    await settle();
    const reload = await tab(storage);
    expect(reload.store.getState().drafts.get('GROUPteam')).toHaveLength(1_000_000);
  });

  it('reads back only well-formed drafts from storage, which is not trusted', async () => {
    const storage = memoryStorage();
    const first = await tab(storage);
    await settle();
    const key = 'rrr:outbox:me';
    const kept = (await storage.get(key)) as Record<string, unknown>;
    await storage.set(key, { ...kept, drafts: [['GROUPteam', 'fine'], ['C2Cbob', 42], [null, 'x'], 'junk', ['C2Ccarol', '']] });
    first.stop();
    const reload = await tab(storage);
    expect([...reload.store.getState().drafts]).toEqual([['GROUPteam', 'fine']]);
  });

  it('refuses a call without a conversation ID or a text with a clear error, and changes nothing', async () => {
    const { store, errors } = await tab(memoryStorage());
    store.actions.setDraft('GROUPteam', 'kept');
    store.actions.setDraft(undefined as never, 'x');
    store.actions.setDraft('GROUPteam', null as never);
    expect([...store.getState().drafts]).toEqual([['GROUPteam', 'kept']]);
    expect(errors).toMatchObject([{ error: { code: ErrorCode.INVALID_PARAMETER } }, { error: { code: ErrorCode.INVALID_PARAMETER } }]);
  });
});
