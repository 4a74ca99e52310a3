import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../../src/core/validation.ts';
import { pagesWorkflow } from '../../../src/present/init/workflow.ts';

describe('the Pages workflow init writes', () => {
  it('is the documented example, for a repository on main', () => {
    expect(pagesWorkflow('main')).toBe(readFileSync('docs/examples/pages-workflow.yml', 'utf8'));
  });

  it.each(['release/2026', 'feat#1: x', "it's", 'a"b', `\${{ github.token }}`, 'ünïcode'])('names branch %j exactly', (branch) => {
    const workflow = parseYaml(pagesWorkflow(branch), 'govpages.yml') as {
      on: { push: { branches: string[] } };
      jobs: { build: { steps: { with?: object }[] } };
    };
    expect(workflow.on.push.branches).toEqual([branch]);
    expect(workflow.jobs.build.steps[0]).toEqual({ uses: 'actions/checkout@v4', with: { 'fetch-depth': 0 } });
  });
});
