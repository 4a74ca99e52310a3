import { InputError } from '../../core/errors.ts';
import { quote } from '../../core/printable.ts';
import { parseJson, parseWith } from '../../core/validation.ts';
import { type Taxonomy, taxonomySchema } from './schema.ts';

// The rule files the taxonomy is checked against are read by the Prometheus source; one door for both.
export { type AlertRule, parseRuleFile } from '../prometheus/rules.ts';

/**
 * Parses `alerts_taxonomy.json` text: JSON syntax (with line), schema (with JSON path), and unique
 * alert names, since every figure keys alerts by name.
 */
export function parseTaxonomy(text: string, file: string): Taxonomy {
  const taxonomy = parseWith(taxonomySchema, parseJson(text, file), file);
  const seen = new Map<string, number>();
  taxonomy.alerts.forEach((alert, index) => {
    const first = seen.get(alert.name);
    if (first !== undefined) {
      throw new InputError(`duplicate alert name ${quote(alert.name)} (first at $.alerts[${first}]; expected unique names)`, {
        file,
        where: `$.alerts[${index}].name`,
      });
    }
    seen.set(alert.name, index);
  });
  return taxonomy;
}
