/**
 * How a group message's read counts show (1:1 receipts keep their check and "Read" in each):
 *
 * - `read-by`: "Read by 3" / "Read by all" (LINE's "Read 3").
 * - `unread`: "9 unread" / "All read" (DingTalk, WeCom: "9人未读" / "全部已读").
 * - `count-down`: the number who have not read, "9", gone once all read (KakaoTalk); also on
 *   others' messages where the backend gives a reader the counts (`showsCountToReader`).
 * - `ring`: a ring filling with the read share that turns into a check (Feishu).
 */
export type ReceiptStyle = 'read-by' | 'unread' | 'count-down' | 'ring';

/**
 * The style readers of a locale know from their chat apps: count-down for Korean, unread for
 * Chinese (every script and region), read-by otherwise. The one rule: `LocaleProvider` applies
 * it unless told a `receiptStyle`, and a component's own `receiptStyle` prop wins over both.
 */
export function defaultReceiptStyle(locale: string): ReceiptStyle {
  const language = locale.toLowerCase().split('-')[0];
  return language === 'ko' ? 'count-down' : language === 'zh' ? 'unread' : 'read-by';
}
