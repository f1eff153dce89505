import type { ChatAdapter } from '../src/core/adapter';
import { createWebSocketAdapter } from '../src/mock';
import { demoConversations } from '../src/mock/demo-preset';
import type { RemoteConversation } from './RemoteApp';

/**
 * The demo's conversations on the mock WebSocket server (`npm run backend`, which hosts
 * `presets.demo()`), as `userID` sees them: only the ones that user belongs to.
 */
export function wsConversations(userID: string): RemoteConversation[] {
  return demoConversations(userID).map(({ conversationID, name }) => ({ conversationID, name }));
}

/** Logs in to the mock WebSocket server with a dev userSig from its DEV-ONLY route. */
export async function connectWebSocket(url: string, userID: string): Promise<ChatAdapter> {
  const httpURL = url.replace(/^ws/, 'http');
  const response = await fetch(`${httpURL}/dev/usersig?userID=${encodeURIComponent(userID)}`);
  if (!response.ok) throw new Error(`The mock server refused a userSig for ${userID} (${response.status})`);
  const { userSig } = (await response.json()) as { userSig: string };
  return createWebSocketAdapter({ url, userID, userSig });
}

export interface TencentLogin {
  sdkAppID: number;
  userID: string;
  userSig: string;
}

/**
 * Tencent Cloud Chat with credentials typed in by the visitor (never stored). The SDK and the
 * adapter load only in this mode.
 */
export async function connectTencent(login: TencentLogin): Promise<ChatAdapter> {
  const [{ default: TencentCloudChat }, { default: GroupModule }, { createTencentChatAdapter }] = await Promise.all([
    import('@tencentcloud/chat'),
    import('@tencentcloud/chat/modules/group-module.js'),
    import('../src/tencent'),
  ]);
  // `modules` is missing from the SDK's CREATE_OPTIONS type, yet the ESM build needs it for groups.
  const options = { SDKAppID: login.sdkAppID, modules: { 'group-module': GroupModule } };
  const chat = TencentCloudChat.create(options as Parameters<typeof TencentCloudChat.create>[0]);
  const adapter = createTencentChatAdapter(chat);
  await chat.login({ userID: login.userID, userSig: login.userSig });
  return adapter;
}
