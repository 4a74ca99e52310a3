import { stableJson } from '../../core/json.ts';
import type { IncidentsSection } from '../../model/incidents.ts';
import type { OutputFile } from '../../model/output-file.ts';

/** The incidents kind's status files: the section (reports included) as `status/incidents.json`. */
export function incidentsFiles(section: IncidentsSection): OutputFile[] {
  return [{ path: 'status/incidents.json', content: stableJson(section) }];
}
