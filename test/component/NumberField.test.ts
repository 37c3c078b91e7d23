/**
 * The number field: what people type is kept while it does not read as a number, the stored
 * value changes only when it does, and ranges and "none" switch cleanly.
 */
import { fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NumberFieldSpec as NumberSpec } from '../../src/kits/inputs/fields.ts';
import NumberField from '../../src/kits/inputs/NumberField.svelte';
import { typingPause } from '../../src/kits/inputs/typingPause.svelte.ts';

// The pause is shared by the whole form; a test that typed must not hold the next one's messages.
afterEach(() => typingPause.settle());

const yenSpec: NumberSpec = {
  kind: 'number',
  key: 'fixedFeeYen',
  unit: 'yenPerYear',
  rangeable: true,
  min: 0,
  max: 1e13,
  integer: false,
};
const shareSpec: NumberSpec = {
  kind: 'number',
  key: 'requiredShare',
  unit: 'share',
  rangeable: true,
  min: 0,
  max: 1,
  integer: false,
};
const capSpec: NumberSpec = {
  kind: 'number',
  key: 'cap',
  unit: 'controls',
  rangeable: false,
  min: 0,
  max: 100_000,
  integer: false,
  nullable: true,
  whenSet: 500,
};

function field(
  spec: NumberSpec,
  value: number | { low: number; mode: number; high: number } | null,
) {
  const onchange = vi.fn();
  const result = render(NumberField, {
    id: 'f',
    label: 'Fee',
    spec,
    value,
    errors: [],
    provenance: { assumption: 'a reason' },
    onchange,
  });
  return { ...result, onchange };
}

describe('NumberField', () => {
  it('reads yen the way people type them and reports the stored value', async () => {
    const { onchange } = field(yenSpec, 15_000_000);
    const input = screen.getByLabelText(/Fee/);
    expect((input as HTMLInputElement).value).toBe('15,000,000');
    await fireEvent.input(input, { target: { value: '3,500万' } });
    expect(onchange).toHaveBeenLastCalledWith(35_000_000);
  });

  it('keeps unreadable text, says so at the field once the focus leaves, and changes nothing', async () => {
    const { onchange } = field(yenSpec, 15_000_000);
    const input = screen.getByLabelText(/Fee/) as HTMLInputElement;
    await fireEvent.input(input, { target: { value: '15x' } });
    expect(onchange).not.toHaveBeenCalled();
    expect(input.value).toBe('15x');
    // Still typing: no complaint yet.
    expect(screen.queryByRole('alert')).toBeNull();
    await fireEvent.focusOut(input);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).not.toBe('');
    expect(input.getAttribute('aria-describedby')).toBe('f-error');
  });

  it('holds a complaint while the value is being typed and shows it once typing pauses', async () => {
    vi.useFakeTimers();
    try {
      const { rerender } = field(yenSpec, { low: 10, mode: 20, high: 30 });
      const low = document.getElementById('f-low') as HTMLInputElement;
      await fireEvent.input(low, { target: { value: '2' } }); // on the way to "25"? or to "2"?
      await rerender({ errors: ['the low must not exceed the likely value'] });
      expect(screen.queryByRole('alert')).toBeNull();
      expect(low.getAttribute('aria-invalid')).toBe('false');
      await vi.advanceTimersByTimeAsync(1200);
      expect(screen.getByRole('alert').textContent).toBe(
        'the low must not exceed the likely value',
      );
      expect(low.getAttribute('aria-invalid')).toBe('true');
    } finally {
      vi.useRealTimers();
    }
  });

  it('holds a complaint a rule puts on it while another field is typed, and keeps one already shown', async () => {
    const { rerender } = field(yenSpec, { low: 10, mode: 20, high: 30 });
    await rerender({ errors: ['already there'] });
    expect(screen.getByRole('alert').textContent).toBe('already there');
    typingPause.typed(); // a keystroke in another field
    await rerender({ errors: ['already there', 'tied by a rule to the field typed'] });
    expect(screen.getByRole('alert').textContent).toBe('already there');
    typingPause.settle();
    await tick();
    expect(screen.getByRole('alert').textContent).toBe(
      'already there / tied by a rule to the field typed',
    );
  });

  it('shows a complaint it is given at once when nobody is typing', async () => {
    const { rerender } = field(yenSpec, 15_000_000);
    await rerender({ errors: ['too big'] });
    expect(screen.getByRole('alert').textContent).toBe('too big');
  });

  it('shows shares as per cent and stores 0..1', async () => {
    const { onchange } = field(shareSpec, 0.25);
    const input = screen.getByLabelText(/Fee/) as HTMLInputElement;
    expect(input.value).toBe('25');
    await fireEvent.input(input, { target: { value: '40' } });
    expect(onchange).toHaveBeenLastCalledWith(0.4);
  });

  it('turns a point into a range around it and back to its mode', async () => {
    const { onchange, rerender } = field(yenSpec, 15_000_000);
    await fireEvent.click(screen.getByRole('checkbox'));
    expect(onchange).toHaveBeenLastCalledWith({
      low: 15_000_000,
      mode: 15_000_000,
      high: 15_000_000,
    });
    await rerender({ value: { low: 10_000_000, mode: 15_000_000, high: 20_000_000 } });
    const high = screen.getByLabelText(/上限|High/) as HTMLInputElement;
    await fireEvent.input(high, { target: { value: '2500万' } });
    expect(onchange).toHaveBeenLastCalledWith({
      low: 10_000_000,
      mode: 15_000_000,
      high: 25_000_000,
    });
    await fireEvent.click(screen.getAllByRole('checkbox')[0]!);
    expect(onchange).toHaveBeenLastCalledWith(15_000_000);
  });

  it('switches "none" on and off with the value the spec gives', async () => {
    const { onchange, rerender } = field(capSpec, null);
    const input = screen.getByLabelText(/Fee/) as HTMLInputElement;
    expect(input.disabled).toBe(true);
    await fireEvent.click(screen.getByRole('checkbox'));
    expect(onchange).toHaveBeenLastCalledWith(500);
    await rerender({ value: 500 });
    await fireEvent.click(screen.getByRole('checkbox'));
    expect(onchange).toHaveBeenLastCalledWith(null);
  });

  it('shows the source of the default one click away', async () => {
    field(yenSpec, 1);
    const summary = screen.getByText(/既定値の出典|Source of the default/);
    await fireEvent.click(summary);
    const details = summary.closest('details')!;
    expect(details.open).toBe(true);
    // jsdom opens the fold on the click but, unlike a browser, sends no toggle event.
    await fireEvent(details, new Event('toggle'));
    expect(screen.getByText(/a reason/)).toBeTruthy();
  });
});
