import fc from 'fast-check';
import { describe, it } from 'vitest';
import { InputError } from '../../src/core/errors.ts';
import { parseMetadata } from '../../src/sources/catalog/read.ts';
import { readCheckpointState } from '../../src/sources/catalog/state.ts';
import { parseRegistry } from '../../src/sources/ports/parse.ts';
import { DEEP_RUNS, deepTexts, fuzz, inputTexts, oddValue, resultOrInputError } from './_fuzz.ts';

// Catalog metadata (sources/catalog: `.meta/repo.yaml`, whose problems are data, not errors), the
// catalog's checkpoints on the state branch, and the port registry (sources/ports/parse.ts).

const metadata = {
  name: 'payments-api',
  description: 'Card and SEPA payments API',
  tier: 1,
  owner: '@acme/payments',
  lifecycle: 'active',
  language: 'TypeScript',
  visibility: 'internal',
  tags: ['pci', 'api'],
};

const checkpoint = {
  checkpoint_version: 1,
  commit: 'a'.repeat(40),
  created_at: '2026-01-01T00:00:00Z',
  baseline: false,
  backfilled: false,
  summary: { total: 1, compliant: 1, non_compliant: 0 },
  repositories: { 'organizations/acme/payments-api': { tier: 1, compliant: true, violations: 0, warnings: 0, files: { 'README.md': 'b'.repeat(64) } } },
};

const historyLine = { commit: 'a'.repeat(40), created_at: '2026-01-01T00:00:00Z', baseline: false, total: 1, compliant: 1, non_compliant: 0 };

const registry = {
  version: 1,
  ranges: [
    { name: 'frontend', from: 3000, to: 3099, description: 'Web front ends' },
    { name: 'backend', from: 4000, to: 4099 },
  ],
  services: [
    { name: 'dashboard', range: 'frontend', container: true, owner: '@acme/web', ports: [{ name: 'http', internal: 80, external: 3000 }] },
    { name: 'api', range: 'backend', container: false, ports: [{ internal: 4005, protocol: 'udp', description: 'x' }] },
  ],
};

/** The metadata reader never throws: an unusable file is a violation with a printable message. */
function checkMetadata(text: string) {
  const parsed = parseMetadata(text, 'organizations/acme/payments-api/.meta/repo.yaml');
  if (parsed.metadata_error) {
    const { message, where } = parsed.metadata_error;
    resultOrInputError(() => {
      throw new InputError(message, { file: 'repo.yaml', where });
    }, 'repo.yaml');
  }
}

describe('fuzz: catalog and port registry (any input gives a result or an InputError)', () => {
  it('parseMetadata (.meta/repo.yaml)', () => {
    fuzz(inputTexts(metadata, ['yaml'], { keys: ['name', 'tier', 'owner', 'lifecycle', 'tags'] }), checkMetadata);
  });

  it('readCheckpointState (catalog checkpoints on the state branch)', () => {
    const texts = fc.record({
      latest: fc.option(inputTexts(checkpoint, ['json'], { keys: ['repositories', 'files', 'summary'] }), { nil: undefined }),
      previous: fc.option(inputTexts(checkpoint, ['json']), { nil: undefined }),
      history: fc.option(inputTexts(historyLine, ['json']), { nil: undefined }),
    });
    fuzz(texts, ({ latest, previous, history }) => {
      const files = new Map<string, string>();
      if (latest !== undefined) files.set('catalog/checkpoint-latest.json', latest);
      if (previous !== undefined) files.set('catalog/checkpoint-previous.json', previous);
      if (history !== undefined) files.set('catalog/checkpoint-history.jsonl', history);
      resultOrInputError(() => readCheckpointState(files, 'govpages-state'), null);
    });
  });

  it('parseRegistry (registry.yaml)', () => {
    const texts = inputTexts(registry, ['yaml', 'json'], {
      keys: ['ranges', 'services', 'ports', 'range', 'internal', 'external', 'protocol', 'container', 'from', 'to'],
      values: fc.oneof(oddValue, fc.constantFrom<unknown>(0, 1, 65535, 65536, 3000, 4005, 'frontend', 'backend', 'tcp', 'udp')),
    });
    fuzz(texts, (text) => resultOrInputError(() => parseRegistry(text, 'config/ports/registry.yaml'), 'config/ports/registry.yaml'));
  });

  it('all three, nested 1,000 to 20,000 deep', () => {
    fuzz(
      fc.tuple(deepTexts(metadata, ['yaml']), deepTexts(checkpoint, ['json']), deepTexts(registry, ['yaml'])),
      ([meta, state, ports]) => {
        checkMetadata(meta);
        resultOrInputError(() => readCheckpointState(new Map([['catalog/checkpoint-latest.json', state]]), 'govpages-state'), null);
        resultOrInputError(() => parseRegistry(ports, 'registry.yaml'), 'registry.yaml');
      },
      DEEP_RUNS,
    );
  });
});
