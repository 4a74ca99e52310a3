import type { OpenApiDocument } from '../../../sources/openapi/index.ts';
import { asObject, asString, entries, fingerprint } from '../json.ts';
import type { Schema } from '../schema.ts';
import { describePair, type RuleModule } from './_rule.ts';

export const DISCRIMINATOR_PROPERTY_CHANGED = 'discriminator-property-changed';
export const DISCRIMINATOR_MAPPING_CHANGED = 'discriminator-mapping-changed';
export const DISCRIMINATOR_ADDED = 'discriminator-added';
export const DISCRIMINATOR_REMOVED = 'discriminator-removed';

/**
 * The discriminator tells clients which variant they hold. Renaming its property breaks both
 * sides; a mapping value removed breaks requests that send it, one added breaks responses (a kind
 * of object clients cannot dispatch).
 */
export const rule: RuleModule = {
  rules: [
    { id: DISCRIMINATOR_PROPERTY_CHANGED, level: 'breaking', description: 'The discriminator property name changed.' },
    {
      id: DISCRIMINATOR_MAPPING_CHANGED,
      level: 'breaking',
      description: 'A discriminator mapping value was removed (requests) or added (responses), or points elsewhere.',
    },
    { id: DISCRIMINATOR_ADDED, level: 'warning', description: 'A discriminator was added to a schema.' },
    { id: DISCRIMINATOR_REMOVED, level: 'warning', description: 'A discriminator was removed from a schema.' },
  ],
  check(base, revision, context) {
    const findings = [];
    for (const pair of context.schemaPairs) {
      const before = asObject(pair.base.discriminator);
      const after = asObject(pair.revision.discriminator);
      if (!before && !after) continue;
      const what = `${pair.operation}: ${describePair(pair)}`;
      const location = `${pair.location}/discriminator`;
      if (!before || !after) {
        findings.push(
          context.report(
            before ? DISCRIMINATOR_REMOVED : DISCRIMINATOR_ADDED,
            `${what} discriminator ${before ? 'removed' : 'added'}`,
            pair.operation,
            location,
          ),
        );
        continue;
      }
      const oldProperty = asString(before.propertyName);
      const newProperty = asString(after.propertyName);
      if (oldProperty !== newProperty) {
        findings.push(
          context.report(
            DISCRIMINATOR_PROPERTY_CHANGED,
            `${what} discriminator property changed from "${oldProperty}" to "${newProperty}"`,
            pair.operation,
            location,
          ),
        );
        continue;
      }
      const oldMapping = mapping(before);
      const newMapping = mapping(after);
      const changes: string[] = [];
      for (const [value, target] of oldMapping) {
        const now = newMapping.get(value);
        if (now === undefined) {
          if (pair.direction === 'request') changes.push(`value "${value}" removed`);
        } else if (!sameTarget(base, target, revision, now)) changes.push(`value "${value}" now maps to ${now}`);
      }
      if (pair.direction === 'response') for (const value of newMapping.keys()) if (!oldMapping.has(value)) changes.push(`value "${value}" added`);
      if (changes.length > 0)
        findings.push(
          context.report(DISCRIMINATOR_MAPPING_CHANGED, `${what} discriminator mapping: ${changes.join(', ')}`, pair.operation, `${location}/mapping`),
        );
    }
    return findings;
  },
};

function mapping(discriminator: Schema): Map<string, string> {
  return new Map(entries(discriminator.mapping).map(([value, target]) => [value, String(target)]));
}

function schemaName(target: string): string {
  return target.slice(target.lastIndexOf('/') + 1);
}

/** Mapping targets are names or refs to components: the same schema under a new name is the same. */
function sameTarget(base: OpenApiDocument, oldTarget: string, revision: OpenApiDocument, newTarget: string): boolean {
  if (oldTarget === newTarget) return true;
  const component = (document: OpenApiDocument, target: string) => asObject(asObject(asObject(document.components)?.schemas)?.[schemaName(target)]);
  const before = component(base, oldTarget);
  const after = component(revision, newTarget);
  return before !== undefined && after !== undefined && fingerprint(before) === fingerprint(after);
}
