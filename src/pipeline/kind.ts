import type { GovpagesConfig } from '../config/schema.ts';
import type { Repository, Snapshot, StateFiles } from '../git/index.ts';
import type { OutputFile } from '../model/output-file.ts';
import type { Check, FeedEvent, PublishedBadge, Sections } from '../model/status-model.ts';

/** What every evidence kind is given. `now` is the only time; nothing below the CLI reads a clock. */
export interface BuildContext {
  config: GovpagesConfig;
  repo: Repository;
  /** The files of the commit being built: every current input is read from here, never the work tree. */
  snapshot: Snapshot;
  /** ISO 8601 UTC. */
  now: string;
  /** State files read from the state branch at the start of the build (path -> content). */
  previousState: StateFiles;
  env: NodeJS.ProcessEnv;
  progress(message: string): void;
}

/** The result of one evidence kind: plain serialisable data, so shards can be merged. */
export interface KindResult<K extends keyof Sections> {
  section: Sections[K];
  files: OutputFile[];
  badges: PublishedBadge[];
  checks: Check[];
  events: FeedEvent[];
  /** New state files to keep on the state branch (path -> content), under the kind's own folder. */
  state: Record<string, string>;
}

/**
 * An evidence kind's collect step: reads its sources (through `git/` and `sources/`), computes its
 * figures with the pure functions in `metrics/`, and returns its slice of the model. Kinds run
 * independently; a kind runs when its `sources` key (`model/kinds.ts`) is in the config.
 */
export interface EvidenceKind<K extends keyof Sections> {
  id: K;
  collect(context: BuildContext): Promise<KindResult<K>>;
  /** Git pathspecs of what the kind reads from the commit: the build warns when the work tree differs there. */
  inputs(config: GovpagesConfig): string[];
}
