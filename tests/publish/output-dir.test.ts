import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectOutputDir, type OutputDirFacts, outputDirProblem } from '../../src/publish/output-dir.ts';
import { tempDir } from '../helpers/git.ts';

const repoRoot = '/work/repo';
const facts = (out: string, more: Partial<OutputDirFacts> = {}): OutputDirFacts => ({ out, state: 'missing', repoRoot, tracked: false, ...more });

describe('outputDirProblem', () => {
  it.each([
    ['the repository itself', facts('/work/repo'), /is the repository itself/],
    ['an ancestor of the repository', facts('/work'), /contains the repository/],
    ['the file system root', facts('/'), /contains the repository/],
    ['the current directory', facts('/tmp/site', { cwd: '/tmp/site', state: 'govpages' }), /is the current directory/],
    ['a file', facts('/tmp/site.json', { state: 'file' }), /is a file/],
    ['a folder with tracked files', facts('/work/repo/organizations', { state: 'other', tracked: true }), /holds files tracked by git/],
    ['a tracked folder even if it looks like ours', facts('/work/repo/docs', { state: 'govpages', tracked: true }), /holds files tracked by git/],
    ["somebody else's folder", facts('/tmp/photos', { state: 'other' }), /was not written by govpages/],
  ])('refuses %s', (_, input, message) => {
    expect(outputDirProblem(input)).toMatch(message);
  });

  it.each([
    ['a new folder outside the repository', facts('/tmp/site')],
    ['an empty folder', facts('/tmp/site', { state: 'empty' })],
    ['its own earlier output', facts('/tmp/site', { state: 'govpages' })],
    ['an untracked folder inside the repository', facts('/work/repo/dist', { state: 'govpages' })],
    ['a sibling whose name starts like the repository', facts('/work/repo-site')],
  ])('accepts %s', (_, input) => {
    expect(outputDirProblem(input)).toBeNull();
  });
});

describe('inspectOutputDir', () => {
  it('tells missing, file, empty, govpages and other apart', () => {
    const root = tempDir();
    expect(inspectOutputDir(join(root, 'none'))).toBe('missing');
    writeFileSync(join(root, 'file'), 'x');
    expect(inspectOutputDir(join(root, 'file'))).toBe('file');
    mkdirSync(join(root, 'empty'));
    expect(inspectOutputDir(join(root, 'empty'))).toBe('empty');
    mkdirSync(join(root, 'ours/status'), { recursive: true });
    writeFileSync(join(root, 'ours/status/checksums.json'), '{"aggregate_sha256":"ab","artifacts":{}}');
    expect(inspectOutputDir(join(root, 'ours'))).toBe('govpages');
    mkdirSync(join(root, 'theirs/status'), { recursive: true });
    writeFileSync(join(root, 'theirs/status/checksums.json'), '{"files":[]}');
    expect(inspectOutputDir(join(root, 'theirs'))).toBe('other');
    writeFileSync(join(root, 'empty/.keep'), '');
    expect(inspectOutputDir(join(root, 'empty'))).toBe('other');
  });
});
