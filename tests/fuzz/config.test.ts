import fc from 'fast-check';
import { describe, it } from 'vitest';
import { parseConfig } from '../../src/config/load.ts';
import { DEEP_RUNS, deepTexts, fuzz, inputTexts, nastyString, resultOrInputError } from './_fuzz.ts';

// govpages.config.json (config/load.ts parseConfig), with the environment variables that override it.

const config = {
  site: { title: 'Platform governance', base: '/status/', url: 'https://example.com/status/' },
  sources: {
    taxonomy: { path: 'alerts_taxonomy.json', rules: ['prometheus/*.yml', '!prometheus/old.yml'] },
    openapi: { path: 'openapi.yaml' },
    catalog: { metadata: ['organizations/*/*/.meta/repo.yaml'] },
    gates: { path: 'governance/gates', window_days: 30 },
    incidents: { path: 'governance/incidents' },
    ports: { path: 'config/ports/registry.yaml' },
  },
  thresholds: { deprecation_max_days: 30, runbook_min_percent: 90 },
  state: { branch: 'govpages-state' },
};

const ENV_NAMES = ['TAXONOMY_DEPRECATION_MAX_DAYS', 'TAXONOMY_DEPRECATION_STRICT', 'RUNBOOK_MIN_PERCENT', 'RISK_CHURN_SPIKE_THRESHOLD', 'CATALOG_STRICT'];

describe('fuzz: the config (any input gives a config or an InputError)', () => {
  it('parseConfig', () => {
    const texts = inputTexts(config, ['json'], {
      keys: ['site', 'sources', 'thresholds', 'state', 'base', 'url', 'path', 'rules', 'branch'],
      values: fc.constantFrom<unknown>('javascript:alert(1)', '/x" onerror="alert(1)" a="/', '../outside', '/etc/passwd', 'C:\\x', '', 'main', 'HEAD'),
    });
    const env = fc.dictionary(
      fc.constantFrom(...ENV_NAMES),
      fc.oneof(nastyString, fc.constantFrom('30', '-1', '1e400', '99999999999999999999', 'true', 'yes', '')),
      { maxKeys: 2 },
    );
    fuzz(fc.tuple(fc.option(texts), env), ([text, variables]) => resultOrInputError(() => parseConfig(text, 'govpages.config.json', variables), null));
  });

  it('parseConfig, nested 1,000 to 20,000 deep', () => {
    fuzz(deepTexts(config, ['json']), (text) => resultOrInputError(() => parseConfig(text, 'govpages.config.json', {}), 'govpages.config.json'), DEEP_RUNS);
  });
});
