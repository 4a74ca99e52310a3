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
    // The placeholder word only has to start the text: these real-looking texts count as placeholders.
    // (Reported to the lead: "None of the replicas are ready" is a plausible description.)
    { text: 'Todo list review', expected: true },
    { text: 'None of the replicas are ready', expected: true },
    { text: 'TODO-list', expected: true },
    // A word that merely starts with the letters does not: `\b` needs a word boundary.
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
