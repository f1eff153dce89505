import type { ChatSDK } from '@tencentcloud/chat';
import { installTransport } from './transport';

// Before any SDK code runs: its sockets and HTTP requests must never reach a network.
installTransport();

/**
 * The ways an app can load `@tencentcloud/chat` 3.6.6, as the README, the SDK's own docs and
 * the issue name them. Each builds real SDK instances; only the transport is replaced.
 */
export const SDK_SETUPS = {
  /** `import TencentCloudChat from '@tencentcloud/chat'`: index.js, group module built in. The README's set-up. */
  'index.js': { entry: 'index.js', groupModule: false },
  /** The ESM core with the separately shipped group module passed to create(). */
  'index.es.js + group module': { entry: 'index.es.js', groupModule: true },
  /** What the README and demo showed before: index.js, plus the group module passed again. */
  'index.js + group module': { entry: 'index.js', groupModule: true },
} as const;

export type SdkSetupName = keyof typeof SDK_SETUPS;

interface SdkModule {
  create(options: { SDKAppID: number; modules?: Record<string, unknown> }): ChatSDK;
}

async function loadEntry(entry: 'index.js' | 'index.es.js'): Promise<SdkModule> {
  const module = entry === 'index.js' ? await import('@tencentcloud/chat') : await import('@tencentcloud/chat/index.es.js');
  return module.default as unknown as SdkModule;
}

async function loadGroupModule(): Promise<unknown> {
  return (await import('@tencentcloud/chat/modules/group-module.js')).default;
}

/** SDKAppIDs are unique per instance: create() hands back the same instance for a repeated ID. */
let nextAppID = 1_400_000_000;

export interface SdkFactory {
  setup: SdkSetupName;
  /** A fresh, logged-out SDK instance with its logger silenced. */
  create(): ChatSDK;
}

export async function sdkFactory(setup: SdkSetupName): Promise<SdkFactory> {
  const { entry, groupModule } = SDK_SETUPS[setup];
  const sdk = await loadEntry(entry);
  const modules = groupModule ? { 'group-module': await loadGroupModule() } : undefined;
  return {
    setup,
    create() {
      nextAppID += 1;
      const chat = sdk.create(modules ? { SDKAppID: nextAppID, modules } : { SDKAppID: nextAppID });
      // The SDK's own switch for its console output (4 = none).
      chat.setLogLevel(4);
      return chat;
    },
  };
}
