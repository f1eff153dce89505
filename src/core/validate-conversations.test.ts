import { describe, expect, it } from 'vitest';
import { ChatError, ErrorCode } from './errors';
import {
  validateConversationPage,
  validateConversationSummary,
  validateReminder,
  validateRemindUnreadResult,
  validateUnreadTotal,
} from './validate-conversations';

const group = {
  conversationID: 'GROUPteam',
  type: 'group',
  name: 'Team',
  avatarURL: 'https://example.com/t.png',
  lastMessage: { messageID: 'm9', senderID: 'bob', text: 'hi', time: 5, seq: 9, needReadReceipt: true },
  unreadCount: 2,
  muted: false,
};
const c2c = { conversationID: 'C2Cbob', type: 'c2c', name: 'Bob', unreadCount: 0, muted: true, peerReadTime: 4 };

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ChatError);
    expect((error as ChatError).code).toBe(ErrorCode.MALFORMED_PAYLOAD);
    return (error as ChatError).message;
  }
  throw new Error('expected a refusal');
}

describe('validateConversationSummary', () => {
  it('returns a fresh copy with only the known fields', () => {
    const input = { ...group, extra: 1, lastMessage: { ...group.lastMessage, extra: 2 } };
    const result = validateConversationSummary(input);
    expect(result).toEqual(group);
    expect(result).not.toBe(input);
    expect(result.lastMessage).not.toBe(input.lastMessage);
  });

  it('keeps a 1:1 peer read time and a conversation without messages', () => {
    expect(validateConversationSummary(c2c)).toEqual(c2c);
  });

  it('takes __proto__ as an ID like any other, and ignores inherited fields', () => {
    const inherited = Object.create({ unreadCount: 3 }) as Record<string, unknown>;
    Object.assign(inherited, { conversationID: 'GROUP__proto__', type: 'group', name: '', muted: false });
    expect(refusal(() => validateConversationSummary(inherited))).toMatch(/conversation\.unreadCount must be a non-negative integer/);
    expect(validateConversationSummary({ ...c2c, conversationID: 'C2C__proto__' }).conversationID).toBe('C2C__proto__');
  });

  it.each([
    ['a type that contradicts the ID', { ...c2c, type: 'group' }, /type "group" does not match/],
    ['an ID of neither kind', { ...c2c, conversationID: 'bob' }, /conversationID must start with "C2C" or "GROUP"/],
    ['a negative unread count', { ...c2c, unreadCount: -1 }, /unreadCount must be a non-negative integer, got -1/],
    ['NaN unread', { ...c2c, unreadCount: Number.NaN }, /unreadCount .*got NaN/],
    ['a string muted flag', { ...c2c, muted: 'no' }, /muted must be a boolean/],
    ['a missing name', { ...c2c, name: undefined }, /name must be a string/],
    ['a peer read time on a group', { ...group, peerReadTime: 1 }, /peerReadTime is for 1:1 conversations only/],
    ['a last message without sender', { ...group, lastMessage: { ...group.lastMessage, senderID: '' } }, /lastMessage\.senderID must be a non-empty string/],
    ['a last message time of Infinity', { ...group, lastMessage: { ...group.lastMessage, time: Infinity } }, /lastMessage\.time must be a finite/],
    ['a last message that is a string', { ...group, lastMessage: 'hi' }, /conversation\.lastMessage must be an object/],
  ])('refuses %s, naming the field', (_label, input, message) => {
    expect(refusal(() => validateConversationSummary(input))).toMatch(message);
  });

  it('drops an avatar of the wrong type instead of refusing the row', () => {
    expect(validateConversationSummary({ ...c2c, avatarURL: 42 })).not.toHaveProperty('avatarURL');
  });
});

describe('validateConversationPage', () => {
  it('accepts a finished page and an unfinished one with a cursor', () => {
    expect(validateConversationPage({ conversations: [group, c2c], nextSeq: '', isFinished: true }).conversations).toHaveLength(2);
    expect(validateConversationPage({ conversations: [c2c], nextSeq: 'abc', isFinished: false }).nextSeq).toBe('abc');
  });

  it.each([
    ['an unfinished page without a cursor', { conversations: [], nextSeq: '', isFinished: false }, /nextSeq must be '' exactly when isFinished/],
    ['a finished page with a cursor', { conversations: [], nextSeq: 'x', isFinished: true }, /nextSeq must be '' exactly when isFinished/],
    ['a repeated conversation', { conversations: [c2c, c2c], nextSeq: '', isFinished: true }, /conversations\[1\]\.conversationID "C2Cbob" repeats/],
    ['a bad row', { conversations: [group, { ...c2c, unreadCount: '1' }], nextSeq: '', isFinished: true }, /conversations\[1\]\.unreadCount/],
    ['no list', { nextSeq: '', isFinished: true }, /conversations must be an array/],
  ])('refuses %s', (_label, input, message) => {
    expect(refusal(() => validateConversationPage(input))).toMatch(message);
  });
});

describe('reminders and totals', () => {
  const reminder = { messageID: 'm1', conversationID: 'GROUPteam', senderID: 'alice', time: 10 };

  it('accepts a reminder and a result', () => {
    expect(validateReminder({ ...reminder, extra: true })).toEqual(reminder);
    expect(validateRemindUnreadResult({ reminded: 3, nextAllowedAt: 100 })).toEqual({ reminded: 3, nextAllowedAt: 100 });
    expect(validateUnreadTotal(7)).toBe(7);
  });

  it.each([
    ['a 1:1 conversation', { ...reminder, conversationID: 'C2Cbob' }, /conversationID must name a group conversation/],
    ['no message', { ...reminder, messageID: undefined }, /messageID must be a non-empty string/],
    ['a negative time', { ...reminder, time: -1 }, /time must be a finite non-negative number/],
  ])('refuses a reminder with %s', (_label, input, message) => {
    expect(refusal(() => validateReminder(input))).toMatch(message);
  });

  it.each([
    [{ reminded: -1, nextAllowedAt: 1 }, /reminded must be a non-negative integer/],
    [{ reminded: 1 }, /nextAllowedAt must be a finite/],
    [null, /result must be an object/],
  ])('refuses the result %j', (input, message) => {
    expect(refusal(() => validateRemindUnreadResult(input))).toMatch(message);
  });

  it.each([-1, 1.5, '3', null])('refuses the total %j', (input) => {
    expect(refusal(() => validateUnreadTotal(input))).toMatch(/totalUnreadCount must be a non-negative integer/);
  });
});
