import { selectOutboxSize } from '../src/core/store';
import { useChatStore, useConnectionState, useErrors } from '../src/index';

/** What the pane's store is doing: connection, receipts waiting in the outbox, resync, the last error. */
export function StatusBar() {
  const connection = useConnectionState();
  const outbox = useChatStore(selectOutboxSize);
  const errors = useErrors();
  const resync = useChatStore((state) => state.resync);
  const resyncedAt = useChatStore((state) => state.resyncedAt);
  const why = useChatStore((state) => state.connectionError);
  const last = errors[errors.length - 1];
  return (
    <p className="demo__status" data-connection={connection}>
      <span>
        Connection: {connection}
        {why && ` (${why.message})`}
      </span>
      <span>Receipts waiting to send: {outbox}</span>
      {resync === 'loading' ? (
        <span>Resyncing messages and counts…</span>
      ) : (
        resyncedAt !== null && <span>Resynced after reconnect at {new Date(resyncedAt).toLocaleTimeString()}</span>
      )}
      {last && (
        <span className="demo__error">
          Last error {last.error.code}: {last.error.message}
        </span>
      )}
    </p>
  );
}
