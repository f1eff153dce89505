// Raster data URLs only: SVG can carry script, text/html is a page.
const DATA_IMAGE = /^data:image\/(?:png|jpeg|gif|webp)[;,]/i;
const LINK_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);

let parses = 0;

function parse(value: string): URL | null {
  parses += 1;
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** URLs parsed so far: lets tests pin that re-rendering an avatar does not parse again. */
export function urlParseCount(): number {
  return parses;
}

// Every bubble re-render (a receipt storm re-renders dozens per frame) asks for the same few
// avatar URLs; parsing one costs microseconds and garbage. Bounded: cleared when full.
const IMAGE_CACHE_LIMIT = 1_000;
const imageCache = new Map<string, string | undefined>();

/** The avatar URL if it is http(s) or a raster data:image, else undefined. */
export function safeImageURL(value: string | undefined | null): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (imageCache.has(value)) return imageCache.get(value);
  const url = value.trim();
  let safe: string | undefined;
  if (DATA_IMAGE.test(url)) {
    safe = url;
  } else {
    const parsed = parse(url);
    safe = parsed && (parsed.protocol === 'http:' || parsed.protocol === 'https:') ? parsed.href : undefined;
  }
  if (imageCache.size >= IMAGE_CACHE_LIMIT) imageCache.clear();
  imageCache.set(value, safe);
  return safe;
}

/** The link target if it is http(s) or mailto, else undefined. */
export function safeLinkURL(value: string): string | undefined {
  const parsed = parse(value);
  return parsed && LINK_PROTOCOLS.has(parsed.protocol) ? parsed.href : undefined;
}
