import { describe, expect, it } from 'vitest';
import { endpointBadgeSchema } from '../../../../src/model/badge.ts';
import { toEndpoint } from '../../../../src/publish/badges/badge.ts';
import { catalogComplianceBadge, catalogDegradedBadge } from '../../../../src/publish/badges/catalog/index.ts';
import { portConflictsBadge, portsRegisteredBadge } from '../../../../src/publish/badges/ports/index.ts';

describe('catalog compliance badge boundaries', () => {
  it.each([
    { total: 0, compliant: 0, ratio: 1, message: 'no repositories', color: 'lightgrey' },
    { total: 10, compliant: 4, ratio: 0.4, message: '40% (4/10)', color: 'red' },
    { total: 10, compliant: 5, ratio: 0.5, message: '50% (5/10)', color: 'orange' },
    { total: 4, compliant: 3, ratio: 0.75, message: '75% (3/4)', color: 'yellow' },
    { total: 10, compliant: 9, ratio: 0.9, message: '90% (9/10)', color: 'green' },
    { total: 6, compliant: 4, ratio: 4 / 6, message: '66.7% (4/6)', color: 'orange' },
    { total: 3, compliant: 3, ratio: 1, message: '100% (3/3)', color: 'brightgreen' },
  ])('$compliant/$total -> $message $color', ({ total, compliant, ratio, message, color }) => {
    const endpoint = toEndpoint(catalogComplianceBadge, { total, compliant, compliant_ratio: ratio }, 300);
    expect([endpoint.message, endpoint.color]).toEqual([message, color]);
    expect(endpointBadgeSchema.safeParse(endpoint).success).toBe(true);
  });
});

describe('catalog degraded badge boundaries', () => {
  it.each([
    { degraded: 0, message: 'none degraded', color: 'brightgreen' },
    { degraded: 1, message: '1 degraded', color: 'orange' },
    { degraded: 2, message: '2 degraded', color: 'orange' },
    { degraded: 3, message: '3 degraded', color: 'red' },
  ])('$degraded -> $message $color', ({ degraded, message, color }) => {
    expect(catalogDegradedBadge.render({ compliance_degraded: degraded })).toEqual({ message, color });
  });
});

describe('ports badges', () => {
  it.each([
    { conflicts: 0, message: 'none', color: 'brightgreen' },
    { conflicts: 1, message: '1', color: 'red' },
  ])('conflicts $conflicts', ({ conflicts, message, color }) => {
    expect(portConflictsBadge.render({ conflicts })).toEqual({ message, color });
  });
  it.each([
    { errors: 0, warnings: 0, color: 'blue' },
    { errors: 0, warnings: 1, color: 'orange' },
    { errors: 1, warnings: 1, color: 'red' },
  ])('registry errors $errors warnings $warnings -> $color', ({ errors, warnings, color }) => {
    expect(portsRegisteredBadge.render({ host_ports: 12, errors, warnings })).toEqual({ message: '12 registered', color });
  });
});
