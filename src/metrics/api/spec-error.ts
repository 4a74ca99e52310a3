import type { SpecError } from '../../model/api.ts';

/** `file: where: message`: a placeholder's cause in one line, as checks, SemVer and the summary show it. */
export function describeSpecError(error: SpecError): string {
  return [error.file, error.where, error.message].filter(Boolean).join(': ');
}
