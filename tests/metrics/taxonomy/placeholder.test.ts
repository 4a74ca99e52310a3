import { describe, expect, it } from 'vitest';
import { isPlaceholder, runbookStatus } from '../../../src/metrics/taxonomy/index.ts';

describe('isPlaceholder', () => {
  it.each([
    { text: 'TODO:', expected: true },
    { text: 'TODO: write the runbook', expected: true },
    { text: 'todo', expected: true },
    { text: 'TBD', expected: true },
    { text: 'tba', expected: true },
    { text: 'FIXME', expected: true },
    { text: 'XXX', expected: true },
    { text: 'placeholder', expected: true },
    { text: 'N/A', expected: true },
    { text: 'none', expected: true },
    { text: '-', expected: true },
    { text: '...', expected: true },
    { text: '?', expected: true },
    { text: '', expected: true },
    { text: '  ', expected: true },
    { text: '\t\n', expected: true },
    // A placeholder word followed by a colon, dash or bracket is a placeholder...
    { text: 'TODO-list', expected: true },
    { text: 'TBD (ask the on-call)', expected: true },
    { text: 'todo.', expected: true },
    // ...but a sentence that merely begins with one is real text.
    { text: 'Todo list review', expected: false },
    { text: 'None of the replicas are ready', expected: false },
    { text: 'Todolist service down', expected: false },
    { text: 'Nonexistent target', expected: false },
    { text: 'https://runbooks.example.com/todo', expected: false },
    { text: 'Check the TODO queue', expected: false },
    { text: 'Error rate above 5%', expected: false },
    { text: '-1 replicas', expected: false },
    { text: undefined, expected: false },
    { text: null, expected: false },
  ])('$text -> $expected', ({ text, expected }) => {
    expect(isPlaceholder(text)).toBe(expected);
  });
});

describe('runbookStatus', () => {
  it.each([
    { runbook: undefined, expected: 'missing' },
    { runbook: null, expected: 'missing' },
    { runbook: '', expected: 'missing' },
    { runbook: '   ', expected: 'missing' },
    { runbook: 'TODO: link', expected: 'placeholder' },
    { runbook: 'tbd', expected: 'placeholder' },
    { runbook: '-', expected: 'placeholder' },
    { runbook: 'https://runbooks.example.com/api-errors', expected: 'complete' },
    { runbook: 'docs/runbooks/api.md', expected: 'complete' },
  ])('$runbook -> $expected', ({ runbook, expected }) => {
    expect(runbookStatus(runbook)).toBe(expected);
  });
});
