import { describe, expect, it } from 'vitest';
import { integritySectionSchema } from '../../src/model/integrity.ts';
import { build } from '../integrity/_support.ts';

describe('integritySectionSchema', () => {
  it.each([
    ['signed', {}],
    ['unsigned', { seed: null }],
  ] as const)('accepts the section a %s integrity stage produces, unchanged', async (_, options) => {
    const { section } = await build(options);
    expect(integritySectionSchema.parse(section)).toEqual(section);
  });

  it('rejects an aggregate that is not a sha256 and an unknown key', async () => {
    const { section } = await build({ seed: null });
    expect(integritySectionSchema.safeParse({ ...section, aggregate_sha256: 'abc' }).success).toBe(false);
    expect(integritySectionSchema.safeParse({ ...section, extra: 1 }).success).toBe(false);
  });
});
