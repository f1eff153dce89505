import { presets } from '../../src/mock';
import type { MockBackend } from '../../src/mock';
import type { Figure } from '../report';
import { median } from '../stats';
import { inFreshProcess, runAsChild } from './fresh-process';

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

/** One pair in this process: both groups built and warmed up, then timed interleaved. */
function pair(rounds: number): { small: number; large: number } {
  const small = halfReadGroup(1_000);
  const large = halfReadGroup(100_000);
  pageMicros(small, 3);
  pageMicros(large, 3);
  return { small: pageMicros(small, rounds), large: pageMicros(large, rounds) };
}

export async function memberPages({ quick }: { quick: boolean }): Promise<Figure[]> {
  const rounds = quick ? 10 : 40;
  // Each pair in a fresh process (see fresh-process.ts): within one process this ratio read
  // 1.3x in most runs and 1.55-1.76x in some, whole runs at a time.
  const pairs = Array.from({ length: quick ? 3 : 7 }, () => inFreshProcess<{ small: number; large: number }>(import.meta.url, [String(rounds)]));
  const scenario = 'who-read';
  return [
    { scenario, metric: 'backend page (100 members), 1,000-member group, median', value: median(pairs.map((p) => p.small)), unit: 'µs', budget: Infinity, kind: 'max', informational: true },
    { scenario, metric: 'backend page (100 members), 100,000-member group, median', value: median(pairs.map((p) => p.large)), unit: 'µs', budget: Infinity, kind: 'max', informational: true },
    { scenario, metric: `backend page time 100,000 ÷ 1,000 members (median of ${pairs.length} processes)`, value: median(pairs.map((p) => p.large / p.small)), unit: '×', budget: 1.5, kind: 'max' },
  ];
}

runAsChild(import.meta.url, ([rounds]) => pair(Number(rounds)));
