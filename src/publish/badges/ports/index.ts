export { conflictColors, portConflictsBadge } from './port-conflicts.ts';
export { portsRegisteredBadge } from './ports-registered.ts';
