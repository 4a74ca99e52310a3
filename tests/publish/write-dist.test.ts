import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stageOutput, writeFiles } from '../../src/publish/write-dist.ts';
import { snapshotTree, tempDir } from '../helpers/git.ts';

function publishedBefore(): { parent: string; out: string } {
  const parent = tempDir();
  const out = join(parent, 'dist');
  mkdirSync(join(out, 'status'), { recursive: true });
  writeFileSync(join(out, 'index.html'), '<p>old</p>');
  writeFileSync(join(out, 'status', 'old.json'), '{"old":true}\n');
  return { parent, out };
}

/** Stage, fill, then publish, or discard on a failure: what the build does around its state write. */
async function writeAtomically(out: string, fill: (dir: string) => Promise<void> | void): Promise<void> {
  const staged = stageOutput(out);
  try {
    await fill(staged.dir);
  } catch (error) {
    staged.discard();
    throw error;
  }
  staged.publish();
}

describe('stageOutput', () => {
  it('leaves the old directory byte-identical and no staging directory when fill throws', async () => {
    const { parent, out } = publishedBefore();
    const before = snapshotTree(out);
    let staging = '';
    await expect(
      writeAtomically(out, async (dir) => {
        staging = dir;
        writeFileSync(join(dir, 'index.html'), '<p>half</p>');
        throw new Error('boom in fill');
      }),
    ).rejects.toThrow('boom in fill');
    expect(snapshotTree(out)).toEqual(before);
    expect(existsSync(staging)).toBe(false);
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  it('replaces the old directory entirely on success, staging beside the target', async () => {
    const { parent, out } = publishedBefore();
    let staging = '';
    await writeAtomically(out, async (dir) => {
      staging = dir;
      writeFiles(dir, [
        { path: 'index.html', content: '<p>new</p>' },
        { path: 'badges/deep/badge.json', content: Buffer.from('{"b":1}\n') },
      ]);
    });
    expect(staging.startsWith(join(parent, '.dist.staging-'))).toBe(true);
    expect(snapshotTree(out)).toEqual(
      new Map([
        ['badges/deep/badge.json', Buffer.from('{"b":1}\n').toString('base64')],
        ['index.html', Buffer.from('<p>new</p>').toString('base64')],
      ]),
    );
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  it('creates the target and its parents when nothing was published before', async () => {
    const out = join(tempDir(), 'a', 'b', 'dist');
    await writeAtomically(out, async (dir) => writeFiles(dir, [{ path: 'x.txt', content: 'x' }]));
    expect(snapshotTree(out)).toEqual(new Map([['x.txt', Buffer.from('x').toString('base64')]]));
  });
});
