// @vitest-environment node
import { ErrorCode } from '../../src/core';
import { connectTencent } from '../../demo/backends';
import { fixtureSeed } from './real-sdk/fixture';
import { rejectionOf } from './real-sdk/harness';
import './real-sdk/sdk-setups';
import { TencentService } from './real-sdk/service';
import { routeSocketsTo } from './real-sdk/transport';

// The demo's ?backend=tencent mode, on the stand-in service: its set-up must keep the codes.
describe('demo: connectTencent', () => {
  afterEach(() => {
    routeSocketsTo(undefined);
  });

  it('creates the SDK the way that keeps the service\'s error codes', async () => {
    const service = new TencentService(fixtureSeed());
    routeSocketsTo(service);
    const adapter = await connectTencent({ sdkAppID: 1_400_999_001, userID: 'alice', userSig: 'sig-alice' });
    try {
      await adapter.login();
      const message = await adapter.sendMessage({ conversationID: 'GROUPteam', text: 'plan', needReadReceipt: true });
      service.failNext('get_group_msg_receipt_detail', 10062, 'read receipt info not found');
      const error = await rejectionOf(adapter.getGroupMessageReadMemberList({ messageID: message.messageID, filter: 'read' }));
      expect(error).toMatchObject({ code: ErrorCode.RECEIPT_NOT_FOUND, backendCode: 10062 });
    } finally {
      await adapter.logout();
    }
  });
});
