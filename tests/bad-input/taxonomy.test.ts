import { describe } from 'vitest';
import { ALERT, type BadInputCase, corpus, json, PATHS } from './harness.ts';

/** The alert taxonomy and the Prometheus rule files, in a build. */
const taxonomy = (alerts: unknown[]) => json({ version: 1, alerts });
const LINE = /line \d+ column \d+/;

const cases: BadInputCase[] = [
  // alerts_taxonomy.json
  {
    name: 'taxonomy: malformed JSON',
    files: { [PATHS.taxonomy]: '{\n  "alerts": [\n    {"name": "A",}\n  ]\n}\n' },
    file: PATHS.taxonomy,
    where: /line 3 column \d+/,
    message: /malformed JSON/,
  },
  { name: 'taxonomy: truncated JSON', files: { [PATHS.taxonomy]: '{\n  "alerts": [\n' }, file: PATHS.taxonomy, where: LINE, message: /malformed JSON/ },
  { name: 'taxonomy: a top-level array', files: { [PATHS.taxonomy]: '[]\n' }, file: PATHS.taxonomy, where: /\$/, message: /expected object/ },
  {
    name: 'taxonomy: alerts is not a list',
    files: { [PATHS.taxonomy]: json({ alerts: {} }) },
    file: PATHS.taxonomy,
    where: /\$\.alerts/,
    message: /expected array/,
  },
  // A severity outside the vocabulary and a key the schema does not define are lint findings, not
  // bad input (issue 11: tests/cli/lint-real-shaped.test.ts); an empty or missing severity still is.
  {
    name: 'taxonomy: an empty severity',
    files: { [PATHS.taxonomy]: taxonomy([{ ...ALERT, severity: '' }]) },
    file: PATHS.taxonomy,
    where: /\$\.alerts\[0\]\.severity/,
    message: /got ""/,
  },
  {
    name: 'taxonomy: a missing severity',
    files: { [PATHS.taxonomy]: taxonomy([{ ...ALERT, severity: undefined }]) },
    file: PATHS.taxonomy,
    where: /\$\.alerts\[0\]\.severity/,
    message: /expected string/,
  },
  {
    name: 'taxonomy: a missing name',
    files: { [PATHS.taxonomy]: taxonomy([{ ...ALERT, name: undefined }]) },
    file: PATHS.taxonomy,
    where: /\$\.alerts\[0\]\.name/,
    message: /expected string/,
  },
  {
    name: 'taxonomy: a number where a string is expected',
    files: { [PATHS.taxonomy]: taxonomy([{ ...ALERT, description: 42 }]) },
    file: PATHS.taxonomy,
    where: /\$\.alerts\[0\]\.description/,
    message: /expected string/,
  },
  {
    name: 'taxonomy: deprecated is a string',
    files: { [PATHS.taxonomy]: taxonomy([{ ...ALERT, deprecated: 'yes' }]) },
    file: PATHS.taxonomy,
    where: /\$\.alerts\[0\]\.deprecated/,
    message: /expected boolean/,
  },
  {
    name: 'taxonomy: deprecated_since is not a date',
    files: { [PATHS.taxonomy]: taxonomy([{ ...ALERT, deprecated: true, deprecated_since: 'last week' }]) },
    file: PATHS.taxonomy,
    where: /\$\.alerts\[0\]\.deprecated_since/,
    message: /datetime/,
  },
  {
    name: 'taxonomy: deprecated_since out of range (month 13)',
    files: { [PATHS.taxonomy]: taxonomy([{ ...ALERT, deprecated: true, deprecated_since: '2026-13-45T00:00:00Z' }]) },
    file: PATHS.taxonomy,
    where: /\$\.alerts\[0\]\.deprecated_since/,
    message: /datetime/,
  },
  {
    name: 'taxonomy: a key written twice',
    files: { [PATHS.taxonomy]: '{\n  "alerts": [],\n  "alerts": []\n}\n' },
    file: PATHS.taxonomy,
    where: /line 3 column \d+/,
    message: /"alerts" appears twice/,
  },
  {
    name: 'taxonomy: a key written twice inside an alert',
    files: { [PATHS.taxonomy]: `{"alerts": [${JSON.stringify(ALERT).replace('{', '{"severity": "low", ')}]}\n` },
    file: PATHS.taxonomy,
    where: /line 1 column \d+/,
    message: /"severity" appears twice/,
  },
  {
    name: 'taxonomy: a byte order mark',
    files: { [PATHS.taxonomy]: `\uFEFF${taxonomy([ALERT])}` },
    file: PATHS.taxonomy,
    where: /line 1 column 1/,
    message: /byte order mark|BOM/i,
  },
  {
    name: 'taxonomy: binary content',
    files: { [PATHS.taxonomy]: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]) },
    file: PATHS.taxonomy,
    where: LINE,
    message: /malformed JSON|binary/i,
  },
  {
    name: 'taxonomy: NUL bytes inside a string',
    files: { [PATHS.taxonomy]: `{"alerts": [{"name": "A\u0000B"}]}\n` },
    file: PATHS.taxonomy,
    where: LINE,
    message: /malformed JSON|NUL|binary/i,
  },
  {
    name: 'taxonomy: a very long line',
    files: { [PATHS.taxonomy]: `{"alerts": [${'"x",'.repeat(200_000)}}\n` },
    file: PATHS.taxonomy,
    where: LINE,
    message: /malformed JSON/,
  },
  {
    name: 'taxonomy: an empty file',
    files: { [PATHS.taxonomy]: '' },
    file: PATHS.taxonomy,
    where: LINE,
    message: /malformed JSON|empty/i,
  },
  {
    name: 'taxonomy: only white space',
    files: { [PATHS.taxonomy]: '\n\n   \n' },
    file: PATHS.taxonomy,
    where: LINE,
    message: /malformed JSON|empty/i,
  },
  {
    name: 'taxonomy: a directory where the file is expected',
    files: { [PATHS.taxonomy]: { directory: { 'alerts.json': taxonomy([ALERT]) } } },
    file: PATHS.taxonomy,
    message: /directory|not a file/i,
  },
  {
    name: 'taxonomy: the file is missing',
    files: { [PATHS.taxonomy]: null },
    file: PATHS.taxonomy,
    message: /not found/,
  },
  {
    name: 'taxonomy: a committed symlink out of the repository',
    files: { [PATHS.taxonomy]: { symlink: '/etc/passwd' } },
    file: PATHS.taxonomy,
    message: /outside the repository|leaves the repository|symbolic link/i,
  },
  {
    name: 'taxonomy: a committed symlink to ../',
    files: { [PATHS.taxonomy]: { symlink: '../dist/status/status.json' } },
    file: PATHS.taxonomy,
    message: /outside the repository|leaves the repository|symbolic link/i,
  },
  {
    name: 'taxonomy: a committed symlink that points nowhere',
    files: { [PATHS.taxonomy]: { symlink: 'no-such-file.json' } },
    file: PATHS.taxonomy,
    message: /./,
  },

  // Prometheus rule files
  {
    name: 'rules: malformed YAML',
    files: { [PATHS.rules]: 'groups:\n  - name: api\n   rules: [\n' },
    file: PATHS.rules,
    where: LINE,
    message: /malformed YAML/,
  },
  {
    name: 'rules: a tab in the indentation',
    files: { [PATHS.rules]: 'groups:\n\t- name: api\n' },
    file: PATHS.rules,
    where: /line 2 column \d+/,
    message: /malformed YAML/,
  },
  {
    name: 'rules: groups is not a list',
    files: { [PATHS.rules]: 'groups: 3\n' },
    file: PATHS.rules,
    where: /\$\.groups/,
    message: /expected array/,
  },
  {
    name: 'rules: a rule without expr',
    files: { [PATHS.rules]: 'groups:\n  - name: api\n    rules:\n      - alert: ApiDown\n' },
    file: PATHS.rules,
    where: /\$\.groups\[0\]\.rules\[0\]\.expr/,
    message: /expected/,
  },
  {
    name: 'rules: a duplicate key',
    files: { [PATHS.rules]: 'groups:\n  - name: api\n    name: again\n    rules: []\n' },
    file: PATHS.rules,
    where: /line 3 column \d+/,
    message: /malformed YAML.*unique|duplicate/i,
  },
  {
    name: 'rules: a YAML alias bomb',
    files: {
      [PATHS.rules]: `a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\ngroups: []\n`,
    },
    file: PATHS.rules,
    message: /alias/i,
  },
  {
    name: 'rules: an alias to no anchor',
    files: { [PATHS.rules]: 'groups: *nothing\n' },
    file: PATHS.rules,
    message: /alias|anchor/i,
  },
  {
    name: 'rules: a byte order mark and a tab',
    files: { [PATHS.rules]: '\uFEFFgroups:\n\t- name: x\n' },
    file: PATHS.rules,
    where: LINE,
    message: /malformed YAML/,
  },
  {
    name: 'rules: binary content',
    files: { [PATHS.rules]: Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x02, 0x1b, 0x5b, 0x33, 0x31, 0x6d, 0x0a]) },
    file: PATHS.rules,
    message: /malformed YAML|binary/i,
  },
  {
    name: 'rules: a very long line',
    files: { [PATHS.rules]: `groups: [${'{name: x, rules: []},'.repeat(50_000)}\n` },
    file: PATHS.rules,
    where: LINE,
    message: /malformed YAML/,
  },
  {
    name: 'rules: a committed symlink out of the repository',
    files: { 'prometheus/passwd.yml': { symlink: '/etc/passwd' } },
    file: 'prometheus/passwd.yml',
    message: /outside the repository|leaves the repository|symbolic link/i,
  },
];

describe('bad input: alert taxonomy and Prometheus rules', () => {
  corpus(cases);
});
