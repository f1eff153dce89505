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

  it('shows the real host of a look-alike: its ASCII form where the written one is not ASCII', () => {
    const [link] = linkify('https://\u0430pple.com/login');
    expect(link).toMatchObject({ kind: 'link', text: 'https://\u0430pple.com/login', label: 'https://xn--pple-43d.com/login' });
    expect(link?.kind === 'link' && new URL(link.href).hostname).toBe('xn--pple-43d.com');
    expect(linkify('mailto:ceo@\u0430pple.com')[0]).toMatchObject({ label: 'mailto:ceo@xn--pple-43d.com' });
    expect(linkify('mailto:ceo@\u0430pple.com?subject=hi')[0]).toMatchObject({ label: 'mailto:ceo@xn--pple-43d.com?subject=hi' });
    expect(linkify('mailto:a@b.example?body=x@y')[0]).toMatchObject({ label: 'mailto:a@b.example?body=x@y' });
  });

  it('shows where a link with a user name goes, not the user name', () => {
    expect(linkify('https://apple.com@evil.example/x')[0]).toMatchObject({ label: 'https://evil.example/x' });
  });

  it('drops bidi controls from what a link shows', () => {
    const [link] = linkify('https://example.com/\u202Efdp.exe');
    expect(link).toMatchObject({ label: 'https://example.com/fdp.exe' });
  });

  it('keeps an ordinary link exactly as written', () => {
    expect(linkify('HTTPS://Example.com/A?b=1#c')[0]).toMatchObject({ text: 'HTTPS://Example.com/A?b=1#c', label: 'HTTPS://Example.com/A?b=1#c' });
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
