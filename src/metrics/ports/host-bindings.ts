import type { LocatedPort, LocatedService } from '../../sources/ports/registry-schema.ts';

/** A port on the host's network namespace, where two services cannot both listen. */
export interface HostBinding {
  port: number;
  protocol: 'tcp' | 'udp';
  service: string;
  port_name: string;
  line: number;
}

/**
 * Host ports a service port occupies. A container's internal port is private to the container, so
 * only its published `external` port lands on the host; a host process listens on `internal`
 * itself, and on `external` too when it is exposed on a second port.
 */
export function hostPorts(service: Pick<LocatedService, 'container'>, port: Pick<LocatedPort, 'internal' | 'external'>): number[] {
  if (service.container) return port.external === undefined ? [] : [port.external];
  return port.external === undefined || port.external === port.internal ? [port.internal] : [port.internal, port.external];
}

export function hostBindings(services: LocatedService[]): HostBinding[] {
  return services.flatMap((service) =>
    service.ports.flatMap((port) =>
      hostPorts(service, port).map((number) => ({
        port: number,
        protocol: port.protocol,
        service: service.name,
        port_name: port.name,
        line: port.line,
      })),
    ),
  );
}
