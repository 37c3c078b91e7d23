/** Hand-made engine outputs in tests: the engine mints Yen itself, fixtures mint it here. */
import type { Yen } from '../../src/engine/index.ts';

export const yen = (amount: number) => amount as Yen;
