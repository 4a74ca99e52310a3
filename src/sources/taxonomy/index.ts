export { parseTaxonomy } from './read.ts';
export { taxonomySchema, alertSchema, severitySchema, SEVERITIES, SEVERITY_WEIGHT, type Alert, type Taxonomy, type Severity } from './schema.ts';
