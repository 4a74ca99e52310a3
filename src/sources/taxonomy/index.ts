export type { InputFiles } from './files.ts';
export { readTaxonomyHistory, type TaxonomyVersion } from './history.ts';
export { parseTaxonomy } from './parse.ts';
export { readTaxonomyInputs, type TaxonomyInputs } from './read.ts';
export { type Alert, alertSchema, SEVERITIES, type Severity, severitySchema, type Taxonomy, taxonomySchema } from './schema.ts';
