// @vitest-environment node
import { readFileSync } from 'node:fs';

// Issue 18, findings 4 and 7: no install line, no list of the theme variables, no word on
// locales, errors, conversation IDs, server rendering or customising.
const readme = readFileSync('README.md', 'utf8');
const css = readFileSync('src/react/styles.css', 'utf8');
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
  peerDependencies: Record<string, string>;
  peerDependenciesMeta: Record<string, { optional?: boolean }>;
};

/** `--rrr-name` → its default, from one theme rule of the stylesheet. */
function defaults(rule: string): Map<string, string> {
  return new Map([...rule.matchAll(/--_rrr-([a-z-]+): var\(--rrr-\1, (.+)\);/g)].map(([, name, value]) => [`--rrr-${name}`, value!]));
}
const light = defaults(css.slice(0, css.indexOf(":where([data-theme='dark'])")));
const dark = defaults(css.slice(css.indexOf(":where([data-theme='dark'])"), css.indexOf('@media (prefers-color-scheme: dark)')));

describe('README', () => {
  it('lists every --rrr-* property the stylesheet reads, with its light and dark defaults', () => {
    const read = new Set([...css.matchAll(/var\((--rrr-[a-z-]+)/g)].map(([, name]) => name!));
    expect(read.size).toBeGreaterThanOrEqual(16);
    for (const name of read) {
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${name}\` |`));
      expect(row, `${name} has a row in the Theming table`).toBeDefined();
      const [, , lightCell, darkCell] = row!.split('|').map((cell) => cell.trim());
      expect(lightCell, name).toBe(`\`${light.get(name)}\``);
      const darkValue = dark.get(name) ?? light.get(name);
      expect([`\`${darkValue}\``, ...(darkValue === light.get(name) ? ['same'] : [])], name).toContain(darkCell);
    }
  });

  it('has an install line with every required peer dependency', () => {
    const line = readme.split('\n').find((l) => l.startsWith('npm install react-read-receipts'));
    expect(line).toBeDefined();
    const required = Object.keys(manifest.peerDependencies).filter((name) => !manifest.peerDependenciesMeta[name]?.optional);
    expect(required.filter((name) => !line!.split(' ').includes(name))).toEqual([]);
  });

  it.each(['Theming', 'Locales', 'Errors', 'Conversation IDs', 'SSR and Next.js', 'Customising'])('has a %s section', (title) => {
    expect(readme).toMatch(new RegExp(`^## ${title}$`, 'm'));
  });

  it('names every built-in locale, zh-TW as Traditional Chinese', () => {
    const section = readme.slice(readme.indexOf('## Locales'), readme.indexOf('## SSR and Next.js'));
    for (const locale of ['`en`', '`ko`', '`zh-CN`', '`zh-TW`']) expect(section).toContain(locale);
    expect(section).toMatch(/Traditional Chinese\s+\(`zh-TW`/);
  });

  it('documents the error banner and onError, and the two fresh-machine commands', () => {
    const section = readme.slice(readme.indexOf('## Errors'), readme.indexOf('## Customising'));
    expect(section).toMatch(/banner/);
    expect(section).toMatch(/onError/);
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm ci && npm test');
  });
});
