/**
 * Every rule the engine or the persistence layer can report has words in both languages, so a
 * person never reads the schema's internal message ("… (low 0.275) must be ≤ … (0.09)").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INPUT_MESSAGES } from '../../../../src/kits/inputs/messages.ts';

const SRC = join(import.meta.dirname, '../../../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|svelte)$/.test(entry.name) ? [path] : [];
  });
}

/** The rule ids written in the code: `rule: 'x'` and the rule argument of the order checks. */
const rules = new Set(
  sourceFiles(SRC).flatMap((file) =>
    [
      ...readFileSync(file, 'utf8').matchAll(
        /rule: '([a-z-]+)'|'([a-z]+(?:-[a-z]+)*-above-[a-z-]+)'/g,
      ),
    ].map((m) => (m[1] ?? m[2])!),
  ),
);

describe('rule messages', () => {
  it('finds the rules it checks', () => {
    expect([...rules]).toEqual(
      expect.arrayContaining(['low-above-mode', 'iso-above-listing', 'without-above-with']),
    );
  });

  it.each([...rules])('"%s" has words in Japanese and English', (rule) => {
    const key = `rule.${rule}`;
    expect(INPUT_MESSAGES.ja).toHaveProperty([key]);
    expect(INPUT_MESSAGES.en).toHaveProperty([key]);
  });
});
