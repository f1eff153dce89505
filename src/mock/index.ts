export { createMockBackend } from './backend';
export type { MockBackend, MockConnection } from './backend';
export { createMockAdapter } from './adapter';
export type { MockAdapter } from './adapter';
export { simulate } from './simulate';
export type { SimulateOptions } from './simulate';
export { presets } from './presets';
export type { Preset, PresetOptions } from './presets';
export type { DemoConversationInfo, DemoPreset } from './demo-preset';
export type {
  MockAdapterOptions,
  MockBackendOptions,
  MockEventFaults,
  MockFaults,
  MockGroup,
  MockGroupMember,
  MockLatency,
  MockOperation,
  MockUser,
} from './types';
export type { Random } from './prng';
export { createWebSocketAdapter } from './ws-adapter';
export type { WebSocketAdapter, WebSocketAdapterOptions } from './ws-adapter';
export { WsCloseCode } from './ws-protocol';
export type { WebSocketConstructor, WebSocketLike } from './ws-protocol';
