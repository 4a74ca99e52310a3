import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appendAlerts, newTaxonomyText } from '../../../src/metrics/init/append-alerts.ts';

const entry = { name: 'New', group: 'g', severity: 'critical', scope: 'service', category: 'errors', description: 'd' };

describe('appendAlerts', () => {
  it.each([
    {
      title: 'two-space file: after the last entry, same indentation',
      text: '{\n  "alerts": [\n    {"name": "A"}\n  ]\n}\n',
      out: '{\n  "alerts": [\n    {"name": "A"},\n    {\n      "category": "errors",\n      "description": "d",\n      "group": "g",\n      "name": "New",\n      "scope": "service",\n      "severity": "critical"\n    }\n  ]\n}\n',
    },
    {
      title: 'tab-indented file with CRLF line endings',
      text: '{\r\n\t"alerts": [\r\n\t\t{"name": "A"}\r\n\t]\r\n}\r\n',
      out: '{\r\n\t"alerts": [\r\n\t\t{"name": "A"},\r\n\t\t{\r\n\t\t\t"category": "errors",\r\n\t\t\t"description": "d",\r\n\t\t\t"group": "g",\r\n\t\t\t"name": "New",\r\n\t\t\t"scope": "service",\r\n\t\t\t"severity": "critical"\r\n\t\t}\r\n\t]\r\n}\r\n',
    },
    {
      title: 'an empty list',
      text: '{\n  "version": 1,\n  "alerts": []\n}\n',
      out: '{\n  "version": 1,\n  "alerts": [\n    {\n      "category": "errors",\n      "description": "d",\n      "group": "g",\n      "name": "New",\n      "scope": "service",\n      "severity": "critical"\n    }\n  ]\n}\n',
    },
  ])('$title', ({ text, out }) => {
    expect(appendAlerts(text, [entry])).toBe(out);
  });

  it('finds the top-level alerts list past keys, strings and nested lists that look like it', () => {
    const text = '{"note": "\\"alerts\\": [ ]", "meta": {"alerts": [1, 2]}, "alerts": [{"name": "A", "x": "]}"}], "after": [3]}';
    const parsed = JSON.parse(appendAlerts(text, [entry]));
    expect(parsed.meta.alerts).toEqual([1, 2]);
    expect(parsed.after).toEqual([3]);
    expect(parsed.alerts).toEqual([{ name: 'A', x: ']}' }, entry]);
  });

  it('leaves the text as it is with nothing to add', () => {
    expect(appendAlerts('{"alerts":[]}', [])).toBe('{"alerts":[]}');
  });

  it('a new taxonomy is the one writer layout', () => {
    expect(newTaxonomyText([])).toBe('{\n  "alerts": []\n}\n');
  });

  // Any taxonomy-shaped JSON, in any indentation: the result parses as the same value with the
  // entries appended, and every byte before the insertion point and after it is the input's.
  it('keeps the existing text and appends exactly the entries (property)', () => {
    const json = fc.jsonValue({ maxDepth: 3 });
    const alert = fc.dictionary(fc.string(), json, { maxKeys: 4 }).map((value) => ({ ...value, name: 'x' }));
    const taxonomy = fc.record({ before: fc.dictionary(fc.string(), json, { maxKeys: 3 }), alerts: fc.array(alert, { maxLength: 4 }) });
    const layout = fc.constantFrom<string | number | undefined>(undefined, 0, 2, 4, '\t');
    const added = fc.array(
      fc.dictionary(fc.string(), json, { maxKeys: 4 }).map((value) => ({ ...value, name: 'new' })),
      { minLength: 1, maxLength: 3 },
    );
    fc.assert(
      fc.property(taxonomy, layout, added, ({ before, alerts }, space, entries) => {
        const value = { ...Object.fromEntries(Object.entries(before).filter(([key]) => key !== 'alerts' && key !== '__proto__')), alerts };
        const text = JSON.stringify(value, null, space);
        const out = appendAlerts(text, entries);
        const parsed = JSON.parse(out);
        expect(parsed.alerts).toEqual([...alerts, ...JSON.parse(JSON.stringify(entries))]);
        let prefix = 0;
        while (prefix < text.length && text[prefix] === out[prefix]) prefix++;
        const suffix = text.length - prefix;
        expect(out.slice(out.length - suffix)).toBe(text.slice(prefix));
      }),
    );
  });
});
