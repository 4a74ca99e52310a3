/**
 * Thresholds as data, in the manner of Shields' `colorScale(steps, colors, reversed)`: n steps and
 * n+1 colours; a value below `steps[0]` gets `colors[0]`, a value at or above `steps[i]` and below
 * `steps[i+1]` gets `colors[i+1]`. `reversed` flips the colours for figures where lower is worse.
 */
export function colorScale(steps: readonly number[], colors: readonly string[], reversed = false): (value: number) => string {
  if (colors.length !== steps.length + 1) {
    throw new Error(`colorScale needs ${steps.length + 1} colours for ${steps.length} steps, got ${colors.length}`);
  }
  const palette = reversed ? [...colors].reverse() : colors;
  return (value: number) => {
    let index = steps.findIndex((step) => value < step);
    if (index < 0) index = steps.length;
    return palette[index]!;
  };
}

/** Shields' named colours, best to worst. */
export const GOOD_TO_BAD = ['brightgreen', 'green', 'yellowgreen', 'yellow', 'orange', 'red'] as const;
