/** Node-only entry of the mock server; never import it from browser code (src/mock/index.ts). */
export { startMockServer } from './server';
export type { MockServer, MockServerOptions } from './server';
export type { ServerLogger } from './http-server';
export { DEMO_ORIGINS } from './origins';
export { generateUserSig, verifyUserSig } from './usersig';
export type { GenerateUserSigOptions } from './usersig';
export { DEFAULT_LIMITS } from './limits';
export type { RateLimit, ServerLimits } from './limits';
