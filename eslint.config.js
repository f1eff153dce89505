import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'dist-demo', 'storybook-static', 'node_modules', 'coverage', 'test-results', 'bench/results', 'examples/*/{node_modules,dist,.next}', 'examples/*/next-env.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportAllDeclaration', message: 'Name what you export: no export * in the public API.' },
      ],
    },
  },
  {
    // The core is framework-free, like zustand/vanilla and query-core.
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react/*', 'react-dom', 'react-dom/*', '@tanstack/react-*'], message: 'src/core must not import React.' },
            { group: ['**/react/**', '../react', '../mock', '../mock/**'], message: 'src/core imports nothing above it.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/mock/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['react', 'react/*', 'react-dom', '../react', '../react/**'], message: 'src/mock is framework-free.' }] },
      ],
    },
  },
);
