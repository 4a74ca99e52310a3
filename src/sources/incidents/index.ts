export { type IncidentFrontMatter, incidentFrontMatterSchema, readStartTime, type StartTime } from './front-matter-schema.ts';
export { parseIncident } from './parse-incident.ts';
export { isReport, readIncidentReports, readIncidents, sortIncidents } from './read-incidents.ts';
export { plainSummary, renderIncidentMarkdown } from './render-markdown.ts';
