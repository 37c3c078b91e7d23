/**
 * The "source of the default" note: shipped notes and assumptions are shown in the UI language
 * (Japanese, or the English with the Japanese as fallback); a plain string as it is.
 */
import { cleanup, render } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { Provenance } from '../../src/engine/index.ts';
import { locale } from '../../src/kits/i18n/locale.svelte.ts';
import { wordsOf } from '../../src/kits/i18n/catalogue.ts';
import FieldSource from '../../src/kits/inputs/FieldSource.svelte';
import { INPUT_MESSAGES } from '../../src/kits/inputs/messages.ts';

/** The note's text once its fold is opened, as a reader opens it. */
function shown(provenance: Provenance, lang: 'ja' | 'en', open = true): string {
  locale.set(lang);
  const { container } = render(FieldSource, { provenance });
  if (open) {
    const details = container.querySelector('details')!;
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    flushSync();
  }
  const text = container.textContent ?? '';
  cleanup();
  return text;
}

afterEach(() => locale.set('ja'));

describe('FieldSource', () => {
  const note: Provenance = {
    source: 'wg4-2024-12-09',
    note: { ja: '議事録 141行目、グラファー 石井氏', en: 'minutes l.141, Graffer 石井' },
  };
  const assumption: Provenance = {
    assumption: { ja: '出典なし', en: 'no source' },
    basedOn: ['wg4-2024-12-09'],
  };

  it('shows a source’s note in the UI language', () => {
    expect(shown(note, 'ja')).toContain('議事録 141行目、グラファー 石井氏');
    expect(shown(note, 'ja')).not.toContain('minutes l.141');
    expect(shown(note, 'en')).toContain('minutes l.141, Graffer 石井');
    expect(shown(note, 'en')).not.toContain('議事録 141行目');
  });

  it('shows an assumption in the UI language', () => {
    expect(shown(assumption, 'ja')).toContain('仮定: 出典なし');
    expect(shown(assumption, 'en')).toContain('Assumption: no source');
  });

  it('falls back to the Japanese when there is no English', () => {
    expect(shown({ assumption: { ja: '出典なし' } }, 'en')).toContain('Assumption: 出典なし');
  });

  it('writes the note out only once opened: closed, it is its summary alone', () => {
    expect(shown(note, 'ja', false).trim()).toBe(wordsOf(INPUT_MESSAGES, 'ja')('source'));
    expect(shown(note, 'ja')).toContain('議事録 141行目');
  });

  it('shows a plain string as it is in either language', () => {
    const mine: Provenance = { assumption: 'my own estimate' };
    expect(shown(mine, 'ja')).toContain('my own estimate');
    expect(shown(mine, 'en')).toContain('my own estimate');
    const plainNote: Provenance = { source: 'wg4-2024-12-09', note: 'hearing' };
    expect(shown(plainNote, 'en')).toContain('hearing');
  });
});
