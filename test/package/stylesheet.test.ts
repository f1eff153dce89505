// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { installedPackageForFile } from './build-dist';

const installed = installedPackageForFile();

/** The rules alone: no comments, no white space, one quote style, no last semicolons. */
const rules = (css: string) =>
  css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/=(['"])([\w-]+)\1\]/g, '=$2]')
    .replace(/'/g, '"')
    .replace(/\s+/g, '')
    .replace(/;}/g, '}');

// The browser tests, stories and the demo style the kit with src/react/styles.css; apps get
// dist/styles.css. What ships is the source without comments and white space, nothing else.
describe('dist/styles.css', () => {
  it('holds exactly the rules of src/react/styles.css, in order', () => {
    const shipped = readFileSync(join(installed.packageDir, 'dist/styles.css'), 'utf8');
    const source = readFileSync('src/react/styles.css', 'utf8');
    expect(rules(shipped)).toBe(rules(source));
    expect(shipped.length).toBeLessThan(source.length * 0.8);
    expect(shipped).not.toContain('/*');
  });
});
