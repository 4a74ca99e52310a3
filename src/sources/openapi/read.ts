import { readFile } from 'node:fs/promises';
import { InputError } from '../../core/errors.ts';
import { decodeText } from '../../core/text.ts';
import type { OpenApiDocument } from './document.ts';
import { parseOpenApi } from './parse.ts';

/** Reads and parses one OpenAPI file from disk; a missing or unreadable file is an InputError. */
export async function readOpenApiFile(path: string, displayName: string = path): Promise<OpenApiDocument> {
  let text: string;
  try {
    text = decodeText(await readFile(path), displayName);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, expected a file' : (error as Error).message;
    throw new InputError(`cannot read OpenAPI document: ${reason}`, { file: displayName });
  }
  return parseOpenApi(text, displayName);
}
