/**
 * Prometheus text exposition (format 0.0.4). Samples are written in the order given, families in
 * the order first seen, so output is stable.
 */
export interface Sample {
  name: string;
  help: string;
  type: 'gauge' | 'counter';
  labels?: Record<string, string>;
  value: number;
}

export function renderExposition(samples: readonly Sample[]): string {
  const families = new Map<string, Sample[]>();
  for (const sample of samples) {
    const list = families.get(sample.name) ?? [];
    list.push(sample);
    families.set(sample.name, list);
  }
  const lines: string[] = [];
  for (const [name, list] of families) {
    lines.push(`# HELP ${name} ${escapeHelp(list[0]!.help)}`, `# TYPE ${name} ${list[0]!.type}`);
    for (const sample of list) {
      const labels = Object.entries(sample.labels ?? {})
        .map(([key, value]) => `${key}="${escapeLabel(value)}"`)
        .join(',');
      lines.push(`${name}${labels ? `{${labels}}` : ''} ${formatValue(sample.value)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function escapeHelp(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
}

function escapeLabel(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
}

function formatValue(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return '+Inf';
  if (value === -Infinity) return '-Inf';
  return String(value);
}
