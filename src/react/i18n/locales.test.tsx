import { render, screen } from '@testing-library/react';
import { groupReceipt } from '../../../test/support/builders';
import { MessageComposer } from '../components/MessageComposer';
import { ReadReceiptBadge } from '../components/ReadReceiptBadge';
import { en } from './en';
import { getFormat } from './format';
import { builtInStrings, LocaleProvider } from './LocaleProvider';
import type { Strings } from './types';
import { zhCN } from './zh-CN';
import { zhTW } from './zh-TW';

/** Every string of a locale as a user would read it, with sample counts filled in. */
function allText(strings: Strings, locale: string): string {
  const f = getFormat(locale);
  const sample: Record<number, unknown[]> = { 1: ['10:32'], 2: [3, f], 3: [3, 12, f] };
  return Object.values(strings)
    .map((value: unknown) => (typeof value === 'function' ? (value as (...args: unknown[]) => string)(...(sample[value.length] ?? [])) : value))
    .join('\n');
}

// Simplified forms used by the zh-CN strings whose Traditional forms differ (发/發, 读/讀, ...).
const SIMPLIFIED_ONLY = [...'关发员后复对录执无暂条没组线试请读败载输过还连闭离'];

describe('built-in locales', () => {
  it('shows a zh-TW reader Traditional Chinese, not Simplified (issue 18, finding 9)', () => {
    render(
      <LocaleProvider locale="zh-TW">
        <ReadReceiptBadge receipt={groupReceipt('m1', 3, 9)} />
        <MessageComposer onSend={() => {}} />
      </LocaleProvider>,
    );
    // Chinese readers get the unread style by default: "9 unread" in Traditional characters.
    expect(screen.getByText('9人未讀')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '傳送' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: '訊息' })).toBeInTheDocument();
  });

  it('writes every zh-TW string in Traditional characters', () => {
    const text = allText(zhTW, 'zh-TW');
    expect(SIMPLIFIED_ONLY.filter((char) => text.includes(char))).toEqual([]);
    // The check can fail: the Simplified strings use every one of those forms.
    const simplified = allText(zhCN, 'zh-CN');
    expect(SIMPLIFIED_ONLY.filter((char) => !simplified.includes(char))).toEqual([]);
  });

  it('translates every string of every built-in locale', () => {
    for (const strings of [builtInStrings('ko'), zhCN, zhTW]) {
      expect(Object.keys(strings).sort()).toEqual(Object.keys(en).sort());
    }
  });

  it.each(['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-Hant-CN', 'zh-hant-tw'])('picks Traditional for %s', (locale) => {
    expect(builtInStrings(locale)).toBe(zhTW);
  });

  it.each(['zh', 'zh-CN', 'zh-SG', 'zh-Hans', 'zh-Hans-HK'])('picks Simplified for %s', (locale) => {
    expect(builtInStrings(locale)).toBe(zhCN);
  });
});
