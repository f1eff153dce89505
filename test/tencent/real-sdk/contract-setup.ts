import type { ChatSDK } from '@tencentcloud/chat';
import type { ChatAdapter } from '../../../src/core';
import { createTencentChatAdapter, type TencentChatAdapterOptions } from '../../../src/tencent';
import type { ContractSetup } from '../../contract/fixture';
import type { DirectorySeed } from './directory';
import { fixture, fixtureSeed } from './fixture';
import type { SdkFactory } from './sdk-setups';
import { TencentService } from './service';
import { routeSocketsTo } from './transport';

export interface RealSdkSetup extends ContractSetup {
  service: TencentService;
  chats: ChatSDK[];
  /** The SDK instance behind the adapter made last for this user. */
  chatOf(userID: string): ChatSDK;
}

export const userSigOf = (userID: string) => `sig-${userID}`;

/**
 * A ContractSetup on real SDK instances talking to a fresh in-process service. As in an app,
 * the app side calls chat.login and the adapter's login() waits for SDK_READY.
 */
export function createRealSdkSetup(factory: SdkFactory, options: TencentChatAdapterOptions = {}, seed: DirectorySeed = fixtureSeed()): RealSdkSetup {
  const service = new TencentService(seed);
  routeSocketsTo(service);
  const chats: ChatSDK[] = [];
  const byUser = new Map<string, ChatSDK>();
  return {
    fixture,
    service,
    chats,
    quietMs: 60,
    chatOf(userID) {
      const chat = byUser.get(userID);
      if (!chat) throw new Error(`no SDK instance for ${userID}`);
      return chat;
    },
    adapterFor(userID) {
      const chat = factory.create();
      chats.push(chat);
      byUser.set(userID, chat);
      const adapter = createTencentChatAdapter(chat, options);
      // The app's own chat.login, unless the kit passes a new userSig for the adapter to log in with.
      const login: ChatAdapter['login'] = (loginOptions) => {
        if (loginOptions?.userSig === undefined) chat.login({ userID, userSig: userSigOf(userID) }).catch(() => undefined);
        return adapter.login(loginOptions);
      };
      return { ...adapter, login };
    },
    async cleanup() {
      await Promise.allSettled(chats.map((chat) => chat.destroy()));
      routeSocketsTo(undefined);
    },
  };
}
