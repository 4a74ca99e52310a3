import { DAY_MS, HOUR_MS } from '../../core/time.ts';

/** Prometheus duration (`1h30m`, `5m`, `90s`) in milliseconds, or null when it is not one. */
export function parseDuration(text: string): number | null {
  const units: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: HOUR_MS, d: DAY_MS, w: 604_800_000, y: 31_536_000_000 };
  const trimmed = text.trim();
  if (trimmed === '' || trimmed === '0') return trimmed === '0' ? 0 : null;
  const pattern = /(\d+)(ms|s|m|h|d|w|y)/gy;
  let total = 0;
  let consumed = 0;
  for (const match of trimmed.matchAll(pattern)) {
    total += Number(match[1]) * units[match[2]!]!;
    consumed += match[0].length;
  }
  return consumed === trimmed.length ? total : null;
}

/** Range windows (`[5m]`, `[1h:1m]`) an expression uses, as milliseconds. */
export function expressionWindows(expr: string): Set<number> {
  const windows = new Set<number>();
  for (const match of expr.matchAll(/\[(\d+(?:ms|s|m|h|d|w|y)(?:\d+(?:ms|s|m|h|d|w|y))*)(?::[^\]]*)?\]/g)) {
    const value = parseDuration(match[1]!);
    if (value !== null) windows.add(value);
  }
  return windows;
}
