import type { Message } from '../../src/core/types';
import { EMPTY_ORDER, orderedMessages, type MessageOrder } from '../../src/core/store/conversation-state';
import { compareMessages, insertMessages, removeMessage, replaceMessage } from '../../src/core/store/message-order';
import { NODE_SIZE } from '../../src/core/store/message-tree';
import { fc, PROPERTY_TIMEOUT } from './fc-config';

// The tree behind each conversation against the obvious model: a sorted array of sent
// messages followed by the local ones in arrival order. Small seq ranges make ties, runs that
// interleave with what is loaded, and trees several levels deep out of a few hundred messages.

const message = (id: number, seq: number, status: Message['status'] = 'sent'): Message => ({
  messageID: `m${id}`,
  conversationID: 'GROUPteam',
  senderID: 'me',
  text: `t${id}`,
  time: 1_000 + (seq % 7),
  seq,
  status,
  needReadReceipt: true,
});

type Step =
  | { kind: 'insert'; seqs: number[]; local: number }
  | { kind: 'remove'; pick: number }
  | { kind: 'replace'; pick: number; seq: number; status: Message['status'] };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), seqs: fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 3 * NODE_SIZE }), local: fc.integer({ min: 0, max: 2 }) }),
  fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), pick: fc.nat(), seq: fc.integer({ min: 0, max: 400 }), status: fc.constantFrom('sent' as const, 'failed' as const) }),
);

function model(messages: readonly Message[]): Message[] {
  const sent = messages.filter((m) => m.status === 'sent').sort(compareMessages);
  return [...sent, ...messages.filter((m) => m.status !== 'sent')];
}

describe('a conversation message order', () => {
  it(
    'always lists what a sorted array would, whatever is inserted, removed or replaced',
    () => {
      fc.assert(
        fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
          let order: MessageOrder = EMPTY_ORDER;
          // The model: messages in arrival order; local ones keep theirs when replaced.
          let held: Message[] = [];
          let nextID = 0;
          for (const s of steps) {
            if (s.kind === 'insert') {
              const added = [...s.seqs.map((seq) => message(nextID++, seq)), ...Array.from({ length: s.local }, () => message(nextID++, 0, 'sending'))];
              order = insertMessages(order, added);
              held = [...held, ...added];
            } else if (held.length > 0) {
              const target = held[s.pick % held.length] as Message;
              if (s.kind === 'remove') {
                order = removeMessage(order, target);
                held = held.filter((m) => m !== target);
              } else {
                const next = { ...target, seq: s.seq, status: s.status };
                order = replaceMessage(order, target, next);
                // A local message replaced by a local one keeps its place; any other change moves.
                held = target.status !== 'sent' && next.status !== 'sent' ? held.map((m) => (m === target ? next : m)) : [...held.filter((m) => m !== target), next];
              }
            }
            expect(orderedMessages(order)).toEqual(model(held));
          }
        }),
      );
    },
    PROPERTY_TIMEOUT,
  );
});
