import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import type { ChatAdapter } from '../src/core/adapter';
import { connectTencent, connectWebSocket, devUserSig, wsConversations } from './backends';
import { RemoteApp, type RemoteConversation } from './RemoteApp';

type Connection =
  | { status: 'idle' }
  | { status: 'connecting' }
  | { status: 'ready'; adapter: ChatAdapter; userID: string; conversations: RemoteConversation[] }
  | { status: 'error'; message: string };

type Start = () => Promise<Extract<Connection, { status: 'ready' }>>;

// One connection per start: StrictMode runs effects twice in development, which would log in
// twice and leave the first adapter connected.
const started = new WeakMap<Start, ReturnType<Start>>();
function startOnce(start: Start): ReturnType<Start> {
  let running = started.get(start);
  if (!running) {
    running = start();
    started.set(start, running);
  }
  return running;
}

function useConnection(start: Start | null): Connection {
  const [result, setResult] = useState<{ start: Start; connection: Connection } | null>(null);
  useEffect(() => {
    if (!start) return;
    let live = true;
    startOnce(start).then(
      (ready) => live && setResult({ start, connection: ready }),
      (error: unknown) =>
        live && setResult({ start, connection: { status: 'error', message: error instanceof Error ? error.message : String(error) } }),
    );
    return () => {
      live = false;
    };
  }, [start]);
  if (!start) return { status: 'idle' };
  return result?.start === start ? result.connection : { status: 'connecting' };
}

function Shell({ children }: { children: ReactNode }) {
  return <div className="rrr-root demo demo--connect">{children}</div>;
}

/** `?backend=ws&url=ws://127.0.0.1:8787&user=me`: one tab per user on `npm run backend`. */
export function WebSocketDemo({ url, userID }: { url: string; userID: string }) {
  const [start] = useState(() => async () => ({
    status: 'ready' as const,
    adapter: await connectWebSocket(url, userID),
    userID,
    conversations: wsConversations(userID),
    // An expired sig is renewed as an app's server would: the store logs in again by itself.
    options: { renewSession: async () => ({ userSig: await devUserSig(url, userID) }) },
  }));
  const connection = useConnection(start);
  if (connection.status === 'ready') return <RemoteApp {...connection} backendName={`the mock server at ${url}`} />;
  return <Shell>{connection.status === 'error' ? <p role="alert">{connection.message}</p> : <p>Connecting to {url}…</p>}</Shell>;
}

/** `?backend=tencent`: the visitor's own Tencent Cloud Chat app; nothing typed here is stored. */
export function TencentDemo() {
  const [start, setStart] = useState<Start | null>(null);
  const connection = useConnection(start);
  if (connection.status === 'ready') return <RemoteApp {...connection} backendName="Tencent Cloud Chat" />;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const field = (name: string) => String(data.get(name) ?? '').trim();
    const conversations = field('conversations')
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean)
      .map((conversationID) => ({ conversationID, name: conversationID }));
    const login = { sdkAppID: Number(field('sdkAppID')), userID: field('userID'), userSig: field('userSig') };
    setStart(() => async () => ({ status: 'ready' as const, adapter: await connectTencent(login), userID: login.userID, conversations }));
  };
  return (
    <Shell>
      <form className="demo__login" onSubmit={submit}>
        <h1>Try it on Tencent Cloud Chat</h1>
        <p>Nothing you enter is stored: it stays in this page until you close it.</p>
        <label>
          SDKAppID <input name="sdkAppID" inputMode="numeric" required autoComplete="off" />
        </label>
        <label>
          userID <input name="userID" required autoComplete="off" />
        </label>
        <label>
          userSig <input name="userSig" type="password" required autoComplete="off" />
        </label>
        <label>
          Conversations (comma-separated, e.g. GROUPmy-team, C2Cpeer){' '}
          <input name="conversations" required autoComplete="off" />
        </label>
        <button type="submit" disabled={connection.status === 'connecting'}>
          Sign in
        </button>
        {connection.status === 'error' && <p role="alert">{connection.message}</p>}
      </form>
    </Shell>
  );
}
