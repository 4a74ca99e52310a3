import type { LayerCoverage } from '../../model/gates.ts';

/**
 * Seed 001's coverage figure: critical layers with at least one gate (or configured probe) divided
 * by the number of critical layers ("2 layers covered / 14 critical layers = 14.3% coverage").
 * Layer names match case-insensitively, ignoring surrounding space.
 */
export function layerCoverage(criticalLayers: readonly string[], gateLayers: readonly (string | null)[]): LayerCoverage {
  const key = (layer: string) => layer.trim().toLowerCase();
  const named = new Set(gateLayers.filter((layer): layer is string => !!layer && !!layer.trim()).map(key));
  const critical = [...new Map(criticalLayers.map((layer) => [key(layer), layer])).values()];
  const criticalKeys = new Set(critical.map(key));
  const covered = critical.filter((layer) => named.has(key(layer)));
  const other = [
    ...new Map(
      gateLayers.filter((layer): layer is string => !!layer && !!layer.trim() && !criticalKeys.has(key(layer))).map((layer) => [key(layer), layer.trim()]),
    ).values(),
  ].sort();
  return {
    critical_layers: critical,
    covered,
    uncovered: critical.filter((layer) => !named.has(key(layer))),
    other_layers: other,
    covered_count: covered.length,
    total: critical.length,
    ratio: critical.length === 0 ? 0 : covered.length / critical.length,
  };
}
