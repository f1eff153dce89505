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

/** A dev userSig from the mock server's DEV-ONLY route (on with `--dev-sigs`). */
export async function devUserSig(url: string, userID: string): Promise<string> {
  const httpURL = url.replace(/^ws/, 'http');
  const response = await fetch(`${httpURL}/dev/usersig?userID=${encodeURIComponent(userID)}`);
  if (!response.ok) throw new Error(`The mock server refused a userSig for ${userID} (${response.status})`);
  return ((await response.json()) as { userSig: string }).userSig;
}

/** Logs in to the mock WebSocket server with a dev userSig. */
export async function connectWebSocket(url: string, userID: string): Promise<ChatAdapter> {
  return createWebSocketAdapter({ url, userID, userSig: await devUserSig(url, userID) });
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
  const [{ default: TencentCloudChat }, { createTencentChatAdapter }] = await Promise.all([
    import('@tencentcloud/chat'),
    import('../src/tencent'),
  ]);
  // The package's index.js has the group module built in. Passing the separate module again
  // would turn every group receipt failure into 2903 and lose the service's codes.
  const chat = TencentCloudChat.create({ SDKAppID: login.sdkAppID });
  const adapter = createTencentChatAdapter(chat, { userID: login.userID });
  await chat.login({ userID: login.userID, userSig: login.userSig });
  return adapter;
}
