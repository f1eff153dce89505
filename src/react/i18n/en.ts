import { enConversation } from './en-conversation';
import { enConversations } from './en-conversations';
import { enList } from './en-list';
import { enMembers } from './en-members';
import { enMessage } from './en-message';
import type { Strings } from './types';

/**
 * Built-in English strings; the default when no `LocaleProvider` is present.
 *
 * Made of one module per area, so that a component without a provider falls back to its own
 * area alone (`useI18nFor`) and an app that shows only a badge bundles only the badge's strings.
 * `Object.assign` under a pure annotation, not a spread: bundlers keep a module-level spread in
 * every app, and this object with it.
 */
export const en: Strings = /* @__PURE__ */ Object.assign({}, enMessage, enList, enMembers, enConversation, enConversations);
