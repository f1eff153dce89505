/**
 * The most text one message carries, as Tencent Cloud Chat caps a message: 12 KB of UTF-8.
 * The store shortens longer text it receives (and says so) rather than lay out megabytes.
 */
export const MAX_MESSAGE_TEXT_BYTES = 12 * 1024;

/** UTF-8 length of `text`, counted without encoding it. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

let segmenter: Intl.Segmenter | undefined;

/**
 * `text` cut to at most `maxBytes` of UTF-8, at a grapheme boundary (an emoji or a letter with
 * its accents is kept whole or left out whole), or `text` itself when it fits.
 */
export function truncateText(text: string, maxBytes: number): string {
  // Three bytes at most per UTF-16 unit: most messages need no counting at all.
  if (text.length * 3 <= maxBytes || utf8Bytes(text) <= maxBytes) return text;
  // Every unit is at least a byte, so what fits lies in the first maxBytes units; the one
  // after them tells whether the last grapheme of that window was cut.
  const window = text.slice(0, maxBytes + 1);
  const graphemes =
    typeof Intl.Segmenter === 'function'
      ? (segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })).segment(window)
      : Array.from(window, (segment) => ({ segment }));
  let end = 0;
  let bytes = 0;
  for (const { segment } of graphemes) {
    const size = utf8Bytes(segment);
    if (bytes + size > maxBytes || end + segment.length >= window.length) break;
    bytes += size;
    end += segment.length;
  }
  return text.slice(0, end);
}
