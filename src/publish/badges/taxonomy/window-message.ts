import type { TaxonomyBadgeFigures } from './figures.ts';

/**
 * A churn or stability message while the window is still filling (it started before the taxonomy's
 * first version, the baseline): the figure covers only the days since, so the badge says since
 * when, e.g. `0 since 2026-11-13`. A full window shows the bare figure, as the seed's badges do.
 */
export function windowMessage(value: string, figures: Pick<TaxonomyBadgeFigures, 'window_filling' | 'window_start'>): string {
  return figures.window_filling ? `${value} since ${figures.window_start.slice(0, 10)}` : value;
}
