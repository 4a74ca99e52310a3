/** Rounds a ratio to 4 decimals so files stay readable and stable across platforms. */
export function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
