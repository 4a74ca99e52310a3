export { loadConfig, parseConfig, CONFIG_FILE } from './load.ts';
export { configSchema, thresholdsSchema, type GovpagesConfig, type Thresholds } from './schema.ts';
export { ENVIRONMENT_VARIABLES, environmentOverrides, thresholdEnvironmentVariables, type EnvironmentVariable } from './env.ts';
