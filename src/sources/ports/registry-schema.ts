import { z } from 'zod';

const portNumber = z.number().int().min(1).max(65535);

/** A named block of host ports (`backend: 4000-4099`), so a team picks ports from its own block. */
export const portRangeSchema = z
  .strictObject({
    name: z.string().min(1),
    from: portNumber,
    to: portNumber,
    description: z.string().optional(),
  })
  .refine((range) => range.from <= range.to, { message: '"from" must not be above "to"', path: ['to'] });

/**
 * One port of a service. `internal` is the port the process listens on (inside its container when
 * `container: true`); `external` is the host port it is published on, if any.
 */
export const servicePortSchema = z.strictObject({
  name: z.string().min(1).default('http'),
  internal: portNumber,
  external: portNumber.optional(),
  protocol: z.enum(['tcp', 'udp']).default('tcp'),
  description: z.string().optional(),
});

export const serviceSchema = z.strictObject({
  name: z.string().min(1),
  description: z.string().optional(),
  owner: z.string().min(1).optional(),
  /** Name of the declared range the service's host ports must lie in. */
  range: z.string().min(1).optional(),
  /** Runs in a container (its internal ports are private to it) or directly on the host. */
  container: z.boolean(),
  ports: z.array(servicePortSchema).min(1),
});

/** `registry.yaml`, the single source of truth for ports (seed 003). */
export const registrySchema = z.strictObject({
  version: z.literal(1).default(1),
  ranges: z.array(portRangeSchema).default([]),
  services: z.array(serviceSchema),
});

export type PortRange = z.infer<typeof portRangeSchema>;
export type ServicePort = z.infer<typeof servicePortSchema>;
export type Service = z.infer<typeof serviceSchema>;
export type Registry = z.infer<typeof registrySchema>;

/** The registry with the YAML line of every service and port, for findings that point at the file. */
export interface LocatedPort extends ServicePort {
  line: number;
}
export interface LocatedService extends Omit<Service, 'ports'> {
  line: number;
  ports: LocatedPort[];
}
export interface RegistryRecord {
  file: string;
  version: 1;
  ranges: (PortRange & { line: number })[];
  services: LocatedService[];
}
