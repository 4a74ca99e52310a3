import fc from 'fast-check';
import { describe, it } from 'vitest';
import { canonicalJson } from '../../src/core/json.ts';
import { parseLog } from '../../src/integrity/archive.ts';
import { checkpointBody, parseCheckpoint, parseNote, signNote } from '../../src/integrity/checkpoint.ts';
import { parseSigningSeed } from '../../src/integrity/keys.ts';
import { binaryText, DEEP_RUNS, deepTexts, documentText, editText, fuzz, mutated, NASTY_FRAGMENTS, nastyString, resultOrInputError } from './_fuzz.ts';

// The audit archive's log (integrity/archive.ts parseLog) and its signed tree head, a C2SP
// checkpoint in a signed note (integrity/checkpoint.ts parseCheckpoint, parseNote).

const entry = {
  aggregate_sha256: 'a'.repeat(64),
  build_time: '2026-03-01T00:00:00Z',
  commit: 'c'.repeat(40),
  count: 12,
  key_id: 'b'.repeat(64),
  signature: 'c2ln',
  signature_format_version: 2,
};

/** A log: canonical lines (some mutated, re-serialised canonically or not), then maybe an edit. */
const logText = fc
  .tuple(
    fc.array(
      fc.oneof(
        { weight: 4, arbitrary: fc.constant(canonicalJson(entry)) },
        { weight: 4, arbitrary: mutated(entry, { keys: ['count', 'commit', 'signature_format_version'] }).map((value) => JSON.stringify(value) ?? 'null') },
        { weight: 1, arbitrary: documentText(mutated(entry), ['json']) },
        { weight: 1, arbitrary: binaryText },
      ),
      { maxLength: 5 },
    ),
    fc.record({
      kind: fc.constantFrom<'none' | 'truncate' | 'insert' | 'bom' | 'crlf'>('none', 'none', 'truncate', 'insert', 'bom', 'crlf'),
      at: fc.nat(),
      fragment: nastyString,
    }),
  )
  .map(([lines, edit]) => editText(lines.map((line) => `${line}\n`).join(''), edit));

const key = parseSigningSeed(Buffer.alloc(32, 7).toString('base64'));
const root = new Uint8Array(32).fill(171);
const validNote = signNote(checkpointBody({ origin: 'example.com/govpages', size: 12, rootHash: root }), 'example.com/govpages', key);

/** Notes: the valid one edited, lines swapped for hostile ones, or anything. */
const noteText = fc.oneof(
  fc
    .record({
      kind: fc.constantFrom<'none' | 'truncate' | 'insert' | 'append' | 'nul' | 'crlf'>('none', 'truncate', 'insert', 'append', 'nul', 'crlf'),
      at: fc.nat(),
      fragment: nastyString,
    })
    .map((edit) => editText(validNote, edit)),
  fc
    .tuple(
      fc.nat(),
      fc.oneof(nastyString, fc.constantFrom('', '0', '01', '-1', '99999999999999999999', 'q6urq6s=', '\u2014 o AAAA', '\u2014 o AAAAAAB=', ...NASTY_FRAGMENTS)),
    )
    .map(([at, line]) => {
      const lines = validNote.split('\n');
      lines[at % lines.length] = line;
      return lines.join('\n');
    }),
  nastyString,
  binaryText,
);

describe('fuzz: archive log and checkpoints (any input gives a result or an InputError)', () => {
  it('parseLog (archive/log.jsonl)', () => {
    fuzz(logText, (text) => resultOrInputError(() => parseLog(text, 'archive/log.jsonl'), 'archive/log.jsonl'));
  });

  it('parseLog, nested 1,000 to 20,000 deep', () => {
    fuzz(deepTexts(entry, ['json']), (line) => resultOrInputError(() => parseLog(`${line}\n`, 'archive/log.jsonl'), 'archive/log.jsonl'), DEEP_RUNS);
  });

  it('parseNote and parseCheckpoint (archive/checkpoint)', () => {
    fuzz(noteText, (text) =>
      resultOrInputError(() => {
        const note = parseNote(text, 'archive/checkpoint');
        return parseCheckpoint(note.text, 'archive/checkpoint');
      }, 'archive/checkpoint'),
    );
  });
});
