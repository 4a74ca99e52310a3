import type { PortRangeRow, PortRow } from '../../model/ports.ts';

/** Host ports of a row, or the reason there are none. */
export function hostPortLabel(row: Pick<PortRow, 'host_ports'>): string {
  return row.host_ports.length ? row.host_ports.join(', ') : 'not published';
}

/** Where the service runs, in words. */
export function runsIn(row: Pick<PortRow, 'container'>): string {
  return row.container ? 'container' : 'host';
}

/** `2 of 100 used` for a declared range. */
export function rangeUsage(range: Pick<PortRangeRow, 'from' | 'to' | 'used'>): string {
  return `${range.used} of ${range.to - range.from + 1} used`;
}

export function findingTone(level: 'error' | 'warning'): 'bad' | 'warn' {
  return level === 'error' ? 'bad' : 'warn';
}
