export { portConflictsBadge, conflictColors } from './port-conflicts.ts';
export { portsRegisteredBadge } from './ports-registered.ts';
