/** The form's fields and the estimate's parts are built in turns (README, Method: Speed). */
import { describe, expect, it } from 'vitest';
import { BuildInTurns } from '../../../../src/kits/schedule/buildInTurns.svelte.ts';

/** Lets every timer already queued run: start() and each turn queue the next turn first. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('building in turns', () => {
  it('with no budget, builds one item a turn and stops at the total', async () => {
    const turns = new BuildInTurns(3, 0);
    turns.start();
    expect(turns.count).toBe(0); // nothing in the task that started it
    const seen: number[] = [];
    for (let turn = 0; turn < 4; turn++) {
      await nextTask();
      seen.push(turns.count);
    }
    expect(seen).toEqual([1, 2, 3, 3]);
  });

  it('with a budget, builds as many as fit in one turn', async () => {
    const turns = new BuildInTurns(50, 1_000);
    turns.start();
    await nextTask();
    expect(turns.count).toBe(50);
  });

  it('builds nothing more once stopped', async () => {
    const turns = new BuildInTurns(3, 0);
    turns.start();
    await nextTask();
    turns.stop();
    await nextTask();
    await nextTask();
    expect(turns.count).toBe(1);
  });
});
