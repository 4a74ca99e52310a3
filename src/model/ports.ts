// Section of the StatusModel for the ports evidence kind; filled in by its issue.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface PortsSection {}
