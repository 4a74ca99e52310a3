export type { InputFiles } from './files.ts';
export { readTaxonomyHistory, type TaxonomyVersion } from './history.ts';
export { TAXONOMY_SCHEMA_PATH, taxonomyJsonSchema } from './json-schema.ts';
export { type AlertRule, parseRuleFile, parseTaxonomy } from './parse.ts';
export { readTaxonomyInputs, type TaxonomyInputs } from './read.ts';
export { ALERT_KEYS, type Alert, alertSchema, type Severity, severitySchema, TAXONOMY_KEYS, type Taxonomy, taxonomySchema } from './schema.ts';
