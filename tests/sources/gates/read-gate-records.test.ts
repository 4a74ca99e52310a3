import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGateRecords } from '../../../src/sources/gates/index.ts';
import { atHead } from '../../helpers/context.ts';
import { gitFixture } from './git-fixture.ts';

describe('readGateRecords', () => {
  it('reads .json and .jsonl under the path at HEAD, oldest first, ignoring other files and uncommitted edits', async () => {
    const dir = gitFixture([
      {
        date: '2026-01-13T12:00:00Z',
        files: {
          'governance/gates/b.jsonl': '{"gate":"B","status":"pass","mode":"ci","time":"2026-01-12T00:00:00Z"}\n',
          'governance/gates/a.json': '[{"gate":"A","status":"fail","mode":"local","time":"2026-01-13T00:00:00Z"}]',
          'governance/gates/notes.md': 'not a record',
          'governance/other.json': '{"gate":"X","status":"pass","mode":"ci","time":"2026-01-01T00:00:00Z"}',
        },
      },
    ]);
    writeFileSync(join(dir, 'governance/gates/c.json'), '{"broken":');
    const records = await readGateRecords((await atHead(dir)).snapshot, 'governance/gates');
    expect(records.map((r) => [r.gate, r.file])).toEqual([
      ['B', 'governance/gates/b.jsonl'],
      ['A', 'governance/gates/a.json'],
    ]);
  });

  it('returns nothing when the directory does not exist yet', async () => {
    const dir = gitFixture([{ date: '2026-01-13T12:00:00Z', files: { 'README.md': 'x' } }]);
    expect(await readGateRecords((await atHead(dir)).snapshot, 'governance/gates')).toEqual([]);
  });
});
