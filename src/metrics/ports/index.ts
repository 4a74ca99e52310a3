export { checkRegistry } from './check-registry.ts';
export { registryCheck } from './check.ts';
export { conflictEvents } from './events.ts';
export { hostBindings, hostPorts, type HostBinding } from './host-bindings.ts';
export { portOwners, scanReport } from './scan-report.ts';
export { PORT_RULES } from './rules.ts';
export { portsSection } from './table.ts';
