import { describe, expect, it } from 'vitest';
import { API_SPEC_PATH, apiDemoSteps } from '../../src/demo/api.ts';
import { semverChain } from '../../src/metrics/api/index.ts';
import { diffOpenApi } from '../../src/metrics/openapi/index.ts';
import { type OpenApiDocument, parseOpenApiSync } from '../../src/sources/openapi/index.ts';

function parsed(): (OpenApiDocument | null)[] {
  return apiDemoSteps.map((step) => {
    try {
      return parseOpenApiSync(step.files[API_SPEC_PATH]!, API_SPEC_PATH);
    } catch {
      return null;
    }
  });
}

describe('apiDemoSteps', () => {
  it('spans ~180 days with 10-14 versions in order', () => {
    expect(apiDemoSteps.length).toBeGreaterThanOrEqual(10);
    expect(apiDemoSteps.length).toBeLessThanOrEqual(14);
    const days = apiDemoSteps.map((step) => step.day);
    expect(days).toEqual([...days].sort((a, b) => a - b));
    expect(days[days.length - 1]).toBeGreaterThanOrEqual(170);
  });

  it('tells the intended SemVer story: a silent break fails, a major bump fixes it, HEAD is clean', () => {
    const docs = parsed();
    expect(docs.map((doc) => doc === null)).toEqual(apiDemoSteps.map((step) => step.message.includes('broken YAML')));
    const chain = semverChain(
      docs.map((doc) => ({ valid: doc !== null, version: doc ? String((doc.info as { version: string }).version) : null })),
      (base, revision) => diffOpenApi(docs[base]!, docs[revision]!).breaking,
    );
    const story = chain.results.map((result) => (result ? `${result.current_version} ${result.status}` : 'placeholder'));
    expect(story).toEqual([
      '0.9.0 ok',
      '0.10.0 warn',
      '1.0.0 ok',
      '1.0.1 ok',
      '1.1.0 warn',
      '1.1.1 ok',
      '1.2.0 fail',
      '1.2.1 fail',
      '2.0.0 ok',
      '2.1.0 warn',
      'placeholder',
      '2.1.1 ok',
      '2.2.0 warn',
      '2.2.1 ok',
    ]);
  });

  it('has exactly one breaking step between consecutive valid versions (the owners removal)', () => {
    const docs = parsed();
    const breaking: string[] = [];
    let base: OpenApiDocument | null = null;
    docs.forEach((doc, index) => {
      if (!doc) return;
      if (base) {
        const diff = diffOpenApi(base, doc);
        if (diff.breaking > 0)
          breaking.push(
            `${apiDemoSteps[index]!.message}: ${diff.findings
              .filter((f) => f.level === 'breaking')
              .map((f) => f.id)
              .join(', ')}`,
          );
      }
      base = doc;
    });
    expect(breaking).toHaveLength(1);
    expect(breaking[0]).toMatch(/^API: drop the owners listing \(1\.2\.0\): .*operation-removed/);
  });
});
