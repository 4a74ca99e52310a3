import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/metrics/openapi/types.ts';
import type { StabilityRecord } from '../../../src/model/api.ts';
import { groupFindings, operationAnchor, recentRuns, touchedOperations } from '../../../src/site/format/api.ts';

const finding = (id: string, level: Finding['level'], operation?: string): Finding => ({
  id,
  level,
  message: `${id} ${operation ?? ''}`,
  ...(operation ? { operation } : {}),
});

describe('operationAnchor', () => {
  it.each([
    { operation: 'GET /pets', out: 'op-get-_2fpets' },
    { operation: 'DELETE /pets/{id}', out: 'op-delete-_2fpets_2f_7bid_7d' },
    { operation: 'post /a-b', out: 'op-post-_2fa-b' },
  ])('$operation -> $out', ({ operation, out }) => {
    expect(operationAnchor(operation)).toBe(out);
  });

  it('gives distinct valid ids to distinct paths of one method', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const x = operationAnchor(`GET /${a}`);
        expect(x).toMatch(/^op-get-[A-Za-z0-9_-]*$/);
        if (a.trim() !== b.trim() && !/\s/.test(a + b)) expect(x).not.toBe(operationAnchor(`GET /${b}`));
      }),
    );
  });
});

describe('groupFindings', () => {
  it('puts breaking rules first, then warnings, then info, by rule id within a level, and drops empty rules', () => {
    const groups = groupFindings({
      'operation-added': [finding('operation-added', 'info', 'POST /pets')],
      'z-breaking': [finding('z-breaking', 'breaking', 'GET /a')],
      'a-warning': [finding('a-warning', 'warning')],
      'a-breaking': [finding('a-breaking', 'breaking', 'GET /b'), finding('a-breaking', 'breaking', 'GET /c')],
      empty: [],
    });
    expect(groups.map((group) => [group.rule, group.level, group.findings.length])).toEqual([
      ['a-breaking', 'breaking', 2],
      ['z-breaking', 'breaking', 1],
      ['a-warning', 'warning', 1],
      ['operation-added', 'info', 1],
    ]);
  });

  it('takes the worst level of a rule whose findings differ', () => {
    expect(groupFindings({ mixed: [finding('mixed', 'info'), finding('mixed', 'warning')] })[0]!.level).toBe('warning');
  });
});

describe('touchedOperations', () => {
  it('lists each operation once, by path then method, upper-casing added and removed methods', () => {
    const out = touchedOperations(
      [finding('r', 'breaking', 'GET /pets'), finding('s', 'warning', 'GET /pets'), finding('t', 'info')],
      [{ method: 'post', path: '/pets' }],
      [{ method: 'delete', path: '/pets/{id}' }],
    );
    expect(out).toEqual(['GET /pets', 'POST /pets', 'DELETE /pets/{id}']);
  });
});

describe('recentRuns', () => {
  it('returns the last runs, newest first', () => {
    const run = (commit: string): StabilityRecord => ({
      commit,
      time: '2026-01-01T00:00:00Z',
      spec_blob: null,
      version: null,
      breaking: 0,
      operations_added: 0,
      operations_removed: 0,
      placeholder: false,
      score: 1,
    });
    expect(recentRuns(['aaaaaaa', 'bbbbbbb', 'ccccccc'].map(run), 2).map((r) => r.commit)).toEqual(['ccccccc', 'bbbbbbb']);
    expect(recentRuns([], 5)).toEqual([]);
  });
});
