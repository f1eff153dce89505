import { ErrorCode, MAX_RECEIPT_BATCH, toChatError, type ChatError } from '../core';
import type { MessageID } from '../core';

/** The server takes this many IDs per receipt call (Tencent's cap); longer lists are split. */
const SERVER_RECEIPT_BATCH = 30;
/** Refusals of a receipt batch that another batch of the same list may still outweigh. */
const REFUSALS: readonly number[] = [ErrorCode.MESSAGE_NOT_FOUND, ErrorCode.RECEIPTS_NOT_ENABLED, ErrorCode.RECEIPT_LIST_EMPTY];

/**
 * `sendMessageReadReceipts` for up to MAX_RECEIPT_BATCH IDs over a server that takes 30 per
 * call: split, and behave like one call. Succeeds when any batch took a receipt, else says why
 * none could. Lists that are not plainly valid go to the server as they are, for its errors.
 */
export async function sendReceiptsInBatches(send: (messageIDs: MessageID[]) => Promise<void>, messageIDs: MessageID[]): Promise<void> {
  const splittable =
    Array.isArray(messageIDs) &&
    messageIDs.length > SERVER_RECEIPT_BATCH &&
    messageIDs.length <= MAX_RECEIPT_BATCH &&
    messageIDs.every((id) => typeof id === 'string' && id !== '');
  if (!splittable) return send(messageIDs);
  const refusals: ChatError[] = [];
  let taken = false;
  for (let start = 0; start < messageIDs.length; start += SERVER_RECEIPT_BATCH) {
    try {
      await send(messageIDs.slice(start, start + SERVER_RECEIPT_BATCH));
      taken = true;
    } catch (thrown) {
      const error = toChatError(thrown);
      if (!REFUSALS.includes(error.code)) throw error;
      refusals.push(error);
    }
  }
  if (taken) return;
  const codes = refusals.map((e) => e.code);
  const code = codes.every((c) => c === ErrorCode.MESSAGE_NOT_FOUND)
    ? ErrorCode.MESSAGE_NOT_FOUND
    : codes.includes(ErrorCode.RECEIPTS_NOT_ENABLED)
      ? ErrorCode.RECEIPTS_NOT_ENABLED
      : ErrorCode.RECEIPT_LIST_EMPTY;
  throw refusals.find((e) => e.code === code) as ChatError;
}
