import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import path from 'node:path';
import ts from 'typescript-eslint';

/**
 * The layering of src/, from the model outwards (README, "Where things live"): a folder may import
 * only the folders it lists. A screen may import its own folder, never another screen. A pure
 * builder (a `.ts` file, not a `.svelte.ts` one) imports no component.
 */
const MAY_IMPORT = {
  engine: ['engine'],
  data: ['engine', 'data'],
  kits: ['engine', 'data', 'kits'],
  screens: ['engine', 'data', 'kits'],
  app: ['engine', 'data', 'kits', 'screens', 'app'],
  cli: ['engine', 'data', 'kits', 'cli'],
};
const SRC = path.resolve('src');
/** 'screens/lab' for anything in a screen's folder, else the top folder under src/. */
function layerOf(file) {
  const [top, screen] = path.relative(SRC, file).split(path.sep);
  return top === 'screens' ? `screens/${screen}` : top;
}
const layers = {
  rules: {
    layers: {
      meta: { type: 'problem', schema: [] },
      create(context) {
        const file = context.filename;
        if (!file.startsWith(SRC + path.sep)) return {};
        const from = layerOf(file);
        // The frame's entry mounts the app; everywhere else a plain .ts file is pure.
        const pure = from !== 'app' && file.endsWith('.ts') && !file.endsWith('.svelte.ts');
        const check = (node) => {
          if (!node.source) return;
          const source = node.source.value;
          if (pure && source.endsWith('.svelte')) {
            context.report({ node, message: `a pure module imports no component (${source})` });
          }
          if (!source.startsWith('.')) return;
          const target = path.resolve(path.dirname(file), source);
          if (!target.startsWith(SRC + path.sep)) return;
          const to = layerOf(target);
          const allowed = to === from || MAY_IMPORT[from.split('/')[0]].includes(to.split('/')[0]);
          const otherScreen = from.startsWith('screens/') && to.startsWith('screens/');
          if (!allowed || (otherScreen && to !== from)) {
            context.report({ node, message: `src/${from} may not import src/${to} (${source})` });
          }
        };
        return {
          ImportDeclaration: check,
          ExportNamedDeclaration: check,
          ExportAllDeclaration: check,
        };
      },
    },
  },
};

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
    files: ['src/**/*.ts', 'src/**/*.svelte'],
    plugins: { local: layers },
    rules: { 'local/layers': 'error' },
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
