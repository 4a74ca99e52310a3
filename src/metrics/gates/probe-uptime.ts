import { compareStrings } from '../../core/compare.ts';
import type { ProbeFigures, ProbeResult } from '../../model/gates.ts';
import { inWindow } from './latest.ts';

/**
 * Uptime and response time per probe over the window, in the manner of Upptime: a check is up
 * unless it failed (a slow or warning check is still up); uptime is up / checks in percent; the
 * response time is the mean of the window's timed checks. Probes are listed by name.
 */
export function probeFigures(history: readonly ProbeResult[], now: string, windowDays: number): ProbeFigures[] {
  const nowMs = Date.parse(now);
  const byProbe = new Map<string, ProbeResult[]>();
  for (const result of history) {
    if (Date.parse(result.time) > nowMs) continue;
    const list = byProbe.get(result.probe) ?? [];
    list.push(result);
    byProbe.set(result.probe, list);
  }
  return [...byProbe.entries()]
    .sort(([a], [b]) => compareStrings(a, b))
    .map(([name, list]) => {
      const ordered = [...list].sort((a, b) => Date.parse(a.time) - Date.parse(b.time));
      const last = ordered[ordered.length - 1]!;
      const window = inWindow(ordered, now, windowDays);
      const up = window.filter((result) => result.status !== 'fail').length;
      const timed = window.map((result) => result.response_ms).filter((ms): ms is number => ms !== null);
      return {
        name,
        type: last.type,
        checks: window.length,
        up,
        uptime_percent: window.length === 0 ? null : (up / window.length) * 100,
        mean_response_ms: timed.length === 0 ? null : Math.round(timed.reduce((sum, ms) => sum + ms, 0) / timed.length),
        last_status: last.status,
        last_time: new Date(last.time).toISOString(),
        last_message: last.message,
      };
    });
}
