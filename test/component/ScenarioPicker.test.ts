/** Removing all saved scenarios asks first, in the page, and can be answered by keyboard. */
import { fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import ScenarioPicker from '../../src/app/shell/ScenarioPicker.svelte';
import { shippedScenario } from '../../src/data/catalog.ts';

const mine = (id: string) => ({ ...shippedScenario('graffer-actual'), id });

function picker(saved = [mine('a'), mine('b')]) {
  const onclearall = vi.fn();
  render(ScenarioPicker, {
    current: 'graffer-actual',
    saved,
    picked: null,
    onpick: vi.fn(),
    onundo: vi.fn(),
    onremove: vi.fn(),
    onclearall,
  });
  return onclearall;
}

describe('clearing saved scenarios', () => {
  it('is not offered when nothing is saved', () => {
    picker([]);
    expect(screen.queryByRole('button', { name: '保存したシナリオをすべて削除' })).toBeNull();
  });

  it('asks with the count, focuses the safe answer, and cancelling keeps everything', async () => {
    const onclearall = picker();
    const clear = screen.getByRole('button', { name: '保存したシナリオをすべて削除' });
    await fireEvent.click(clear);
    const question = screen.getByRole('group', {
      name: '保存したシナリオ 2 件をすべて削除しますか？元に戻せません。',
    });
    expect(question).toBeTruthy();
    const cancel = screen.getByRole('button', { name: 'やめる' });
    await tick();
    expect(document.activeElement).toBe(cancel);
    await fireEvent.click(cancel);
    await tick();
    expect(onclearall).not.toHaveBeenCalled();
    const again = screen.getByRole('button', { name: '保存したシナリオをすべて削除' });
    expect(document.activeElement).toBe(again);
  });

  it('removes them all once the user says yes', async () => {
    const onclearall = picker();
    await fireEvent.click(screen.getByRole('button', { name: '保存したシナリオをすべて削除' }));
    await fireEvent.click(screen.getByRole('button', { name: 'すべて削除する' }));
    expect(onclearall).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('group', { name: /すべて削除しますか/ })).toBeNull();
  });
});

describe('picking a scenario', () => {
  it('applies it as soon as it is chosen, with no further button', async () => {
    const onpick = vi.fn();
    render(ScenarioPicker, {
      current: 'graffer-actual',
      saved: [],
      picked: null,
      onpick,
      onundo: vi.fn(),
      onremove: vi.fn(),
      onclearall: vi.fn(),
    });
    const select = screen.getByLabelText(/出発点にするシナリオ/);
    await fireEvent.change(select, { target: { value: 'regional-municipal-vendor' } });
    expect(onpick).toHaveBeenCalledTimes(1);
    expect(onpick.mock.calls[0]![0]).toEqual(shippedScenario('regional-municipal-vendor'));
  });

  it('says what it switched to and offers undo, which keeps the focus on the list', async () => {
    const onundo = vi.fn();
    const regional = shippedScenario('regional-municipal-vendor');
    render(ScenarioPicker, {
      current: regional.id,
      saved: [],
      picked: regional.title,
      onpick: vi.fn(),
      onundo,
      onremove: vi.fn(),
      onclearall: vi.fn(),
    });
    expect(screen.getByRole('status').textContent).toContain(regional.title.ja);
    await fireEvent.click(screen.getByRole('button', { name: '元に戻す' }));
    expect(onundo).toHaveBeenCalledTimes(1);
    expect(document.activeElement?.id).toBe('scenario-select');
  });
});
