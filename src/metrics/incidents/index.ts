export { mttrMinutes, daysSinceLastIncident, computeIncidentsSection } from './incident-figures.ts';
