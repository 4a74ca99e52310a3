export { catalogComplianceBadge, complianceColors } from './catalog-compliance.ts';
export { catalogDegradedBadge, degradedColors } from './catalog-degraded.ts';
