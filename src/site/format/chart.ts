import { roundTo } from '../../core/numbers.ts';
/** Geometry of a server-rendered line chart: plain numbers the SVG component writes out. */
export interface LineChartGeometry {
  width: number;
  height: number;
  /** `x,y x,y ...` for `<polyline points>`; empty when there are no values. */
  points: string;
  /** Closed polygon under the line for the fill. */
  area: string;
  min: number;
  max: number;
  first: number | null;
  last: number | null;
  /** Coordinates of the last point, for its marker. */
  end: { x: number; y: number } | null;
}

export interface ChartOptions {
  width?: number;
  height?: number;
  /** Fixed scale bounds (e.g. 0..1 for ratios); defaults to the data's own range. */
  min?: number;
  max?: number;
  padding?: number;
}

/**
 * Scales a series to an SVG box (y grows downwards). A flat series is drawn through the middle.
 * @example lineChart([0, 1], { width: 10, height: 10, padding: 0 }).points // '0,10 10,0'
 */
export function lineChart(values: readonly number[], options: ChartOptions = {}): LineChartGeometry {
  const width = options.width ?? 320;
  const height = options.height ?? 80;
  const padding = options.padding ?? 4;
  const finite = values.filter((value) => Number.isFinite(value));
  const min = options.min ?? (finite.length ? Math.min(...finite) : 0);
  const max = options.max ?? (finite.length ? Math.max(...finite) : 0);
  if (finite.length === 0) return { width, height, points: '', area: '', min, max, first: null, last: null, end: null };
  const span = max - min;
  const innerWidth = width - padding * 2;
  const innerHeight = height - padding * 2;
  const step = finite.length > 1 ? innerWidth / (finite.length - 1) : 0;
  const coords = finite.map((value, index) => {
    const clamped = Math.min(max, Math.max(min, value));
    const x = finite.length > 1 ? padding + index * step : width / 2;
    const y = span === 0 ? height / 2 : padding + innerHeight - ((clamped - min) / span) * innerHeight;
    return { x: round(x), y: round(y) };
  });
  const points = coords.map(({ x, y }) => `${x},${y}`).join(' ');
  const baseline = round(height - padding);
  const area = `${coords[0]!.x},${baseline} ${points} ${coords[coords.length - 1]!.x},${baseline}`;
  return { width, height, points, area, min, max, first: finite[0]!, last: finite[finite.length - 1]!, end: coords[coords.length - 1]! };
}

function round(value: number): number {
  return roundTo(value, 2);
}
