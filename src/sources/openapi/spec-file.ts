import { GovpagesError } from '../../core/errors.ts';
import { decodeText } from '../../core/text.ts';
import type { SpecError } from '../../model/api.ts';
import type { OpenApiDocument } from './document.ts';
import { parseOpenApiSync } from './parse.ts';

/** A version of the spec, parsed: the document, or why it could not be read (a placeholder run). */
export type ParsedSpec = { doc: OpenApiDocument; error: null } | { doc: null; error: SpecError };

/**
 * Parses one version of the spec for the build, which publishes placeholder figures rather than
 * failing when the spec is broken: an input error becomes the `SpecError` the user sees. Pure.
 */
export function parseSpec(content: Buffer | string, file: string): ParsedSpec {
  try {
    return { doc: parseOpenApiSync(typeof content === 'string' ? content : decodeText(content, file), file), error: null };
  } catch (error) {
    if (!(error instanceof GovpagesError)) throw error;
    return { doc: null, error: { message: error.message, file: error.location.file ?? file, where: error.location.where ?? null } };
  }
}
