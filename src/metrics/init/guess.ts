/**
 * Scope and category guessed from an alert's name, for the entries init writes. Guesses only: each
 * is marked for review in the entry, and a label (`scope`, `category`) that names a value of the
 * vocabulary is taken as it is instead. The tables are data, first match wins, so a name like
 * `KubeAPIErrorBudgetBurn` is an SLO alert before it is an errors alert.
 */
const CATEGORY_WORDS: readonly (readonly [string, RegExp])[] = [
  ['meta', /watchdog|inhibitor|deadmansswitch|alertmanager|prometheus|thanos|rule evaluation|notifications failing/],
  ['slo', /burn|budget|\bslo\b/],
  ['security', /cert|\btls\b|\bssl\b|\bauth|security|vulnerab|forbidden/],
  ['latency', /latency|\bslow|duration|delay|\bp9\d\b|response time|\blag\b/],
  ['errors', /error|fail|5xx|panic|exception|reject/],
  ['capacity', /disk|filesystem|\bspace\b|\bfull\b|capacity|quota|inode|volume|storage|too many|filling up|\blimit/],
  ['saturation', /\bcpu\b|memory|saturat|throttl|overcommit|pressure|\boom|utili[sz]ation|\bload\b|queue/],
  ['data', /replicat|backup|\bwal\b|corrupt|consisten|snapshot|compaction/],
  ['traffic', /traffic|\brequests?\b|\bqps\b|\brps\b|throughput/],
  ['availability', /\bdown\b|unavailable|unreachable|not ready|crash|restart|absent|health|offline|stuck|missing/],
  ['cost', /\bcost|spend|billing/],
];

const SCOPE_WORDS: readonly (readonly [string, RegExp])[] = [
  ['security', /cert|\btls\b|\bssl\b|\bauth|security|vulnerab/],
  [
    'platform',
    /\bkube|k8s|etcd|prometheus|alertmanager|thanos|grafana|loki|coredns|ingress|watchdog|inhibitor|operator|cluster|apiserver|api server|scheduler|controller manager/,
  ],
  ['infrastructure', /\bnode\b|\bhost|disk|filesystem|network|\bcpu\b|memory|instance|kernel|\bntp\b|clock|raid|\bnfs\b/],
  ['internal', /internal/],
  ['business', /business|revenue|checkout|payment|signup|\border/],
];

/** The fallbacks when no word matches: the most common category and scope of real rule sets. */
const DEFAULT_CATEGORY = 'availability';
const DEFAULT_SCOPE = 'service';

export function guessCategory(name: string, categories: readonly string[]): string {
  return guess(name, CATEGORY_WORDS, categories, DEFAULT_CATEGORY);
}

export function guessScope(name: string, scopes: readonly string[]): string {
  return guess(name, SCOPE_WORDS, scopes, DEFAULT_SCOPE);
}

function guess(name: string, table: readonly (readonly [string, RegExp])[], vocabulary: readonly string[], fallback: string): string {
  const words = nameWords(name);
  for (const [value, pattern] of table) {
    if (vocabulary.includes(value) && pattern.test(words)) return value;
  }
  return vocabulary.includes(fallback) ? fallback : vocabulary[0]!;
}

/** `KubeAPIErrorBudgetBurn` -> `kube api error budget burn`; `node_disk-full` -> `node disk full`. */
export function nameWords(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
