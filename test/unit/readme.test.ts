/**
 * The project documents itself: every "README, Method: …" citation in the code and the tests
 * names a heading of the README's Method section, so a reader who follows one finds the formula.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|svelte)$/.test(name) ? [path] : [];
  });
}

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const method = readme.slice(readme.indexOf('## Method'), readme.indexOf('## Data and sources'));
/** "**Controls in scope** (the waterfall)", "**Results.**" → "Controls in scope", "Results". */
const headings = new Set([...method.matchAll(/^\*\*([^*]+?)\.?\*\*/gm)].map((m) => m[1]!.trim()));

/** Each cited name, with the file it is cited in; comment line breaks joined up. */
function citations(): { file: string; name: string }[] {
  const self = join(ROOT, 'test/unit/readme.test.ts');
  const sources = [join(ROOT, 'src'), join(ROOT, 'test')].flatMap(files);
  return sources
    .filter((file) => file !== self)
    .flatMap((file) => {
      const text = readFileSync(file, 'utf8').replace(/\s*\n\s*(\*|\/\/)\s*/g, ' ');
      return [...text.matchAll(/README, Method: ([^)]+)\)/g)].flatMap((m) =>
        // "Name: what it says", or "Name; Other name".
        m[1]!.split(';').map((cited) => ({
          file: file.slice(ROOT.length + 1),
          name: cited.split(':')[0]!.trim(),
        })),
      );
    });
}

describe('README, Method', () => {
  it('has the headings the code cites', () => {
    const cited = citations();
    expect(cited.length).toBeGreaterThan(30);
    expect(cited.filter(({ name }) => !headings.has(name))).toEqual([]);
  });
});
