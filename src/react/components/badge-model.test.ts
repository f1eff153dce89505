import { describe, expect, it } from 'vitest';
import { statusGlyph } from './badge-model';

describe('statusGlyph: one icon per status', () => {
  it.each([
    ['sending', undefined, false, 'clock'],
    ['failed', 'group', false, 'alert'],
    ['sent', undefined, false, 'check'],
    ['sent', 'c2c', true, 'check'],
    ['sent', 'group', false, 'check'],
    ['sent', 'group', true, 'ring'],
    ['partial', 'group', false, 'ring'],
    ['read', 'group', false, 'check-filled'],
    ['read', 'group', true, 'check-filled'],
    ['read', 'c2c', false, 'check-read'],
  ] as const)('%s (%s, ring asked: %s) shows %s', (status, kind, showProgress, glyph) => {
    expect(statusGlyph(status, kind, showProgress)).toBe(glyph);
  });

  it('gives partly read and read by all different icons', () => {
    expect(statusGlyph('partial', 'group')).not.toBe(statusGlyph('read', 'group'));
  });
});
