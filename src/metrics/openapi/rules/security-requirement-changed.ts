import { allowsAnonymous, effectiveSecurity, type Requirement, schemeRenames, securitySchemes } from '../security.ts';
import type { RuleModule } from './_rule.ts';

export const SECURITY_REQUIREMENT_ADDED = 'security-requirement-added';
export const SECURITY_REQUIREMENT_SCHEME_ADDED = 'security-requirement-scheme-added';
export const SECURITY_REQUIREMENT_REMOVED = 'security-requirement-removed';
export const SECURITY_SCOPE_ADDED = 'security-scope-added';
export const SECURITY_SCOPE_REMOVED = 'security-scope-removed';
export const SECURITY_ALTERNATIVE_ADDED = 'security-alternative-added';
export const SECURITY_REMOVED = 'security-removed';

/**
 * `security` is a list of alternatives (OR), each a set of schemes that must all hold (AND). A
 * client satisfies one alternative; it breaks when that alternative disappears, gains a scheme or
 * needs more scopes, or when an operation that was open now needs credentials.
 */
export const rule: RuleModule = {
  rules: [
    { id: SECURITY_REQUIREMENT_ADDED, level: 'breaking', description: 'An operation that allowed anonymous access now requires credentials.' },
    {
      id: SECURITY_REQUIREMENT_SCHEME_ADDED,
      level: 'breaking',
      description: 'A security scheme was added to an existing requirement (AND): clients need one more credential.',
    },
    { id: SECURITY_REQUIREMENT_REMOVED, level: 'breaking', description: 'A security alternative clients may be using was removed.' },
    { id: SECURITY_SCOPE_ADDED, level: 'breaking', description: 'A security requirement needs more OAuth/OpenID scopes: existing tokens lack them.' },
    { id: SECURITY_SCOPE_REMOVED, level: 'info', description: 'A security requirement needs fewer scopes.' },
    { id: SECURITY_ALTERNATIVE_ADDED, level: 'info', description: 'A new security alternative (OR) was added.' },
    { id: SECURITY_REMOVED, level: 'info', description: 'An operation no longer requires credentials.' },
  ],
  check(base, revision, context) {
    const findings = [];
    const renames = schemeRenames(securitySchemes(base), securitySchemes(revision));
    const rename = (requirement: Requirement): Requirement => new Map([...requirement].map(([name, scopes]) => [renames.get(name) ?? name, scopes]));
    for (const pair of context.matched) {
      const label = pair.label;
      const before = effectiveSecurity(pair.base.object, base).map(rename);
      const after = effectiveSecurity(pair.revision.object, revision);
      const wasOpen = allowsAnonymous(before);
      const isOpen = allowsAnonymous(after);
      if (wasOpen && !isOpen) {
        findings.push(context.report(SECURITY_REQUIREMENT_ADDED, `${label}: now requires ${after.map(describe).join(' or ')} (was open)`, label, 'security'));
        continue;
      }
      if (!wasOpen && isOpen) {
        findings.push(context.report(SECURITY_REMOVED, `${label}: no longer requires credentials`, label, 'security'));
        continue;
      }
      if (wasOpen) continue;
      const used = new Set<number>();
      for (const requirement of before) {
        const same = after.findIndex((candidate) => sameSchemes(requirement, candidate));
        if (same >= 0) {
          used.add(same);
          for (const [name, scopes] of after[same]!) {
            const had = requirement.get(name) ?? new Set();
            const added = [...scopes].filter((scope) => !had.has(scope));
            const removed = [...had].filter((scope) => !scopes.has(scope));
            if (added.length > 0)
              findings.push(
                context.report(SECURITY_SCOPE_ADDED, `${label}: scheme "${name}" now also needs scope(s) ${added.join(', ')}`, label, `security/${name}`),
              );
            if (removed.length > 0)
              findings.push(
                context.report(SECURITY_SCOPE_REMOVED, `${label}: scheme "${name}" no longer needs scope(s) ${removed.join(', ')}`, label, `security/${name}`),
              );
          }
          continue;
        }
        const wider = after.findIndex((candidate) => [...requirement.keys()].every((name) => candidate.has(name)));
        if (wider >= 0) {
          used.add(wider);
          const extra = [...after[wider]!.keys()].filter((name) => !requirement.has(name));
          findings.push(
            context.report(
              SECURITY_REQUIREMENT_SCHEME_ADDED,
              `${label}: requirement ${describe(requirement)} now also needs ${extra.join(' and ')}`,
              label,
              'security',
            ),
          );
          continue;
        }
        findings.push(context.report(SECURITY_REQUIREMENT_REMOVED, `${label}: security alternative ${describe(requirement)} removed`, label, 'security'));
      }
      after.forEach((requirement, index) => {
        if (!used.has(index))
          findings.push(context.report(SECURITY_ALTERNATIVE_ADDED, `${label}: security alternative ${describe(requirement)} added`, label, 'security'));
      });
    }
    return findings;
  },
};

function sameSchemes(a: Requirement, b: Requirement): boolean {
  return a.size === b.size && [...a.keys()].every((name) => b.has(name));
}

function describe(requirement: Requirement): string {
  return requirement.size === 0 ? '{}' : [...requirement.keys()].sort().join(' + ');
}
