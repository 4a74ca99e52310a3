/**
 * Work to undo if the process is interrupted (Ctrl-C, a CI job cancelled): staging and scratch
 * folders that would otherwise be left behind. Whoever makes such a folder registers its removal
 * and unregisters it once the folder is gone or has become the result. The CLI runs what is left
 * on SIGINT and SIGTERM; the next build also removes stagings of processes no longer running.
 */
const tasks = new Set<() => void>();

/** Registers `task` (synchronous: it runs inside a signal handler); returns its unregistration. */
export function cleanupOnInterrupt(task: () => void): () => void {
  tasks.add(task);
  return () => {
    tasks.delete(task);
  };
}

/** Runs every registered task once, newest first; a failing task does not stop the others. */
export function runInterruptCleanups(): void {
  for (const task of [...tasks].reverse()) {
    try {
      task();
    } catch {
      // Best effort: the process is going away.
    }
  }
  tasks.clear();
}
