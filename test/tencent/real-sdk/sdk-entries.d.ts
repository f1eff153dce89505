// The SDK declares only its main entry; the tests also load the ESM core and the group module.
declare module '@tencentcloud/chat/index.es.js' {
  import TencentCloudChat from '@tencentcloud/chat';
  export default TencentCloudChat;
}

declare module '@tencentcloud/chat/modules/group-module.js' {
  const GroupModule: unknown;
  export default GroupModule;
}
