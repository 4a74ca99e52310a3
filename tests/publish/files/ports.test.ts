import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkRegistry, portsSection } from '../../../src/metrics/ports/index.ts';
import { endpointBadgeSchema } from '../../../src/model/badge.ts';
import { portsSectionSchema } from '../../../src/model/ports.ts';
import { portsBadges, portsFiles, portsMarkdown } from '../../../src/publish/files/ports.ts';
import { parseRegistry } from '../../../src/sources/ports/index.ts';

const fixture = readFileSync(new URL('../../fixtures/ports/registry.yaml', import.meta.url), 'utf8');
const registry = parseRegistry(fixture, 'config/ports/registry.yaml');
const findings = checkRegistry(registry);
const section = portsSection(registry, findings);

describe('portsMarkdown', () => {
  it('renders PORTS.md with one row per port and the findings', () => {
    const markdown = portsMarkdown(portsSection(registry, findings));
    expect(markdown).toContain('| 4010 | tcp | mtproto **(conflict)** | mtproto | 4010 | - | host | backend | 28 |');
    expect(markdown).toContain('| - | tcp | workspace-api | metrics | 9100 | - | container | backend | 37 |');
    expect(markdown).toContain('- **error** `port-conflict`: host port 4010/tcp is used 2 times');
    expect(markdown.endsWith('\n')).toBe(true);
  });

  it.each([
    {
      name: 'a clean registry says None and pluralises',
      yaml: 'services:\n  - name: a|b\n    container: false\n    ports:\n      - internal: 80\n',
      has: [
        '1 services, 1 ports, 1 host ports in use, 0 conflicts, 0 out of range.',
        '| 80 | tcp | a\\|b | http | 80 | - | host | - | 5 |',
        '## Findings\n\nNone.\n',
      ],
      hasNot: ['## Ranges'],
    },
    { name: 'ranges get their own table', yaml: 'ranges:\n  - name: r\n    from: 1\n    to: 9\nservices: []\n', has: ['| r | 1 | 9 | 0 |  |'], hasNot: [] },
  ])('$name', ({ yaml, has, hasNot }) => {
    const parsed = parseRegistry(yaml, 'r.yaml');
    const markdown = portsMarkdown(portsSection(parsed, checkRegistry(parsed)));
    for (const text of has) expect(markdown).toContain(text);
    for (const text of hasNot) expect(markdown).not.toContain(text);
  });
});

describe('portsFiles', () => {
  it('publishes the section as sorted JSON that its schema accepts, and the table', () => {
    const files = portsFiles(section);
    expect(files.map((file) => file.path)).toEqual(['status/ports.json', 'status/PORTS.md']);
    const json = files[0]!.content as string;
    expect(json.endsWith('\n')).toBe(true);
    expect(Object.keys(JSON.parse(json))).toEqual(['findings', 'ranges', 'registry', 'rows', 'summary']);
    expect(portsSectionSchema.parse(JSON.parse(json))).toEqual(section);
    expect(files[1]!.content).toBe(portsMarkdown(section));
  });
});

describe('portsBadges', () => {
  it('publishes the conflicts and registry badges as valid endpoint badges', () => {
    const badges = portsBadges(section, 300);
    expect(badges.map((badge) => [badge.file, badge.kind, badge.endpoint.message, badge.endpoint.color, badge.endpoint.cacheSeconds])).toEqual([
      ['badge-ports-conflicts.json', 'ports', '1', 'red', 300],
      ['badge-ports-registry.json', 'ports', '3 registered', 'red', 300],
    ]);
    for (const badge of badges) expect(endpointBadgeSchema.parse(badge.endpoint)).toEqual(badge.endpoint);
  });
});
