import { groupReceipt } from '../../test/support/builders';
import { ErrorCode } from './errors';
import { groupTotalError, isCount } from './receipt-bounds';

describe('receipt bounds', () => {
  it('counts are non-negative safe integers only', () => {
    expect([0, 1, 2 ** 53 - 1].every(isCount)).toBe(true);
    expect([-1, 1.5, NaN, Infinity, 2 ** 53, '3', null, undefined].some(isCount)).toBe(false);
  });

  it('rejects a total beyond the group, naming the numbers', () => {
    const error = groupTotalError(groupReceipt('m1', 3, 3), 5, 0);
    expect(error?.code).toBe(ErrorCode.MALFORMED_PAYLOAD);
    expect(error?.message).toMatch(/counts 6 members, but group "team" has 5/);
    expect(groupTotalError(groupReceipt('m1', 3, 2), 5, 0)).toBeUndefined();
  });

  it('keeps a total the message already had when the group shrank since it was sent', () => {
    expect(groupTotalError(groupReceipt('m1', 10, 9), 5, 19)).toBeUndefined();
    expect(groupTotalError(groupReceipt('m1', 10, 10), 5, 19)).toBeDefined();
  });
});
