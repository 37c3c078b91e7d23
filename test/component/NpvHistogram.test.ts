/** The NPV histogram keeps the last result, marked as updating, while the next one is computed. */
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { shippedScenario } from '../../src/data/catalog.ts';
import { monteCarlo } from '../../src/engine/index.ts';
import NpvHistogram from '../../src/screens/estimate/charts/NpvHistogram.svelte';

const result = monteCarlo(shippedScenario('graffer-actual'), { samples: 200, seed: 1 });

describe('NpvHistogram', () => {
  it('shows a placeholder before the first result', () => {
    render(NpvHistogram, { monteCarlo: null });
    expect(document.querySelector('.placeholder')).not.toBeNull();
  });

  it('keeps the last result on screen while the next one is computed', async () => {
    const { container, rerender } = render(NpvHistogram, { monteCarlo: result });
    const shown = container.textContent;
    expect(container.querySelector('figure')?.getAttribute('aria-busy')).toBe('false');
    await rerender({ monteCarlo: null });
    // The same chart, marked busy: no placeholder in its place.
    expect(container.querySelector('.placeholder')).toBeNull();
    expect(container.querySelector('figure')?.getAttribute('aria-busy')).toBe('true');
    expect(screen.getAllByRole('status').some((s) => s.textContent !== '')).toBe(true);
    await rerender({ monteCarlo: result });
    expect(container.textContent).toBe(shown);
  });
});
