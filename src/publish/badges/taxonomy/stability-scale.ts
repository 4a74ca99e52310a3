import { colorScale } from '../color-scale.ts';

/** Shared by both stability badges: 1 - churn/total, higher is better. */
export const stabilitySteps = [0.7, 0.8, 0.9, 0.95];
export const stabilityColors = ['red', 'orange', 'yellow', 'green', 'brightgreen'];
export const stabilityColor = colorScale(stabilitySteps, stabilityColors);
