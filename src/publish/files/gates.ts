import { stableJson } from '../../core/json.ts';
import type { GatesSection } from '../../model/gates.ts';
import type { OutputFile } from '../../model/output-file.ts';

/** The gates kind's status files: the section as `status/gates.json`. */
export function gatesFiles(section: GatesSection): OutputFile[] {
  return [{ path: 'status/gates.json', content: stableJson(section) }];
}
