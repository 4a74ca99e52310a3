import { describe, expect, it, vi } from 'vitest';
import { readIncidents } from '../../../src/sources/incidents/index.ts';
import { atHead } from '../../helpers/context.ts';
import { gitFixture } from '../gates/git-fixture.ts';

// Counts the git processes govpages starts: runGit uses execFile, readBlobs uses spawn. The test
// fixtures use execFileSync, which is not counted.
const started = vi.hoisted(() => ({ commands: [] as string[] }));
vi.mock('node:child_process', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:child_process')>();
  return {
    ...original,
    execFile: ((file: string, args: string[], ...rest: unknown[]) => {
      started.commands.push(`${file} ${args.join(' ')}`);
      return (original.execFile as (...all: unknown[]) => unknown)(file, args, ...rest);
    }) as typeof original.execFile,
    spawn: ((file: string, args: string[], ...rest: unknown[]) => {
      started.commands.push(`${file} ${args.join(' ')}`);
      return (original.spawn as (...all: unknown[]) => unknown)(file, args, ...rest);
    }) as typeof original.spawn,
  };
});

const report = (i: number) =>
  `---\ntitle: Incident ${i}\nstart: 2026-01-${String((i % 28) + 1).padStart(2, '0')}T10:00:00Z\nend: 2026-01-${String((i % 28) + 1).padStart(2, '0')}T11:00:00Z\nseverity: low\nservices: [api]\n---\nIncident ${i}.\n`;

/** `count` reports added over four commits. */
function repositoryWith(count: number): string {
  const commits = [0, 1, 2, 3].map((part) => ({
    date: `2026-02-0${part + 1}T00:00:00Z`,
    files: Object.fromEntries(
      Array.from({ length: count }, (_, i) => i)
        .filter((i) => i % 4 === part)
        .map((i) => [`governance/incidents/${String(i).padStart(3, '0')}.md`, report(i)]),
    ),
  }));
  return gitFixture(commits, 'govpages-incidents-count-');
}

describe('readIncidents process count', () => {
  it.each([1, 40])('reads %i reports and the commits that added them with exactly 2 git processes (one cat-file --batch, one log)', async (count) => {
    const context = await atHead(repositoryWith(count));
    started.commands.length = 0;
    const incidents = await readIncidents(context, 'governance/incidents');
    expect(incidents).toHaveLength(count);
    expect(new Set(incidents.map((incident) => incident.commit)).size).toBe(Math.min(count, 4));
    expect(incidents.every((incident) => /^[0-9a-f]{40}$/.test(incident.commit ?? ''))).toBe(true);
    expect(started.commands).toHaveLength(2);
    expect(started.commands.filter((command) => command === 'git cat-file --batch')).toHaveLength(1);
    expect(started.commands.filter((command) => /^git .*\blog\b/.test(command))).toHaveLength(1);
  });
});
