import { compareStrings } from '../../core/compare.ts';
import { DAY_MS } from '../../core/time.ts';
import type { GateLatest, GateRecord, PassRate } from '../../model/gates.ts';

/** Records inside the window `(now - days, now]`. */
export function inWindow<T extends { time: string }>(items: readonly T[], now: string, days: number): T[] {
  const end = Date.parse(now);
  const start = end - days * DAY_MS;
  return items.filter((item) => {
    const time = Date.parse(item.time);
    return time > start && time <= end;
  });
}

/** Pass rate over the window: passed / all records (a warning is not a pass). */
export function passRate(records: readonly GateRecord[], now: string, windowDays: number): PassRate {
  const window = inWindow(records, now, windowDays);
  const passed = window.filter((record) => record.status === 'pass').length;
  return {
    window_days: windowDays,
    total: window.length,
    passed,
    warned: window.filter((record) => record.status === 'warn').length,
    failed: window.filter((record) => record.status === 'fail').length,
    ratio: window.length === 0 ? null : passed / window.length,
  };
}

/** The latest record of every gate (records at or before `now`), with its pass rate in the window; by name. */
export function latestPerGate(records: readonly GateRecord[], now: string, windowDays: number): GateLatest[] {
  const nowMs = Date.parse(now);
  const byGate = new Map<string, GateRecord[]>();
  for (const record of records) {
    if (Date.parse(record.time) > nowMs) continue;
    const list = byGate.get(record.gate) ?? [];
    list.push(record);
    byGate.set(record.gate, list);
  }
  return [...byGate.entries()]
    .sort(([a], [b]) => compareStrings(a, b))
    .map(([gate, list]) => {
      const latest = list.reduce((best, record) => (record.time >= best.time ? record : best), list[0]!);
      const rate = passRate(list, now, windowDays);
      return {
        gate,
        status: latest.status,
        mode: latest.mode,
        layer: latest.layer,
        time: latest.time,
        commit: latest.commit,
        message: latest.message,
        window_total: rate.total,
        window_passed: rate.passed,
        pass_rate: rate.ratio,
      };
    });
}
