import { c2cConversationID, c2cPeerOf, groupConversationID, groupIDOf, parseConversationID } from './conversation-id';

describe('conversation IDs', () => {
  it('parses the two forms Tencent writes, and round-trips them', () => {
    expect(parseConversationID('C2Cminjun')).toEqual({ type: 'c2c', conversationID: 'C2Cminjun', peerID: 'minjun' });
    expect(parseConversationID('GROUPteam')).toEqual({ type: 'group', conversationID: 'GROUPteam', groupID: 'team' });
    expect(parseConversationID(c2cConversationID('__proto__'))).toMatchObject({ peerID: '__proto__' });
    expect(parseConversationID(groupConversationID('C2Cx'))).toMatchObject({ type: 'group', groupID: 'C2Cx' });
  });

  it('refuses anything else', () => {
    for (const bad of ['', 'C2C', 'GROUP', 'group1', 'c2cme', ' C2Cme', 42, null, undefined, {}]) {
      expect(parseConversationID(bad)).toBeUndefined();
    }
  });

  it('answers peer and group questions from the same rule', () => {
    expect(c2cPeerOf('C2Cme')).toBe('me');
    expect(c2cPeerOf('GROUPteam')).toBeUndefined();
    expect(groupIDOf('GROUPteam')).toBe('team');
    expect(groupIDOf('C2Cme')).toBeUndefined();
  });
});
