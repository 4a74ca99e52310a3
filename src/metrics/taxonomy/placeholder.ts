/**
 * Text that stands in for real content. The seed's examples are `TODO:` runbooks; teams also write
 * TBD, FIXME, "placeholder", "N/A", or only punctuation. A placeholder word counts when it is the
 * whole text or is followed by a colon, dash or bracket ("TODO: write it", "TBD - ask ops"), so
 * real sentences that begin with such a word ("None of the replicas are ready") are not flagged.
 */
const PLACEHOLDER_WORD = /^(todo|tbd|tba|fixme|xxx|placeholder|n\/a|none)\s*([:\-–—([.!?]|$)/i;
const ONLY_PUNCTUATION = /^[-?.…_]+$/;

export function isPlaceholder(text: string | undefined | null): boolean {
  if (text === undefined || text === null) return false;
  const trimmed = text.trim();
  return trimmed === '' || PLACEHOLDER_WORD.test(trimmed) || ONLY_PUNCTUATION.test(trimmed);
}

/** `complete`, `missing` (absent or empty) or `placeholder` (TODO: ...). */
export function runbookStatus(runbook: string | undefined | null): 'complete' | 'missing' | 'placeholder' {
  if (runbook === undefined || runbook === null || runbook.trim() === '') return 'missing';
  return isPlaceholder(runbook) ? 'placeholder' : 'complete';
}
