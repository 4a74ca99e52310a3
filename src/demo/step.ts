/**
 * One backdated commit of the demo governance repository. Each evidence kind contributes its own
 * steps (`src/demo/<kind>.ts`); the generator merges them by time and commits them in order.
 */
export interface DemoStep {
  /** Days after the first commit of the demo history (0 = first day; the history spans ~180 days). */
  day: number;
  /** Hour of that day (UTC), to order several steps on one day. Default 12. */
  hour?: number;
  message: string;
  /** Files to write (path -> content) or delete (path -> null), relative to the repository root. */
  files: Record<string, string | null>;
}
