/**
 * Lines from @tencentcloud/chat's own logger (" Chat  10:09:42.736 ..."). The tests silence the
 * SDK with chat.setLogLevel(4), but two sources have no switch: the banner it prints while
 * loading and inside create(), and the logger of modules/group-module.js, which setLogLevel
 * does not reach. Only that exact prefix is dropped; every other console line still shows.
 */
export function isTencentSdkLog(log: string): boolean {
  return /^ Chat {2}\d{2}:\d{2}:\d{2}\.\d{3} /.test(log);
}
