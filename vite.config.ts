import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { headersFile, SECURITY_HEADERS } from './src/app/securityHeaders.ts';
// Importing the catalogue parses every file in data/ with the engine's schemas, and throws on the
// first invalid one: the build stops, and the built app takes the data as parsed here.
import { parsedShippedFile } from './src/data/catalog.ts';

/** Writes the security headers next to the built site, for hosts that read `_headers`. */
const securityHeadersFile = (): Plugin => ({
  name: 'security-headers-file',
  apply: 'build',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile() });
  },
});

/**
 * The built app's catalogue gets each data file as its schema parsed it (src/data/catalog.ts),
 * and without its notes on sources (`provenance`), most of the data's bytes (README, Method:
 * Speed). src/data/notes.svelte.ts loads the notes the app shows when it needs them, each
 * file's in a chunk of its own: a scenario's, the buyer groups' and the list of sources. The
 * tracks', reforms' and market model's notes are for the people who read the files; the app
 * never shows them. The population's counts keep theirs (the lab shows them).
 */
const SPLIT = '\0data-part:';
const DATA = fileURLToPath(new URL('./data', import.meta.url));
const notesApart = (): Plugin => ({
  name: 'notes-apart',
  apply: 'build',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    const part = /\/src\/data\/(market)?[cC]atalog\.ts$/.test(importer ?? '')
      ? 'numbers'
      : importer?.endsWith('/src/data/notes.svelte.ts')
        ? 'notes'
        : null;
    if (!part || !/\/data\/.*\.json$/.test(source)) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    // Ends in .js, not .json: Vite's JSON plugin would take it as a file of its own.
    return resolved && `${SPLIT}${part}:${resolved.id}.js`;
  },
  load(id) {
    if (!id.startsWith(SPLIT)) return null;
    const [part, ...rest] = id.slice(SPLIT.length, -'.js'.length).split(':');
    const path = rest.join(':');
    if (part === 'numbers') {
      const file = parsedShippedFile(relative(DATA, path)) as DataFile;
      const { groups } = file;
      // JSON leaves out a key whose value is undefined.
      const numbers = {
        ...file,
        provenance: undefined,
        groups: groups?.map((group) => ({ ...group, provenance: undefined })),
        // The list of sources is notes through and through (sources.json).
        sources: file.sources && [],
      };
      return `export default ${JSON.stringify(numbers)};`;
    }
    const { provenance, groups, sources } = JSON.parse(readFileSync(path, 'utf8')) as DataFile;
    // The same exports as the whole file's (Vite names a JSON file's top-level keys), cut down.
    const notes = groups?.map((g) => ({ id: g.id, provenance: g.provenance }));
    return `export const provenance = ${JSON.stringify(provenance)};
export const groups = ${JSON.stringify(notes)};
export const sources = ${JSON.stringify(sources)};`;
  },
});
/**
 * A data file as the notes see it: notes at the top, in each buyer group (markets.json), and the
 * list of sources (sources.json).
 */
interface DataFile {
  provenance?: unknown;
  groups?: { id: string; provenance?: unknown }[];
  sources?: unknown[];
  [key: string]: unknown;
}

/**
 * Leaves out the Chart.js scales the app never registers (src/kits/charts/registerChart.ts).
 * Two of them keep themselves in the bundle: a static field reads another module object's
 * property (TimeSeriesScale's `defaults = TimeScale.defaults`, RadialLinearScale's tick callback
 * `Ticks.formatters.numeric`), and a property read might run a getter, so the bundler keeps the
 * class, and TimeScale with the first. Read when asked instead, they are the same values and
 * the three classes drop out: 16 kB, 5.4 kB gzip (README, Method: Speed). A Chart.js whose text
 * changed fails the build here rather than ship them again unnoticed.
 */
const CHART_JS_LAZY_READS: readonly (readonly [string, string])[] = [
  ['static defaults = TimeScale.defaults;', 'static get defaults() { return TimeScale.defaults; }'],
  [
    'showLabelBackdrop: true,\n            callback: Ticks.formatters.numeric\n',
    'showLabelBackdrop: true,\n            callback (...args) { return Ticks.formatters.numeric.apply(this, args); }\n',
  ],
];
const chartJsUnusedScales = (): Plugin => ({
  name: 'chart-js-unused-scales',
  apply: 'build',
  transform(code, id) {
    if (!id.endsWith('/node_modules/chart.js/dist/chart.js')) return null;
    return CHART_JS_LAZY_READS.reduce((text, [read, lazy]) => {
      if (!text.includes(read)) throw new Error(`chart-js-unused-scales: "${read}" not found`);
      return text.replace(read, lazy);
    }, code);
  },
});

/**
 * Asks V8 to compile every function of each chunk while the chunk downloads, on a background
 * thread (Chrome's explicit compile hints: the magic comment on a file's first line). Otherwise
 * each function is compiled on the main thread when it is first called, inside the first load's
 * long task and each later turn's (README, Method: Speed). The workbook writer (about 1 MB, of
 * which a workbook uses a part) and the workers (off the main thread already) are left as they
 * are. Added once the bundle is written, so the minifier cannot drop it.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';
const compileHints = (): Plugin => ({
  name: 'compile-hints',
  apply: 'build',
  enforce: 'post',
  generateBundle: {
    // After Vite's own additions to a chunk's start (the preload map): the hint must be first.
    order: 'post',
    handler(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || /scenarioWorkbook|worker/.test(chunk.fileName)) continue;
        chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
      }
    },
  },
});

/**
 * Offline after one visit: a Workbox service worker (sw.js) that precaches the whole built app,
 * lazy chunks and workers included, and answers every navigation with index.html (a share link
 * carries its state in the hash, so the page is always the same one). It waits when a new
 * version arrives ('prompt'); the app registers it after its first figures and says when a new
 * version is ready (src/app/offline.ts). Nothing is injected into index.html, which keeps it free
 * of inline script.
 */
const offline = () =>
  VitePWA({
    registerType: 'prompt',
    // Workbox's production runtime whatever NODE_ENV says (vitest's build for the end-to-end
    // tests sets it to 'test'): the tests run the worker users get.
    mode: 'production',
    injectRegister: false,
    manifest: false,
    workbox: {
      globPatterns: ['**/*.{html,js,css}'],
      navigateFallback: 'index.html',
      // The first visit's page is served by the worker as soon as it is installed, so a screen
      // first opened after the network went away still loads.
      clientsClaim: true,
      // The Excel writer's chunk is about 1 MB: room for it to grow before a build fails on a
      // file the service worker would leave out.
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      cleanupOutdatedCaches: true,
    },
  });

export default defineConfig({
  plugins: [
    svelte(),
    securityHeadersFile(),
    notesApart(),
    chartJsUnusedScales(),
    compileHints(),
    offline(),
  ],
  // The dev server injects styles inline for hot reload, so only the preview (the built site)
  // runs under the policy.
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers: SECURITY_HEADERS },
  server: { host: '127.0.0.1', port: 5173 },
  // The workbook writer (exceljs, ~1 MB) is the one chunk above Vite's 500 kB warning: it loads
  // only when a workbook is asked for.
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1_100,
    rollupOptions: {
      onwarn(warning, warn) {
        // src/app/main.ts bundles the estimate with the app on purpose (README, Method: Speed);
        // its screen's dynamic import then finds it loaded.
        const estimate = /EstimateScreen\.svelte/.test(warning.message);
        if (warning.code === 'INEFFECTIVE_DYNAMIC_IMPORT' && estimate) return;
        warn(warning);
      },
      treeshake: {
        // The engine is pure (no I/O, nothing done on import) but for validate.ts, which sets
        // zod's messages. Said so, the bundler follows the engine barrel's re-exports to the
        // modules that are used, and puts each in the chunk of the screen that uses it, not all
        // in the first one (README, Method: Speed). Anything else: as the bundler decides.
        moduleSideEffects: (id) =>
          /\/src\/engine\//.test(id) && !id.endsWith('/validate.ts') ? false : undefined,
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.test.ts'],
          expect: { requireAssertions: true },
          // Property runs and the CLI's child processes take seconds on a busy 2-core machine.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        plugins: [svelteTesting()],
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['test/component/**/*.test.ts'],
          setupFiles: ['test/component/setup.ts'],
          expect: { requireAssertions: true },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          // A worker runs its files one after another without starting afresh for each:
          // Playwright, the engine and the data are imported once, not once a file (each file
          // still starts its own browser, and its harness closes everything it opened).
          isolate: false,
          expect: { requireAssertions: true },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
