export { createTencentChatAdapter } from './adapter';
export type { TencentChatAdapterOptions } from './adapter';
export { toTencentChatError, TencentCode } from './errors';
export type { TencentChatLike } from './sdk';
