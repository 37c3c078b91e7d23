import { afterEach, describe, expect, it, vi } from 'vitest';
import { madeOnFirstUse } from '../../../../src/kits/format/madeOnFirstUse.ts';

describe('a value made on first use', () => {
  it('is made when first asked for, once, and kept: even a value that is falsy', () => {
    const make = vi.fn(() => 0);
    const value = madeOnFirstUse(make);
    expect(make).not.toHaveBeenCalled();
    expect(value()).toBe(0);
    expect(value()).toBe(0);
    expect(make).toHaveBeenCalledTimes(1);
  });
});

describe('the number formats of the figures (README, Method: Speed)', () => {
  const { NumberFormat } = Intl;
  afterEach(() => {
    Intl.NumberFormat = NumberFormat;
  });

  it('are not made as their modules load, but when the first figure is formatted', async () => {
    vi.resetModules();
    const made = vi.fn();
    Intl.NumberFormat = class extends NumberFormat {
      constructor(...args: ConstructorParameters<typeof NumberFormat>) {
        super(...args);
        made();
      }
    } as typeof NumberFormat;
    const { formatYen } = await import('../../../../src/kits/format/yen.ts');
    const { toFieldText } = await import('../../../../src/kits/inputs/display.ts');
    expect(made).not.toHaveBeenCalled();
    expect(formatYen(120_000_000, 'ja')).toBe('1億2,000万円');
    expect(formatYen(120_000_000, 'en')).toBe('¥120M');
    expect(toFieldText(1234.5, 'yen')).toBe('1,234.5');
    expect(made).toHaveBeenCalledTimes(3);
    formatYen(35_000_000, 'ja');
    formatYen(35_000_000, 'en');
    expect(made).toHaveBeenCalledTimes(3);
  });
});
