import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES, DEFAULT_SCOPES } from '../../../src/config/sources/taxonomy.ts';
import { guessCategory, guessScope, nameWords } from '../../../src/metrics/init/guess.ts';

describe('guesses from alert names', () => {
  it.each([
    ['KubeAPIErrorBudgetBurn', 'slo', 'platform'],
    ['KubePodCrashLooping', 'availability', 'platform'],
    ['KubeCPUOvercommit', 'saturation', 'platform'],
    ['NodeFilesystemSpaceFillingUp', 'capacity', 'infrastructure'],
    ['etcdHighNumberOfFailedGRPCRequests', 'errors', 'platform'],
    ['KubeClientCertificateExpiration', 'security', 'security'],
    ['Watchdog', 'meta', 'platform'],
    ['TargetDown', 'availability', 'service'],
    ['InternalServiceP99LatencyHigh', 'latency', 'internal'],
    ['KafkaConsumerLag', 'latency', 'service'],
    ['PostgresReplicationBroken', 'data', 'service'],
    ['CheckoutTrafficDrop', 'traffic', 'business'],
    ['SomethingOdd', 'availability', 'service'],
  ])('%s -> %s, %s', (name, category, scope) => {
    expect(guessCategory(name, DEFAULT_CATEGORIES)).toBe(category);
    expect(guessScope(name, DEFAULT_SCOPES)).toBe(scope);
  });

  it('stays inside the vocabulary it is given', () => {
    expect(guessCategory('ApiLatencyHigh', ['perf', 'other'])).toBe('perf');
    expect(guessScope('KubeletDown', ['team-a'])).toBe('team-a');
  });

  it.each([
    ['KubeAPIErrorBudgetBurn', 'kube api error budget burn'],
    ['node_disk-full', 'node disk full'],
    ['HTTP5xxRate', 'http5xx rate'],
    ['', ''],
  ])('words of %s', (name, words) => {
    expect(nameWords(name)).toBe(words);
  });
});
