export { incidentsCheck } from './check.ts';
export { incidentEvents } from './events.ts';
export { computeIncidentsSection, daysSinceLastIncident, mttrMinutes } from './incident-figures.ts';
