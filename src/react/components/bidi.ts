// Embeddings, overrides, isolates and marks (LRE…RLO, LRI…PDI, LRM, RLM, ALM).
const BIDI_CONTROLS = /\p{Bidi_Control}/gu;

/**
 * Text as it may be shown beside the kit's own words: without bidi controls, which could
 * otherwise flip a name or a link so it reads as something else ("Read by 3", a fake file
 * extension). Names and links sit in their own `<bdi>`/element, so direction stays right.
 */
export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}
