import { describe, expect, it } from 'vitest';
import { buildMembers } from '../../test/support/builders';
import { newestReadersFirst } from './member-order';

describe('newestReadersFirst', () => {
  it('puts the latest reader on top', () => {
    const members = buildMembers(4);
    expect(newestReadersFirst(members).map((m) => m.profile.userID)).toEqual(
      [...members].reverse().map((m) => m.profile.userID),
    );
  });

  it('keeps members without a read time in their order, after those with one', () => {
    const [a, b, c] = buildMembers(3);
    const noTime = buildMembers(2, 50, false);
    const list = [noTime[0]!, a!, noTime[1]!, c!, b!];
    expect(newestReadersFirst(list).map((m) => m.profile.userID)).toEqual(
      [c, b, a, noTime[0], noTime[1]].map((m) => m!.profile.userID),
    );
  });

  it('returns the same array when it is already in order', () => {
    const members = buildMembers(3).reverse();
    expect(newestReadersFirst(members)).toBe(members);
  });
});
