export { parseTaxonomy } from './parse.ts';
export { readTaxonomyInputs, type TaxonomyInputs } from './read.ts';
export { readTaxonomyHistory, type TaxonomyVersion } from './history.ts';
export type { InputFiles } from './files.ts';
export { taxonomySchema, alertSchema, severitySchema, SEVERITIES, type Alert, type Taxonomy, type Severity } from './schema.ts';
