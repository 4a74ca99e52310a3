/**
 * The files the taxonomy's inputs are read from. A build passes the snapshot of the commit it
 * publishes (`git/snapshot.ts`); `govpages lint` passes the work tree (`work-tree.ts`), because it
 * checks edits before they are committed. Both go through the same reading and parsing, so both
 * report a problem with the same message.
 */
export interface InputFiles {
  /** Paths matching the glob patterns (`!pattern` excludes), sorted. */
  match(patterns: readonly string[]): string[] | Promise<string[]>;
  /** Contents of the files, in the order asked. */
  read(paths: readonly string[]): AsyncIterable<{ path: string; content: Buffer }>;
  /** One file's content, or null when there is no such file. */
  readFile(path: string): Promise<Buffer | null>;
}
