import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES, DEFAULT_SCOPES } from '../../../src/config/sources/taxonomy.ts';
import { chooseSeverityPreset, severityVocabulary } from '../../../src/metrics/init/severities.ts';
import { plannedAlerts } from '../../../src/metrics/init/taxonomy-entries.ts';
import type { AlertDefinition } from '../../../src/sources/init/classify.ts';

const rule = (alert: string, extra: Partial<AlertDefinition> = {}): AlertDefinition => ({
  alert,
  group: 'g',
  file: 'rules.yml',
  for: null,
  labels: {},
  annotations: {},
  ...extra,
});
const vocabulary = (setting?: string | Record<string, number>) => ({
  severities: severityVocabulary(setting)!,
  scopes: DEFAULT_SCOPES,
  categories: DEFAULT_CATEGORIES,
});

describe('plannedAlerts', () => {
  it('one entry per alert name, from its first rule, in rule order', () => {
    const rules = [
      rule('Burn', { group: 'slo', for: '2m', labels: { severity: 'critical' }, annotations: { summary: 'fast burn' } }),
      rule('Other', { for: '5m', labels: { severity: 'critical' } }),
      rule('Burn', { group: 'later', for: '1h', labels: { severity: 'warning' }, annotations: { description: 'slow burn', runbook_url: 'https://r' } }),
    ];
    const planned = plannedAlerts(rules, [], vocabulary('prometheus'));
    expect(planned.map((alert) => alert.name)).toEqual(['Burn', 'Other']);
    expect(planned[0]).toEqual({
      name: 'Burn',
      group: 'slo',
      severity: 'critical',
      scope: 'service',
      category: 'slo',
      description: 'fast burn',
      for: '2m',
      review: ['scope', 'category'],
    });
  });

  it('skips names the taxonomy already has', () => {
    expect(plannedAlerts([rule('A'), rule('B')], ['A'], vocabulary()).map((alert) => alert.name)).toEqual(['B']);
  });

  it.each([
    { setting: 'prometheus', label: 'warning', severity: 'warning', review: false },
    { setting: 'prometheus', label: ' Critical ', severity: 'critical', review: false },
    { setting: 'prometheus', label: undefined, severity: 'info', review: true },
    { setting: 'prometheus', label: 'page', severity: 'info', review: true },
    { setting: 'seed', label: 'warning', severity: 'low', review: true },
    { setting: 'seed', label: 'high', severity: 'high', review: false },
    { setting: { p1: 9, p2: 4 }, label: 'none', severity: 'p2', review: true },
  ])('severity $label in $setting -> $severity', ({ setting, label, severity, review }) => {
    const [planned] = plannedAlerts([rule('A', { labels: label === undefined ? {} : { severity: label } })], [], vocabulary(setting));
    expect(planned!.severity).toBe(severity);
    expect(planned!.review?.includes('severity') ?? false).toBe(review);
  });

  it('takes scope and category from labels that name a value of the vocabulary, unmarked', () => {
    const [taken] = plannedAlerts([rule('A', { labels: { scope: 'platform', category: 'latency' }, annotations: { description: 'd' } })], [], vocabulary());
    expect(taken).toMatchObject({ scope: 'platform', category: 'latency' });
    expect(taken!.review).toEqual(['severity']);
    const [guessed] = plannedAlerts(
      [rule('A', { labels: { scope: 'galaxy', category: 'vibes', severity: 'low' }, annotations: { description: 'd' } })],
      [],
      vocabulary(),
    );
    expect(guessed!.review).toEqual(['scope', 'category']);
  });

  it('description from description, else summary, else empty and marked; runbook only when present', () => {
    const rules = [
      rule('A', { annotations: { description: '  both  ', summary: 'summary', runbook_url: ' ' } }),
      rule('B', { annotations: { summary: 'only summary' } }),
      rule('C'),
    ];
    const [a, b, c] = plannedAlerts(rules, [], vocabulary());
    expect(a!.description).toBe('both');
    expect(a).not.toHaveProperty('runbook');
    expect(b!.description).toBe('only summary');
    expect(c!.description).toBe('');
    expect(c!.review).toContain('description');
  });
});

describe('severity vocabularies', () => {
  it.each([
    { rules: ['critical', 'warning', 'info'], taxonomy: [], preset: 'prometheus' },
    { rules: ['critical'], taxonomy: [], preset: 'seed' },
    { rules: [], taxonomy: [], preset: 'seed' },
    { rules: ['warning'], taxonomy: ['medium'], preset: 'seed' },
    { rules: ['warning', 'high'], taxonomy: [], preset: 'seed' },
  ])('rules $rules, taxonomy $taxonomy -> $preset', ({ rules, taxonomy, preset }) => {
    expect(chooseSeverityPreset(rules, taxonomy)).toBe(preset);
  });

  it('orders names by weight (ties in the configured order, as lint and build do) and knows the lowest', () => {
    expect(severityVocabulary(undefined)).toEqual({ names: ['critical', 'high', 'medium', 'low'], lowest: 'low' });
    expect(severityVocabulary('prometheus')).toEqual({ names: ['critical', 'warning', 'info'], lowest: 'info' });
    expect(severityVocabulary({ b: 1, a: 1, top: 2 })).toEqual({ names: ['top', 'b', 'a'], lowest: 'a' });
    expect(severityVocabulary('toString')).toBeNull();
    expect(severityVocabulary({})).toBeNull();
  });
});
