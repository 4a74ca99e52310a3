export { mttrMinutes, daysSinceLastIncident, computeIncidentsSection } from './incident-figures.ts';
export { incidentsCheck } from './check.ts';
export { incidentEvents } from './events.ts';
