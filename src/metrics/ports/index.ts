export { registryCheck } from './check.ts';
export { checkRegistry } from './check-registry.ts';
export { conflictEvents } from './events.ts';
export { type HostBinding, hostBindings, hostPorts } from './host-bindings.ts';
export { PORT_RULES } from './rules.ts';
export { portOwners, scanReport } from './scan-report.ts';
export { portsSection } from './table.ts';
