import { ErrorCode } from '../../src/core';
import { runAdapterContract } from '../contract/adapter-contract';
import { createTencentSetup } from './setup';

// The whole shared contract on the fake Tencent service. Tencent's member lists carry user IDs
// only, so read times are not promised. What only a live SDKAppID can show (message sync timing
// on login, the service's own rate limits, entitlement errors) is not covered here.
// The Web SDK holds only messages of the user's own conversations, so a non-member's receipt for
// a group message cannot be built at all: the adapter answers MESSAGE_NOT_FOUND before any call.
runAdapterContract('tencent (fake SDK)', () => createTencentSetup(), {
  readTimes: false,
  foreignMessageCode: ErrorCode.MESSAGE_NOT_FOUND,
});
