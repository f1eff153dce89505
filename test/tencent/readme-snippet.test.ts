// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The first ```ts block of the README's "Use with Tencent Cloud Chat" section, as written. */
function tencentSnippet(): string {
  const readme = readFileSync(`${root}README.md`, 'utf8');
  const section = readme.slice(readme.indexOf('## Use with Tencent Cloud Chat'));
  const match = /```ts\n([\s\S]*?)```/.exec(section);
  if (!match?.[1]) throw new Error('README: no ts block in "Use with Tencent Cloud Chat"');
  return match[1];
}

/**
 * Type-checks the snippet the way an app in strict mode would: the only lines added declare the
 * values the snippet leaves to the app, and the kit's entry resolves to its source.
 */
function diagnosticsOf(snippet: string): string[] {
  const file = `${root}readme-tencent-snippet.ts`;
  const source = `declare const SDKAppID: number;\ndeclare const userID: string;\ndeclare const userSig: string;\n${snippet}`;
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    skipLibCheck: true,
    types: [],
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
    baseUrl: root,
    paths: { 'react-read-receipts/tencent': ['src/tencent/index.ts'] },
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version, ...rest) =>
    name === file ? ts.createSourceFile(name, source, version) : getSourceFile(name, version, ...rest);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => name === file || fileExists(name);
  const program = ts.createProgram([file], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file?.fileName === file)
    .map((d) => `TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}

// Regression: issue 14, finding 8 (TS2353 for `modules`, TS7016 for the untyped group module).
describe('README: the Tencent snippet', () => {
  it('compiles under strict exactly as written', () => {
    expect(diagnosticsOf(tencentSnippet())).toEqual([]);
  }, 30_000);

  it('is checked for real: a wrong option is caught', () => {
    const broken = tencentSnippet().replace("receiptGroupTypes: ['Work', 'Public', 'Meeting']", "receiptGroupTypes: ['Work', 'Pub']");
    expect(diagnosticsOf(broken)).toEqual([expect.stringMatching(/^TS2322: /)]);
  }, 30_000);
});
