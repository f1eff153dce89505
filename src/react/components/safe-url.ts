// Raster data URLs only: SVG can carry script, text/html is a page.
const DATA_IMAGE = /^data:image\/(?:png|jpeg|gif|webp)[;,]/i;
const LINK_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);

function parse(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** The avatar URL if it is http(s) or a raster data:image, else undefined. */
export function safeImageURL(value: string | undefined | null): string | undefined {
  if (typeof value !== 'string') return undefined;
  const url = value.trim();
  if (DATA_IMAGE.test(url)) return url;
  const parsed = parse(url);
  return parsed && (parsed.protocol === 'http:' || parsed.protocol === 'https:') ? parsed.href : undefined;
}

/** The link target if it is http(s) or mailto, else undefined. */
export function safeLinkURL(value: string): string | undefined {
  const parsed = parse(value);
  return parsed && LINK_PROTOCOLS.has(parsed.protocol) ? parsed.href : undefined;
}
