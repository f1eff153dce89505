import { presets } from '../../src/mock';
import type { MockBackend } from '../../src/mock';
import type { Figure } from '../report';
import { median } from '../stats';

/**
 * Scenario 3, backend side: the mock backend's time for one page of readers of a message read
 * by half of a 100,000-member group, against the same for a 1,000-member group. Pages start
 * at cursors spread over the whole group, in both tabs; many repetitions, medians.
 */

export interface HalfReadGroup {
  backend: MockBackend;
  messageID: string;
}

/** A group of `memberCount` (presets.companyWide) whose newest message is read by every second member. */
export function halfReadGroup(memberCount: number): HalfReadGroup {
  const preset = presets.companyWide({ memberCount });
  const { backend } = preset;
  const messageID = preset.messageIDs[preset.messageIDs.length - 1]!;
  for (let i = 1; i < memberCount; i += 2) backend.sendMessageReadReceipts(`user${i}`, [messageID]);
  return { backend, messageID };
}

function cursors(backend: MockBackend, messageID: string, filter: 'read' | 'unread', pages: number): string[] {
  const all: string[] = [''];
  let next = '';
  for (;;) {
    const page = backend.getGroupMessageReadMemberList('me', { messageID, filter, nextSeq: next });
    if (page.isFinished) break;
    next = page.nextSeq;
    all.push(next);
  }
  const step = Math.max(1, Math.floor(all.length / pages));
  return all.filter((_, i) => i % step === 0).slice(0, pages);
}

/** Median µs per page over `rounds` rounds of the sampled cursors in both tabs. */
function pageMicros(group: HalfReadGroup, rounds: number): number {
  const { backend, messageID } = group;
  const samples: number[] = [];
  const starts = (['read', 'unread'] as const).flatMap((filter) => cursors(backend, messageID, filter, 10).map((c) => [filter, c] as const));
  for (let r = 0; r < rounds; r += 1) {
    for (const [filter, nextSeq] of starts) {
      const t0 = performance.now();
      for (let i = 0; i < 10; i += 1) backend.getGroupMessageReadMemberList('me', { messageID, filter, nextSeq });
      samples.push(((performance.now() - t0) / 10) * 1000);
    }
  }
  return median(samples);
}

export async function memberPages({ quick }: { quick: boolean }): Promise<Figure[]> {
  const small = halfReadGroup(1_000);
  const large = halfReadGroup(100_000);
  const rounds = quick ? 10 : 40;
  pageMicros(small, 3);
  pageMicros(large, 3);
  // Interleave the two so machine noise hits both alike; the ratio is taken per round.
  const ratios: number[] = [];
  const smallTimes: number[] = [];
  const largeTimes: number[] = [];
  for (let i = 0; i < (quick ? 3 : 7); i += 1) {
    const s = pageMicros(small, rounds);
    const l = pageMicros(large, rounds);
    smallTimes.push(s);
    largeTimes.push(l);
    ratios.push(l / s);
  }
  const scenario = 'who-read';
  return [
    { scenario, metric: 'backend page (100 members), 1,000-member group, median', value: median(smallTimes), unit: 'µs', budget: Infinity, kind: 'max', informational: true },
    { scenario, metric: 'backend page (100 members), 100,000-member group, median', value: median(largeTimes), unit: 'µs', budget: Infinity, kind: 'max', informational: true },
    { scenario, metric: 'backend page time 100,000 ÷ 1,000 members', value: median(ratios), unit: '×', budget: 1.5, kind: 'max' },
  ];
}
