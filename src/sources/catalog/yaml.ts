import { type Document, parseDocument, visit } from 'yaml';
import { InputError } from '../../core/errors.ts';
import { lineColumn } from '../../core/validation.ts';

/**
 * YAML 1.2 parse that keeps the document (for the line of any node) and reports the line of a
 * syntax error. `validation.ts`'s parseYaml parses with `prettyErrors: false`, which leaves
 * `linePos` unset, so the line is computed here from the error's character offset.
 */
export function parseYamlDocument(text: string, file: string): { data: unknown; document: Document } {
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const error = document.errors[0];
  if (error) {
    const { line, column } = lineColumn(text, error.pos[0]);
    const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new InputError(`malformed YAML: ${reason}`, { file, where: `line ${line} column ${column}` });
  }
  try {
    return { data: document.toJS({ maxAliasCount: 1000 }), document };
  } catch (cause) {
    // An alias to an undefined anchor (`*x`) or an alias bomb surfaces only here, as a plain Error.
    let where: string | undefined;
    visit(document, {
      Alias(_, node) {
        if (node.resolve(document) !== undefined || !node.range) return undefined;
        const { line, column } = lineColumn(text, node.range[0]);
        where = `line ${line} column ${column}`;
        return visit.BREAK;
      },
    });
    throw new InputError(`malformed YAML: ${(cause as Error).message}`, { file, where });
  }
}
