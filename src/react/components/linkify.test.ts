import { describe, expect, it } from 'vitest';
import { linkify } from './linkify';
import { safeImageURL } from './safe-url';

describe('linkify', () => {
  it('finds http, https and mailto links, case-insensitively', () => {
    const parts = linkify('see HTTPS://Example.com/a, mail MailTo:a@b.co or http://x.io.');
    expect(parts.filter((p) => p.kind === 'link').map((p) => p.text)).toEqual([
      'HTTPS://Example.com/a',
      'MailTo:a@b.co',
      'http://x.io',
    ]);
    expect(parts.map((p) => p.text).join('')).toBe('see HTTPS://Example.com/a, mail MailTo:a@b.co or http://x.io.');
  });

  it('rejects every other scheme', () => {
    for (const text of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<b>x</b>', 'ftp://x.io', 'vbscript:x']) {
      expect(linkify(text)).toEqual([{ kind: 'text', text }]);
    }
  });

  it('keeps a balanced closing parenthesis and drops sentence punctuation', () => {
    const parts = linkify('(see https://en.wikipedia.org/wiki/Foo_(bar)).');
    expect(parts[1]).toMatchObject({ kind: 'link', text: 'https://en.wikipedia.org/wiki/Foo_(bar)' });
  });

  it('does not start a link inside a word', () => {
    expect(linkify('xhttp://a.b')).toEqual([{ kind: 'text', text: 'xhttp://a.b' }]);
  });
});

describe('safeImageURL', () => {
  it.each([
    ['https://cdn.example.com/a.png', 'https://cdn.example.com/a.png'],
    ['http://x.io/a.jpg', 'http://x.io/a.jpg'],
    ['data:image/png;base64,iVBOR', 'data:image/png;base64,iVBOR'],
    ['DATA:IMAGE/WEBP;base64,AA', 'DATA:IMAGE/WEBP;base64,AA'],
    ['javascript:alert(1)', undefined],
    ['data:text/html,<script>', undefined],
    ['data:image/svg+xml,<svg onload=alert(1)>', undefined],
    ['//evil.example/a.png', undefined],
    ['', undefined],
  ])('%s → %s', (input, expected) => {
    expect(safeImageURL(input)).toBe(expected);
  });
});
