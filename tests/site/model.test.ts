import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.ts';
import { loadModel, MODEL_ENV, parseModel } from '../../src/site/model.ts';
import { FIXTURE_MODEL } from './helpers/build-fixture.ts';

const text = readFileSync(FIXTURE_MODEL, 'utf8');

describe('parseModel', () => {
  it('accepts the fixture model', () => {
    expect(parseModel(text, 'model.json').site.base).toBe('/govpages-demo/');
  });

  it.each([
    { mutate: (m: Record<string, any>) => ({ ...m, model_version: 2 }), where: '$.model_version' },
    { mutate: (m: Record<string, any>) => ({ ...m, site: { ...m.site, base: 'repo' } }), where: '$.site.base' },
    { mutate: (m: Record<string, any>) => ({ ...m, verdict: { ...m.verdict, status: 'maybe' } }), where: '$.verdict.status' },
    { mutate: (m: Record<string, any>) => ({ ...m, badges: [{ file: 'x.json' }] }), where: '$.badges[0].kind' },
    // A stale model: a field renamed since (the old fixture had `pending_reasons`) or one the build never writes.
    {
      mutate: (m: Record<string, any>) => {
        const { due_reasons, ...api } = m.sections.api;
        return { ...m, sections: { ...m.sections, api: { ...api, pending_reasons: due_reasons } } };
      },
      where: '$.sections.api.due_reasons',
    },
    {
      mutate: (m: Record<string, any>) => ({ ...m, sections: { ...m.sections, taxonomy: { ...m.sections.taxonomy, extra: 1 } } }),
      where: '$.sections.taxonomy.extra',
    },
    { mutate: (m: Record<string, any>) => ({ ...m, build: { ...m.build, signed: undefined } }), where: '$.build.signed' },
  ])('names the JSON path of a bad field: $where', ({ mutate, where }) => {
    const bad = JSON.stringify(mutate(JSON.parse(text)));
    const error = (() => {
      try {
        parseModel(bad, 'model.json');
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).location).toEqual({ file: 'model.json', where });
  });

  it('reports a syntax error with its line', () => {
    try {
      parseModel('{\n  "model_version": 1,\n  oops\n}', 'model.json');
      expect.unreachable();
    } catch (error) {
      expect((error as InputError).location.where).toMatch(/^line 3/);
    }
  });
});

describe('loadModel', () => {
  it('reads the file named by the environment variable', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'govpages-model-'));
    const file = path.join(dir, 'model.json');
    writeFileSync(file, text);
    expect(loadModel({ [MODEL_ENV]: file }).build.short_commit).toBe('653fce7');
  });

  it('says what is missing when the variable is unset', () => {
    expect(() => loadModel({})).toThrow(InputError);
  });
});
