import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffOpenApi, RULES } from '../../../src/metrics/openapi/index.ts';
import { FIXTURES, fixtureDirs, loadPair } from './_fixtures.ts';

/** Each rule's fixture pair finds exactly that rule's id, nothing else. */
describe('rule fixtures', () => {
  it.each(RULES.map((rule) => [rule.id, rule.level] as const))('%s (%s)', (id, level) => {
    const { base, revision } = loadPair(id);
    const diff = diffOpenApi(base, revision);
    expect([...new Set(diff.findings.map((finding) => finding.id))]).toEqual([id]);
    expect(diff.findings.every((finding) => finding.level === level)).toBe(true);
    expect(diff.breaking).toBe(level === 'breaking' ? diff.findings.length : 0);
    for (const finding of diff.findings) expect(finding.message.length).toBeGreaterThan(10);
  });
});

describe('rule table', () => {
  it('has unique kebab-case ids, sorted', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('gives every rule a level, a description and a fixture pair', () => {
    for (const rule of RULES) {
      expect(['breaking', 'warning', 'info']).toContain(rule.level);
      expect(rule.description).toMatch(/^[A-Z].{15,}\.$/);
      expect(existsSync(join(FIXTURES, rule.id, 'base.yaml')), rule.id).toBe(true);
      expect(existsSync(join(FIXTURES, rule.id, 'revision.yaml')), rule.id).toBe(true);
    }
  });

  it('has no fixture without a rule', () => {
    const ids = new Set(RULES.map((rule) => rule.id));
    expect(fixtureDirs().filter((dir) => !ids.has(dir))).toEqual([]);
  });

  it('covers every family the issue names', () => {
    const ids = new Set(RULES.map((rule) => rule.id));
    for (const id of [
      'operation-removed',
      'request-parameter-added-required',
      'request-parameter-became-required',
      'request-parameter-removed',
      'request-parameter-type-changed',
      'request-parameter-enum-value-removed',
      'request-parameter-became-enum',
      'request-body-became-required',
      'request-body-media-type-removed',
      'request-property-added-required',
      'request-property-type-changed',
      'request-property-constraint-tightened',
      'request-property-became-not-nullable',
      'response-success-status-removed',
      'response-media-type-removed',
      'response-required-property-removed',
      'response-property-became-optional',
      'response-property-type-changed',
      'response-property-became-nullable',
      'response-property-enum-value-added',
      'response-required-header-removed',
      'security-requirement-scheme-added',
      'security-requirement-added',
      'security-oauth-flow-url-changed',
      'security-scope-added',
      'request-property-became-read-only',
      'response-property-became-write-only',
      'response-header-became-required',
      'response-header-style-changed',
      'request-parameter-style-changed',
      'request-parameter-allow-empty-value-removed',
      'discriminator-property-changed',
      'discriminator-mapping-changed',
      'request-variant-removed',
      'response-variant-added',
      'deprecated-operation-removed',
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
    expect(RULES.find((rule) => rule.id === 'response-property-enum-value-added')?.level).toBe('warning');
    expect(RULES.find((rule) => rule.id === 'deprecated-operation-removed')?.level).toBe('info');
  });
});

describe('compatible changes', () => {
  it.each(fixtureDirs('compatible'))('%s has no breaking finding', (dir) => {
    const { base, revision } = loadPair(join('compatible', dir));
    const diff = diffOpenApi(base, revision);
    expect(diff.findings.filter((finding) => finding.level === 'breaking')).toEqual([]);
    expect(diff.breaking).toBe(0);
  });
});

/** Breaking changes that take several rules to see, with the breaking ids each must produce. */
describe('breaking changes across rules', () => {
  it.each([
    ['request-free-form-object-restricted', ['request-property-constraint-tightened']],
    ['request-narrowed-from-one-of', ['request-variant-removed']],
    ['request-one-of-member-changed', ['request-property-added-required']],
    ['request-property-renamed', ['request-property-removed']],
    ['response-property-renamed', ['response-optional-property-removed']],
    ['response-widened-to-one-of', ['response-variant-added']],
  ])('%s', (dir, ids) => {
    const { base, revision } = loadPair(join('breaking', dir));
    const diff = diffOpenApi(base, revision);
    expect(diff.findings.filter((finding) => finding.level === 'breaking').map((finding) => finding.id)).toEqual(ids);
  });

  it('has a case for every fixture directory', () => {
    expect(fixtureDirs('breaking')).toHaveLength(6);
  });
});
