/** Plural forms keyed by `Intl.PluralRules` category; `#` is replaced by the formatted number. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Locale-bound formatters handed to every message function, so overrides format like built-ins. */
export interface Format {
  locale: string;
  /** 12,345 in en, 12,345 in ko, 12,345 in zh-CN. */
  number(value: number): string;
  /** Picks the form for `value` through `Intl.PluralRules` and fills in `#`. */
  plural(value: number, forms: PluralForms): string;
  /** Short time of day, e.g. "10:32 AM". */
  time(ms: number): string;
  /** Date and time, e.g. "Mar 4, 2025, 10:32 AM". */
  dateTime(ms: number): string;
  /** "Today", "Yesterday" (Intl.RelativeTimeFormat) or a full date, relative to `now`. */
  day(ms: number, now: number): string;
  /** A moment relative to `now`: "Today 7:58 AM", "Yesterday 6:00 PM", else date and time. */
  relative(ms: number, now: number): string;
}

/**
 * Every user-visible string of the kit. Plain strings, or functions of counts that
 * receive the locale's formatters. Apps override any subset through `LocaleProvider`.
 */
export interface Strings {
  sending: string;
  sent: string;
  read: string;
  failed: string;
  retry: string;
  unread: string;
  readBy(count: number, f: Format): string;
  readByAll: string;
  /** The `unread` receipt style's text, "9 unread"; also the `count-down` badge's spoken name. */
  unreadCount(count: number, f: Format): string;
  /** The `unread` receipt style's text once every member read the message: "All read". */
  allRead: string;
  /** "3 of 12 members", spoken after the badge text. */
  readOfMembers(read: number, total: number, f: Format): string;
  /** The compact badge text, "3/12". */
  compactCount(read: number, total: number, f: Format): string;
  showReaders: string;
  /** The 1:1 read status with its time, from `Format.relative`: "Read Today 7:58 AM". */
  readAt(time: string): string;
  membersTitle: string;
  close: string;
  readTab(count: number | undefined, f: Format): string;
  unreadTab(count: number | undefined, f: Format): string;
  emptyRead: string;
  emptyUnread: string;
  endOfList: string;
  loadMore: string;
  loadingMembers: string;
  membersError: string;
  messagesLabel: string;
  newMessages: string;
  loadingOlder: string;
  loadOlder: string;
  /** The marker where a reconnect left missed messages unloaded. */
  missedMessages: string;
  loadingMissed: string;
  missedFailed: string;
  composerLabel: string;
  composerPlaceholder: string;
  requestReceipt: string;
  send: string;
  /**
   * Was the composer's reason while the connection was down.
   * @deprecated Offline sends are queued now, under `waitingForNetwork`; this is no longer shown.
   */
  offlineReason: string;
  /** The conversation's first page is on its way (also the server-rendered shell). */
  loadingMessages: string;
  /** A conversation without messages. */
  noMessages: string;
  /** Error banner: a history page failed to load. */
  historyFailed: string;
  /** Error banner: the login failed. */
  loginFailed: string;
  /** Error banner: the session ended (kicked, userSig expired, signed out). */
  sessionEnded: string;
  /** The error banner's close button. */
  dismiss: string;
  /** Why the composer is disabled before the login finished. */
  connectingReason: string;
  /** Why the composer is disabled after a failed login or a session end. */
  signedOutReason: string;
  /** Shown in a group whose type has no read receipts (Community, AVChatRoom, or off in the console). */
  receiptsUnavailable: string;
  /** The conversation header's second line: "20 members". */
  memberCount(count: number, f: Format): string;
  /** The reader sheet's summary beside its ring: "9 of 19 read". */
  readOfTotal(read: number, total: number, f: Format): string;
  /** The bar over the conversation while the connection is down: what is sent waits for it. */
  waitingForNetwork: string;
  /** Under a message the store shortened (it was longer than the kit shows). */
  textTruncated: string;
  /** "Your last message was read by 4 of 12". */
  announceLastRead(read: number, total: number, f: Format): string;
  announceLastReadByAll: string;
  announceLastPeerRead: string;
  /** The conversation list's accessible name. */
  conversationsLabel: string;
  /** A conversation list row's unread badge, spoken: "3 unread messages". */
  unreadMessages(count: number, f: Format): string;
  /** A muted (do-not-disturb) conversation. */
  muted: string;
  /** A conversation row's own last group message that some members read: "Read by some". */
  partlyRead: string;
  /** The last message preview of one's own message: "You: hi". */
  ownPreview(text: string): string;
  /** A conversation row with an unsent draft, shown in place of its last message: "Draft: hi". */
  draftPreview(text: string): string;
  noConversations: string;
  loadingConversations: string;
  conversationsFailed: string;
  /** The Unread tab's button: "Remind 12". */
  remind(count: number, f: Format): string;
  /** The confirmation's question. */
  remindConfirm(count: number, f: Format): string;
  /** After the names the confirmation shows: "and 7 more". */
  remindAndMore(count: number, f: Format): string;
  remindSend: string;
  cancel: string;
  /** After sending: "Reminded 12 members". */
  reminded(count: number, f: Format): string;
  /** While rate-limited: "Next reminder allowed at 10:37". */
  remindNextAt(time: string): string;
  remindFailed: string;
  /** On a message the receiver was reminded about: "Alice reminded you to read this". */
  remindedBy(name: string): string;
  /** A reminder arriving (`ReminderNotice`): "Alice reminded you to read a message in Team". */
  reminderNotice(sender: string, conversation: string): string;
  /** Opens the reminded message's conversation. */
  openReminder: string;
  /** Above the first unread message on opening: "3 unread messages". */
  unreadDivider(count: number, f: Format): string;
  /** Scrolls to that divider. */
  jumpToUnread: string;
  /** The new-messages control with its count: "3 new messages". */
  newMessagesCount(count: number, f: Format): string;
  /** "Read receipts updated on 3 messages". */
  announceOthers(count: number, f: Format): string;
  /** The backend refused the read receipts of `count` messages for good. */
  receiptsRefused(count: number, f: Format): string;
  /** Before the avatars of a group message's first readers: "Seen by". */
  seenBy: string;
  /** Those avatars' accessible name: "Seen by 5". */
  seenByCount(count: number, f: Format): string;
  /** Readers beyond the avatars shown: "+2". */
  moreReaders(count: number, f: Format): string;
  /** Between names in a list of readers. */
  nameSeparator: string;
  /** The 1:1 peer's avatar under the newest message they read: "Minjun read up to here". */
  readUpToHere(name: string): string;
}
