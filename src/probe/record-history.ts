import { type Repository, readStateBranch, writeStateBranch } from '../git/index.ts';
import { appendProbeHistory, PROBE_HISTORY_FILE, parseProbeHistory } from '../sources/gates/probe-history.ts';
import { type ProbeCheck, toProbeResult } from './probe-check.ts';

/**
 * Appends one run's results to `gates/probe-history.jsonl` on the state branch (one commit dated
 * `time`; every other state file kept as it was). Returns the state commit.
 */
export async function recordProbeHistory(repo: Repository, branch: string, checks: readonly ProbeCheck[], time: string, maxLines: number): Promise<string> {
  const state = await readStateBranch(repo, branch);
  // Checked here first so that a damaged history is named as git names it (`govpages-state:gates/...`).
  parseProbeHistory(state.get(PROBE_HISTORY_FILE) ?? '', `${branch}:${PROBE_HISTORY_FILE}`);
  const added = checks.map((check) => toProbeResult(check, time, repo.head.commit));
  state.set(PROBE_HISTORY_FILE, appendProbeHistory(state.get(PROBE_HISTORY_FILE) ?? '', added, maxLines));
  return writeStateBranch(repo, branch, state, `govpages probe: ${checks.length} checks at ${time}`, time);
}
