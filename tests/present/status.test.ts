import { describe, expect, it } from 'vitest';
import type { Check } from '../../src/model/status-model.ts';
import { sortChecks, toneOf } from '../../src/present/status.ts';

describe('toneOf', () => {
  it.each([
    { status: 'pass', tone: 'good' },
    { status: 'ok', tone: 'good' },
    { status: 'OK', tone: 'good' },
    { status: 'warn', tone: 'warn' },
    { status: 'fail', tone: 'bad' },
    { status: 'REJECT', tone: 'bad' },
    { status: 'unknown', tone: 'neutral' },
    { status: null, tone: 'neutral' },
  ])('$status -> $tone', ({ status, tone }) => {
    expect(toneOf(status)).toBe(tone);
  });
});

describe('sortChecks', () => {
  it('lists failures, then warnings, then passes, by id within each', () => {
    const check = (id: string, status: Check['status']): Check => ({ id, kind: 'k', title: id, status, message: '' });
    const sorted = sortChecks([check('b', 'pass'), check('a', 'pass'), check('z', 'warn'), check('y', 'fail'), check('c', 'warn')]);
    expect(sorted.map((c) => c.id)).toEqual(['y', 'c', 'z', 'a', 'b']);
  });
});
