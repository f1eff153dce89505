// @vitest-environment node
import { ErrorCode } from '../../src/core';
import { codeOf } from '../contract/fixture';
import { useRealSdk } from './real-sdk/harness';

// Regression: issue 14, finding 7. The real SDK refuses what the fake accepted.
describe('Tencent on the real SDK: what the SDK refuses before sending', () => {
  const h = useRealSdk('index.js', { readyTimeoutMs: 500 });

  it.each(['GROUPteam', 'C2Cbob'])('empty text to %s is INVALID_PARAMETER, and nothing goes out', async (conversationID) => {
    const alice = await h().as('alice');
    const before = h().setup.service.requests.length;
    expect(await codeOf(alice.adapter.sendMessage({ conversationID, text: '', needReadReceipt: false }))).toBe(ErrorCode.INVALID_PARAMETER);
    const sent = h().setup.service.requests.slice(before).map((r) => r.servcmd);
    expect(sent.filter((cmd) => cmd.endsWith('sendmsg') || cmd.endsWith('send_group_msg'))).toEqual([]);
  });

  it('a send before SDK_READY is SDK_NOT_READY or NOT_LOGGED_IN (transient), never the promise the SDK returns', async () => {
    const { service } = h().setup;
    service.holdNext('wslogin');
    const adapter = h().setup.adapterFor('alice');
    const login = adapter.login();
    await vi.waitFor(() => expect(service.requestsOf('wslogin')).toHaveLength(1));
    const code = await codeOf(adapter.sendMessage({ conversationID: 'GROUPteam', text: 'x', needReadReceipt: false }));
    expect([ErrorCode.SDK_NOT_READY, ErrorCode.NOT_LOGGED_IN]).toContain(code);
    expect(await codeOf(login)).toBe(ErrorCode.SDK_NOT_READY);
  });
});
