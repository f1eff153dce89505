import { runAdapterContract } from '../contract/adapter-contract';
import { createTencentSetup } from './setup';

// The whole shared contract on the fake Tencent service. Tencent's member lists carry user IDs
// only, so read times are not promised. What only a live SDKAppID can show (message sync timing
// on login, the service's own rate limits, entitlement errors) is not covered here.
runAdapterContract('tencent (fake SDK)', () => createTencentSetup(), { readTimes: false });
