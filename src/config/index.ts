export { ENVIRONMENT_VARIABLES, type EnvironmentVariable, environmentOverrides, thresholdEnvironmentVariables } from './env.ts';
export { CONFIG_FILE, type ConfigOptions, loadConfig, parseConfig } from './load.ts';
export { configSchema, type GovpagesConfig, type Thresholds, thresholdsSchema } from './schema.ts';
