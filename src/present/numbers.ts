/**
 * A 0..1 ratio as a percentage with at most `digits` decimals, trailing zeros dropped.
 * @example formatPercent(0.87234) // '87.2%'
 */
export function formatPercent(ratio: number | null | undefined, digits = 1): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return 'n/a';
  return `${trimZeros((ratio * 100).toFixed(digits))}%`;
}

/** A 0..100 figure that is already a percentage. */
export function formatPercentValue(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'n/a';
  return `${trimZeros(value.toFixed(digits))}%`;
}

/**
 * A count or measure with at most `digits` decimals.
 * @example formatNumber(3.5) // '3.5'
 */
export function formatNumber(value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'n/a';
  return trimZeros(value.toFixed(digits));
}

function trimZeros(fixed: string): string {
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}
