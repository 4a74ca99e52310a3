export { checkRegistry } from './check-registry.ts';
export { hostBindings, hostPorts, type HostBinding } from './host-bindings.ts';
export { portsSection } from './table.ts';
export { portsMarkdown } from './markdown.ts';
export { PORT_RULES, type PortFinding, type PortRuleId } from './rules.ts';
export { findHardcodedPorts, isComposeFile, portOwners, type PortHit } from './scan.ts';
