import { describe, expect, it } from 'vitest';
import { openRepository } from '../../../src/git/index.ts';
import { readTaxonomyHistory, type TaxonomyVersion } from '../../../src/sources/taxonomy/index.ts';
import { scratchRepo } from '../../helpers/git.ts';

const taxonomy = (...names: string[]) =>
  JSON.stringify({ alerts: names.map((name) => ({ name, group: 'g', severity: 'low', scope: 'service', category: 'errors', description: 'd' })) });

describe('readTaxonomyHistory', () => {
  it('visits every parsed version oldest first and returns the broken ones', async () => {
    const repo = scratchRepo();
    repo.write('alerts_taxonomy.json', taxonomy('A'));
    const first = repo.commit('one', '2026-01-01T12:00:00Z');
    repo.write('alerts_taxonomy.json', '{"alerts": [}');
    const broken = repo.commit('two', '2026-01-02T12:00:00+02:00');
    repo.write('README.md', 'unrelated');
    repo.commit('three', '2026-01-03T12:00:00Z');
    repo.write('alerts_taxonomy.json', taxonomy('A', 'B'));
    const last = repo.commit('four', '2026-01-04T12:00:00Z');
    repo.write('alerts_taxonomy.json', 'uncommitted');

    const visited: TaxonomyVersion[] = [];
    const skipped = await readTaxonomyHistory(await openRepository(repo.dir), 'alerts_taxonomy.json', (version) => visited.push(version));
    expect(visited.map((version) => [version.commit, version.date, version.timestamp, version.taxonomy.alerts.map((alert) => alert.name)])).toEqual([
      [first, '2026-01-01T12:00:00+00:00', Date.parse('2026-01-01T12:00:00Z'), ['A']],
      [last, '2026-01-04T12:00:00+00:00', Date.parse('2026-01-04T12:00:00Z'), ['A', 'B']],
    ]);
    expect(skipped).toEqual([{ commit: broken, error: expect.stringMatching(/^malformed JSON/) }]);
  });

  it('visits nothing for a file with no history', async () => {
    const repo = scratchRepo();
    repo.write('README.md', 'x');
    repo.commit('one', '2026-01-01T00:00:00Z');
    const visited: TaxonomyVersion[] = [];
    expect(await readTaxonomyHistory(await openRepository(repo.dir), 'alerts_taxonomy.json', (version) => visited.push(version))).toEqual([]);
    expect(visited).toEqual([]);
  });
});
