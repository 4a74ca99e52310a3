import { escapePointerSegment } from '../../../core/json-pointer.ts';
import { asObject, asString, entries } from '../json.ts';
import { effectiveSecurity, schemeRenames, securitySchemes } from '../security.ts';
import type { RuleModule } from './_rule.ts';

export const SECURITY_SCHEME_CHANGED = 'security-scheme-changed';
export const SECURITY_OAUTH_FLOW_URL_CHANGED = 'security-oauth-flow-url-changed';
export const SECURITY_OAUTH_FLOW_REMOVED = 'security-oauth-flow-removed';

const WIRE_FIELDS = ['type', 'in', 'name', 'scheme', 'openIdConnectUrl'] as const;
const FLOW_URLS = ['authorizationUrl', 'tokenUrl', 'refreshUrl'] as const;

/** Only schemes some operation of the base document uses: an unused scheme breaks nobody. */
export const rule: RuleModule = {
  rules: [
    {
      id: SECURITY_SCHEME_CHANGED,
      level: 'breaking',
      description: 'A used security scheme changed how credentials are sent (type, in, name, HTTP scheme, OpenID Connect URL).',
    },
    { id: SECURITY_OAUTH_FLOW_URL_CHANGED, level: 'breaking', description: 'An OAuth flow URL (authorization, token or refresh) of a used scheme changed.' },
    { id: SECURITY_OAUTH_FLOW_REMOVED, level: 'breaking', description: 'An OAuth flow of a used scheme was removed.' },
  ],
  check(base, revision, context) {
    const findings = [];
    const before = securitySchemes(base);
    const after = securitySchemes(revision);
    const renames = schemeRenames(before, after);
    const used = new Set<string>();
    for (const operation of context.baseOperations.values())
      for (const requirement of effectiveSecurity(operation.object, base)) for (const name of requirement.keys()) used.add(name);
    for (const name of [...used].sort()) {
      const old = before.get(name);
      const now = after.get(renames.get(name) ?? name);
      if (!old || !now) continue;
      const location = `components/securitySchemes/${escapePointerSegment(name)}`;
      const changed = WIRE_FIELDS.filter((field) => normalize(old[field], field, old.in) !== normalize(now[field], field, now.in));
      if (changed.length > 0) {
        findings.push(
          context.report(
            SECURITY_SCHEME_CHANGED,
            `security scheme "${name}" changed ${changed.map((field) => `${field} (${String(old[field])} -> ${String(now[field])})`).join(', ')}`,
            undefined,
            location,
          ),
        );
        continue;
      }
      const newFlows = asObject(now.flows) ?? {};
      for (const [flowName, flow] of entries(old.flows)) {
        const newFlow = asObject(newFlows[flowName]);
        if (!newFlow) {
          findings.push(
            context.report(
              SECURITY_OAUTH_FLOW_REMOVED,
              `security scheme "${name}": OAuth flow ${flowName} removed`,
              undefined,
              `${location}/flows/${flowName}`,
            ),
          );
          continue;
        }
        for (const field of FLOW_URLS) {
          const was = asString(asObject(flow)?.[field]);
          const is = asString(newFlow[field]);
          if (was === is || was === undefined) continue;
          findings.push(
            context.report(
              SECURITY_OAUTH_FLOW_URL_CHANGED,
              `security scheme "${name}": OAuth ${flowName} ${field} changed from ${was} to ${is ?? '(none)'}`,
              undefined,
              `${location}/flows/${flowName}/${field}`,
            ),
          );
        }
      }
    }
    return findings;
  },
};

function normalize(value: unknown, field: string, location: unknown): string | undefined {
  const text = asString(value);
  // HTTP auth scheme names and header names are case-insensitive; query and cookie names are not.
  return field === 'scheme' || (field === 'name' && location === 'header') ? text?.toLowerCase() : text;
}
