import { readFileSync } from 'node:fs';
import postcss, { type Rule } from 'postcss';
import { describe, expect, it } from 'vitest';

// The stylesheet ships as written. A rebase once left a rule unclosed: the browser read every
// later rule as nested inside it, and the touch hit areas silently stopped applying.
const css = readFileSync('src/react/styles.css', 'utf8');

describe('styles.css', () => {
  it('parses, with every block closed', () => {
    expect(() => postcss.parse(css, { from: 'src/react/styles.css' })).not.toThrow();
  });

  it('nests no rule inside another rule (the kit does not use CSS nesting), only inside at-rules', () => {
    const nested: string[] = [];
    postcss.parse(css).walkRules((rule: Rule) => {
      if (rule.parent?.type === 'rule') nested.push(`${(rule.parent as Rule).selector} > ${rule.selector}`);
    });
    expect(nested).toEqual([]);
  });

  it('catches the unclosed rule it guards against', () => {
    const broken = '.rrr-a::before { content: ""\n.rrr-b { color: red }';
    expect(() => postcss.parse(broken)).toThrow(/Unclosed block/);
  });
});
