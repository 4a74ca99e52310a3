export { loadConfig, parseConfig, CONFIG_FILE } from './load.ts';
export { configSchema, thresholdsSchema, type GovpagesConfig, type Thresholds } from './schema.ts';
export { thresholdEnvironmentVariables, thresholdOverrides } from './env.ts';
