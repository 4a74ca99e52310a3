import { describe, expect, it } from 'vitest';
import { appendEntry, parseLog, serializeLog } from '../../src/integrity/archive.ts';
import { memorySource, verifyPublished } from '../../src/integrity/index.ts';
import { endorseSuccessor, parseSigningSeed } from '../../src/integrity/keys.ts';
import type { ArchiveEntry } from '../../src/model/integrity.ts';
import { build, SEED_A, SEED_B } from './_support.ts';

const entry = (commit: string, aggregate = 'a'.repeat(64)): ArchiveEntry => ({
  aggregate_sha256: aggregate,
  build_time: '2026-03-01T00:00:00Z',
  commit,
  count: 1,
  key_id: null,
  signature: null,
  signature_format_version: null,
});

describe('archive log', () => {
  it('round-trips canonical lines', () => {
    const entries = [entry('1'), entry('2')];
    expect(parseLog(serializeLog(entries), 'log')).toEqual(entries);
    expect(parseLog('', 'log')).toEqual([]);
  });

  it.each([
    ['a truncated last line', (log: string) => log.slice(0, -5), /does not end with a newline/],
    ['a non-canonical line (spaces)', (log: string) => log.replace('"commit":"2"', '"commit": "2"'), /canonical/],
    ['a non-canonical line (key order)', (log: string) => `${log}${JSON.stringify(Object.fromEntries(Object.entries(entry('3')).reverse()))}\n`, /canonical/],
    ['an unknown key', (log: string) => log.replace('"count":1', '"count":1,"extra":1'), /unknown key "extra"/],
    ['not JSON', (log: string) => `${log}nope\n`, /malformed JSON line/],
    // Valid JSON with no RFC 8785 form: a lone surrogate has no UTF-8 encoding (found by tests/fuzz).
    ['a lone surrogate', (log: string) => log.replace('"build_time":"2026-03-01T00:00:00Z"', '"build_time":"\\ud800"'), /canonical form/],
  ])('rejects %s, naming the line', (_, mutate, message) => {
    const log = serializeLog([entry('1'), entry('2')]);
    expect(() => parseLog(mutate(log), 'log')).toThrow(message);
  });

  it('appends once per (commit, aggregate)', () => {
    const one = appendEntry([], entry('1'));
    expect(one).toMatchObject({ index: 0, appended: true });
    expect(appendEntry(one.entries, { ...entry('1'), build_time: 'later' })).toMatchObject({ index: 0, appended: false });
    expect(appendEntry(one.entries, entry('1', 'b'.repeat(64)))).toMatchObject({ index: 1, appended: true });
  });
});

describe('archive across a key rotation', () => {
  it('an old checkpoint signed by the previous key stays usable after rotation', async () => {
    const old = parseSigningSeed(SEED_A);
    const current = parseSigningSeed(SEED_B);
    const first = await build({ seed: SEED_A, commit: '1'.repeat(40) });
    const oldCheckpoint = String(first.files.find((f) => f.path === 'archive/checkpoint')!.content);
    const endorsement = endorseSuccessor(old, current.keyId);
    const second = await build({
      seed: SEED_B,
      commit: '2'.repeat(40),
      previousState: new Map(Object.entries(first.state)),
      config: { previous_public_keys: [{ public_key: endorsement.public_key, endorsement: endorsement.endorsement! }] },
    });
    const files = new Map(
      [...second.input, ...second.files].map((f) => [f.path, typeof f.content === 'string' ? new TextEncoder().encode(f.content) : f.content]),
    );
    const unpinned = await verifyPublished(memorySource(files), { pinnedKeys: [], archive: true, oldCheckpoint: { text: oldCheckpoint, file: 'old' } });
    expect(unpinned.problems).toEqual([]);
    const pinnedNew = await verifyPublished(memorySource(files), {
      pinnedKeys: [current.publicKey],
      archive: true,
      oldCheckpoint: { text: oldCheckpoint, file: 'old' },
    });
    expect(pinnedNew.problems).toEqual([]);
    expect(pinnedNew.archive).toEqual({ tree_size: 2, leaf_index: 1, consistent_from: 1 });
  });
});
