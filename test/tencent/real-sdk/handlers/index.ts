import { GROUP_HANDLERS } from './groups';
import { MESSAGE_HANDLERS } from './messages';
import { RECEIPT_HANDLERS } from './receipts';
import { SESSION_HANDLERS } from './session';
import type { Handler } from './types';

export type { Handler, Request } from './types';

/** Every command the stand-in answers, by `servcmd`. Anything else is refused with 60020. */
export const HANDLERS: ReadonlyMap<string, Handler> = new Map([
  ...SESSION_HANDLERS,
  ...MESSAGE_HANDLERS,
  ...GROUP_HANDLERS,
  ...RECEIPT_HANDLERS,
]);
