import type { TaxonomySourceConfig } from '../../config/sources/taxonomy.ts';
import { InputError } from '../../core/errors.ts';
import { quote } from '../../core/printable.ts';
import { decodeText } from '../../core/text.ts';
import { type AlertRule, parseRuleFile } from '../prometheus/rules.ts';
import type { InputFiles } from './files.ts';
import { parseTaxonomy } from './parse.ts';
import type { Taxonomy } from './schema.ts';

export interface TaxonomyInputs {
  taxonomy: Taxonomy;
  /** Alerting rules of every rule file, file by file in path order. */
  rules: AlertRule[];
  /** The rule files `sources.taxonomy.rules` matched, sorted. */
  rulesFiles: string[];
  /** Indexes in `sources.taxonomy.rules` of the patterns that matched no file (a typo, a moved folder). */
  unmatchedRules: number[];
}

/** Reads and parses the taxonomy and the Prometheus rule files its config names. */
export async function readTaxonomyInputs(files: InputFiles, source: TaxonomySourceConfig): Promise<TaxonomyInputs> {
  const text = await files.readFile(source.path);
  if (text === null) {
    throw new InputError(`alert taxonomy not found (expected the file named by sources.taxonomy.path, ${quote(source.path)})`, { file: source.path });
  }
  const taxonomy = parseTaxonomy(decodeText(text, source.path), source.path);
  const rulesFiles = await files.match(source.rules);
  const rules: AlertRule[] = [];
  for await (const file of files.read(rulesFiles)) rules.push(...parseRuleFile(decodeText(file.content, file.path), file.path));
  return { taxonomy, rules, rulesFiles, unmatchedRules: await unmatchedPatterns(files, source.rules) };
}

/** Include patterns that, with the exclusions, match no file. */
async function unmatchedPatterns(files: InputFiles, patterns: readonly string[]): Promise<number[]> {
  const excludes = patterns.filter((pattern) => pattern.startsWith('!'));
  const unmatched: number[] = [];
  for (const [index, pattern] of patterns.entries()) {
    if (!pattern.startsWith('!') && (await files.match([pattern, ...excludes])).length === 0) unmatched.push(index);
  }
  return unmatched;
}
