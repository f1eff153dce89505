import type { ChatEvent, UserID } from '../../src/core';
import { createMockBackend, type MockBackend } from '../../src/mock/backend';
import type { MockBackendOptions, MockGroup } from '../../src/mock/types';

/** Builders for mock tests: a backend with named users and one Work group "team". */
export function buildBackend(
  options: MockBackendOptions & { members?: UserID[]; extraUsers?: UserID[]; groupType?: MockGroup['type'] } = {},
): MockBackend {
  const members = options.members ?? ['alice', 'bob', 'carol', 'dave'];
  const everyone = [...new Set([...members, ...(options.extraUsers ?? ['zoe'])])];
  return createMockBackend({
    users: everyone.map((userID) => ({ userID, nickname: userID })),
    groups: [{ groupID: 'team', name: 'Team', type: options.groupType ?? 'Work', members }],
    ...options,
  });
}

export function listen(backend: MockBackend, userID: UserID): ChatEvent[] {
  const events: ChatEvent[] = [];
  backend.connect(userID, (event) => events.push(event));
  return events;
}

export function sendToTeam(backend: MockBackend, senderID: UserID = 'alice', needReadReceipt = true) {
  return backend.sendMessage(senderID, { conversationID: 'GROUPteam', text: 'hi', needReadReceipt });
}
