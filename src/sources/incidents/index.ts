export { type IncidentFrontMatter, incidentFrontMatterSchema } from './front-matter-schema.ts';
export { parseIncident } from './parse-incident.ts';
export { isReport, readIncidentReports, readIncidents, sortIncidents } from './read-incidents.ts';
export { plainSummary, renderIncidentMarkdown } from './render-markdown.ts';
