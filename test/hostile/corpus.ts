/**
 * Attack strings for hostile-input tests. Every payload that could run code sets the sentinel
 * `window.__pwned` (or calls `__pwn()`, which sets it); a test fails if it is ever set.
 */

export interface Attack {
  name: string;
  value: string;
  /** Could run script if it reached the DOM as markup, an attribute or a URL. */
  runsCode: boolean;
}

declare global {
  interface Window {
    __pwned?: number;
    __pwn?: () => void;
  }
}

const P = 'window.__pwned=1';
const MB = 1 << 20;
const b64 = (text: string): string => btoa(text);

const markup: Attack[] = [
  { name: 'script tag', value: `<script>${P}</script>`, runsCode: true },
  { name: 'img onerror', value: `<img src=x onerror="${P}">`, runsCode: true },
  { name: 'img onerror unquoted', value: `<img src=x onerror=${P}>`, runsCode: true },
  { name: 'svg onload', value: `<svg onload="${P}">`, runsCode: true },
  { name: 'svg slash onload', value: `<svg/onload=${P}>`, runsCode: true },
  { name: 'svg with script', value: `<svg><script>${P}</script></svg>`, runsCode: true },
  { name: 'attribute breakout', value: `"><img src=x onerror=${P}>`, runsCode: true },
  { name: 'single-quote breakout', value: `'><svg/onload=${P}>`, runsCode: true },
  { name: 'iframe javascript src', value: `<iframe src="javascript:${P}"></iframe>`, runsCode: true },
  { name: 'anchor javascript href', value: `<a href="javascript:${P}">click me</a>`, runsCode: true },
  { name: 'body onload', value: `<body onload=${P}>`, runsCode: true },
  { name: 'details ontoggle', value: `<details open ontoggle=${P}>`, runsCode: true },
  { name: 'input autofocus onfocus', value: `<input autofocus onfocus=${P}>`, runsCode: true },
  { name: 'mutation XSS (math/style)', value: `<math><mtext><table><mglyph><style><img src=x onerror=${P}>`, runsCode: true },
  { name: 'object data:text/html', value: `<object data="data:text/html,<script>parent.__pwned=1</script>">`, runsCode: true },
  { name: 'closing bdi then script', value: `</bdi></p><script>${P}</script>`, runsCode: true },
  { name: 'template injection', value: `{{constructor.constructor('${P}')()}}`, runsCode: true },
  { name: 'template literal', value: '${' + P + '}', runsCode: true },
  { name: 'HTML comment and CDATA', value: `<!--<img src="--><img src=x onerror=${P}//">]]>`, runsCode: true },
];

const urls: Attack[] = [
  { name: 'javascript: URL', value: `javascript:${P}`, runsCode: true },
  { name: 'mixed-case javascript:', value: `JaVaScRiPt:${P}`, runsCode: true },
  { name: 'leading space javascript:', value: ` javascript:${P}`, runsCode: true },
  { name: 'javascript: split by tab', value: `java\tscript:${P}`, runsCode: true },
  { name: 'javascript: split by newline', value: `java\nscript:${P}`, runsCode: true },
  { name: 'javascript: split by CR', value: `java\rscript:${P}`, runsCode: true },
  { name: 'javascript: with tab entity', value: `java&#x09;script:${P}`, runsCode: true },
  { name: 'javascript: with decimal entity', value: `&#106;avascript:${P}`, runsCode: true },
  { name: 'javascript&colon;', value: `javascript&colon;${P}`, runsCode: true },
  { name: 'javascript: after NUL', value: `\u0000javascript:${P}`, runsCode: true },
  { name: 'javascript: after BOM', value: `\uFEFFjavascript:${P}`, runsCode: true },
  { name: 'javascript: after control chars', value: `\u0001\u001Fjavascript:${P}`, runsCode: true },
  { name: 'javascript: split by zero-width space', value: `jav\u200Bascript:${P}`, runsCode: true },
  { name: 'javascript: disguised as a URL', value: `javascript://https://example.com/%0A${P}`, runsCode: true },
  { name: 'javascript: in running text', value: `see https://ok.example and javascript:${P} now`, runsCode: true },
  { name: 'data:text/html', value: `data:text/html,<script>${P}</script>`, runsCode: true },
  { name: 'DATA:text/html base64', value: `DATA:text/html;base64,${b64(`<script>${P}</script>`)}`, runsCode: true },
  { name: 'data: split by newline', value: `da\nta:text/html,<script>${P}</script>`, runsCode: true },
  { name: 'data:image/svg+xml', value: `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="${P}"/>`, runsCode: true },
  { name: 'data:image/svg+xml base64', value: `data:image/svg+xml;base64,${b64(`<svg xmlns="http://www.w3.org/2000/svg" onload="${P}"/>`)}`, runsCode: true },
  { name: 'vbscript:', value: 'vbscript:msgbox("pwned")', runsCode: true },
  { name: 'mixed-case VbScRiPt:', value: 'VbScRiPt:msgbox("pwned")', runsCode: true },
  { name: 'vbscript: split by tab', value: 'vb\tscript:msgbox("pwned")', runsCode: true },
  { name: 'http URL breaking out of an attribute', value: `https://example.com/"onmouseover="${P}`, runsCode: true },
  { name: 'http URL with markup', value: `http://evil.example/<script>${P}</script>`, runsCode: true },
  { name: 'raster data URL breaking out', value: `data:image/png;base64,iVBOR"onerror="${P}`, runsCode: true },
  { name: 'mailto with markup', value: `mailto:a@b.example?body=<script>${P}</script>`, runsCode: true },
  { name: 'protocol-relative URL', value: '//evil.example/pixel.png', runsCode: false },
  { name: 'file URL', value: 'file:///etc/passwd', runsCode: false },
  { name: 'blob URL', value: 'blob:https://example.com/0b1c2d3e', runsCode: false },
  { name: 'filesystem URL', value: 'filesystem:https://example.com/temporary/x', runsCode: false },
];

const unicode: Attack[] = [
  { name: 'bidi override (RLO)', value: '\u202Egnp.exe', runsCode: false },
  { name: 'bidi override around a URL', value: '\u2066\u202Ehttps://evil.example\u202C\u2069 safe', runsCode: false },
  { name: 'bidi override in a domain', value: 'https://exa\u202Emple.com/', runsCode: false },
  { name: 'zero-width characters', value: 'ad\u200Bmin\u200C\u200D\u2060', runsCode: false },
  { name: 'only zero-width characters', value: '\u200B\u200B\u200B', runsCode: false },
  { name: 'only whitespace and BOM', value: ' \t\uFEFF ', runsCode: false },
  { name: 'unpaired surrogates', value: '\uD800x\uDC00', runsCode: false },
  { name: 'combining mark bomb', value: `Z${'\u0336\u0337'.repeat(500)}`, runsCode: false },
  { name: 'homoglyph ID', value: 'аdmin', runsCode: false },
];

const huge: Attack[] = [
  { name: '1 MB of letters', value: 'A'.repeat(MB), runsCode: false },
  { name: '1 MB of script tags', value: `<script>${P}</script>`.repeat(Math.ceil(MB / 30)).slice(0, MB), runsCode: true },
  { name: '1 MB URL', value: `https://example.com/${'a'.repeat(MB)}`, runsCode: false },
  { name: '1 MB of javascript: URLs', value: `javascript:${P};`.repeat(Math.ceil(MB / 25)).slice(0, MB), runsCode: true },
  { name: 'long name without spaces', value: `Maximilian${'x'.repeat(300)}`, runsCode: false },
];

const keys: Attack[] = [
  { name: '__proto__', value: '__proto__', runsCode: false },
  { name: 'constructor', value: 'constructor', runsCode: false },
  { name: 'prototype', value: 'prototype', runsCode: false },
  { name: 'toString', value: 'toString', runsCode: false },
  { name: 'hasOwnProperty', value: 'hasOwnProperty', runsCode: false },
];

export const corpus: readonly Attack[] = [...markup, ...urls, ...unicode, ...huge, ...keys];

/** IDs that name Object.prototype members: they must behave as plain data. */
export const prototypeKeys: readonly string[] = keys.map((k) => k.value).concat(['__defineGetter__', 'valueOf', 'polluted']);

/** Only these may become link targets. */
export const LINK_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);
/** Only these may become image sources (plus raster data:image). */
export const IMAGE_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:']);
export const RASTER_DATA_IMAGE = /^data:image\/(?:png|jpeg|gif|webp)[;,]/i;
