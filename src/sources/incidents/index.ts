export { incidentFrontMatterSchema, type IncidentFrontMatter } from './front-matter-schema.ts';
export { parseIncident } from './parse-incident.ts';
export { readIncidents, readIncidentReports, sortIncidents, isReport } from './read-incidents.ts';
export { renderIncidentMarkdown, plainSummary, escapeHtml } from './render-markdown.ts';
