import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

export default ts.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'test/artifacts/'] },
  js.configs.recommended,
  ...ts.configs.strict,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Dates and URLs here are made and read, never mutated; reactive state lives in $state.
      'svelte/prefer-svelte-reactivity': 'off',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser } },
  },
  {
    // The engine stays pure: no UI, no DOM, no I/O.
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'localStorage',
          'sessionStorage',
          'fetch',
          'navigator',
          'process',
        ],
      ],
      'no-restricted-imports': [
        'error',
        { patterns: ['svelte', 'svelte/*', 'chart.js', 'chart.js/*', 'node:*', '../*'] },
      ],
    },
  },
  {
    // compute.ts is the zod-free entry the workers bundle: only the schemas and parsing may
    // load zod, and the rest of the engine may take only their types.
    files: ['src/engine/**/*.ts'],
    ignores: ['src/engine/schema.ts', 'src/engine/validate.ts', 'src/engine/index.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['zod', './schema.ts', './validate.ts', './index.ts'],
              allowTypeImports: true,
              message: 'Only types from here: compute.ts and what it reaches must stay zod-free.',
            },
          ],
        },
      ],
    },
  },
  {
    // The app and the CLI see the engine through its two entries only.
    files: ['src/**/*.ts', 'src/**/*.svelte'],
    ignores: ['src/engine/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/engine/*', '!**/engine/index.ts', '!**/engine/compute.ts'],
              message: 'Import the engine through index.ts, or compute.ts in worker code.',
            },
          ],
        },
      ],
    },
  },
);
