/** A share typed in per cent: 0 to 100 reads as 0..1; anything else is not a share. */
export function readPercent(value: number | null): number | null {
  return value !== null && value >= 0 && value <= 100 ? value / 100 : null;
}
