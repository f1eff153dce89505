// @vitest-environment node
import { ErrorCode } from '../../src/core';
import { runAdapterContract } from './adapter-contract';
import { createRealSdkSetup } from '../tencent/real-sdk/contract-setup';
import { SDK_SETUPS, sdkFactory, type SdkSetupName } from '../tencent/real-sdk/sdk-setups';

for (const name of Object.keys(SDK_SETUPS) as SdkSetupName[]) {
  runAdapterContract(`tencent on the real SDK (${name})`, async () => createRealSdkSetup(await sdkFactory(name)), {
    readTimes: false,
    foreignMessageCode: ErrorCode.MESSAGE_NOT_FOUND,
  });
}
