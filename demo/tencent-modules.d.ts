// The SDK ships its optional modules without type declarations.
declare module '@tencentcloud/chat/modules/group-module.js' {
  const GroupModule: unknown;
  export default GroupModule;
}
