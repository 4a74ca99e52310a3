import { describe, expect, it } from 'vitest';
import { computeIncidentsSection } from '../../../src/metrics/incidents/index.ts';
import type { GatesSection } from '../../../src/model/gates.ts';
import { gatesFiles } from '../../../src/publish/files/gates.ts';
import { incidentsFiles } from '../../../src/publish/files/incidents.ts';

describe('gates and incidents status files', () => {
  it('publish each section as one JSON file with sorted keys and a final newline', () => {
    const incidents = computeIncidentsSection([], '2026-01-20T00:00:00.000Z', 'governance/incidents');
    const [file] = incidentsFiles(incidents);
    expect(file!.path).toBe('status/incidents.json');
    expect(String(file!.content)).toBe(
      '{\n  "by_severity": {\n    "critical": 0,\n    "high": 0,\n    "low": 0,\n    "medium": 0\n  },\n  "days_since_last": null,\n  "incidents": [],\n  "last_incident": null,\n  "mttr_minutes": null,\n  "open": 0,\n  "resolved": 0,\n  "source_path": "governance/incidents",\n  "total": 0\n}\n',
    );
    expect(gatesFiles({ strict: false, source_path: 'g' } as GatesSection)).toEqual([
      { path: 'status/gates.json', content: '{\n  "source_path": "g",\n  "strict": false\n}\n' },
    ]);
  });
});
