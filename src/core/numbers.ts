/**
 * The one formatter of numbers shown to people: pages, badges, feed, images and check messages.
 */

/**
 * A 0..1 ratio as a percentage with at most `digits` decimals, trailing zeros dropped.
 * @example formatPercent(0.87234) // '87.2%'
 */
export function formatPercent(ratio: number | null | undefined, digits = 1): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return 'n/a';
  return formatPercentValue(ratio * 100, digits);
}

/** A 0..100 figure that is already a percentage. */
export function formatPercentValue(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'n/a';
  return `${trimZeros(roundTo(value, digits).toFixed(digits))}%`;
}

/**
 * A count or measure with at most `digits` decimals.
 * @example formatNumber(3.5) // '3.5'
 */
export function formatNumber(value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'n/a';
  return trimZeros(roundTo(value, digits).toFixed(digits));
}

/**
 * `value` rounded half away from zero to `digits` decimals: `toFixed` alone rounds the binary
 * value, so 76.45 (stored as 76.4499...) would print as 76.4 on one page and 76.5 on a badge.
 */
export function roundTo(value: number, digits: number): number {
  const scale = 10 ** digits;
  return (Math.sign(value) * Math.round(Math.abs(value) * scale + 1e-9)) / scale;
}

function trimZeros(fixed: string): string {
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}
