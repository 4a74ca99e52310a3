import { escapePointerSegment } from '../../../core/json-pointer.ts';
import { headerMap } from '../context.ts';
import { asObject, entries } from '../json.ts';
import { serialization } from '../operations.ts';
import type { RuleModule } from './_rule.ts';

export const RESPONSE_REQUIRED_HEADER_REMOVED = 'response-required-header-removed';
export const RESPONSE_OPTIONAL_HEADER_REMOVED = 'response-optional-header-removed';
export const RESPONSE_HEADER_BECAME_OPTIONAL = 'response-header-became-optional';
export const RESPONSE_HEADER_BECAME_REQUIRED = 'response-header-became-required';
export const RESPONSE_HEADER_STYLE_CHANGED = 'response-header-style-changed';
export const RESPONSE_HEADER_ADDED = 'response-header-added';

/**
 * Header names compare case-insensitively; the header serialization (explode) is wire format. A
 * documented header removed is breaking whether or not it was `required`, as for properties.
 */
export const rule: RuleModule = {
  rules: [
    { id: RESPONSE_REQUIRED_HEADER_REMOVED, level: 'breaking', description: 'A required response header was removed.' },
    {
      id: RESPONSE_OPTIONAL_HEADER_REMOVED,
      level: 'breaking',
      description: 'An optional response header was removed: clients that read it lose it (headers are rarely marked required).',
    },
    { id: RESPONSE_HEADER_BECAME_OPTIONAL, level: 'breaking', description: 'A required response header became optional: clients may no longer get it.' },
    { id: RESPONSE_HEADER_BECAME_REQUIRED, level: 'info', description: 'A response header became required (clients can rely on it now).' },
    { id: RESPONSE_HEADER_STYLE_CHANGED, level: 'breaking', description: 'A response header changed its serialization (style or explode).' },
    { id: RESPONSE_HEADER_ADDED, level: 'info', description: 'A response header was added.' },
  ],
  check(_base, _revision, context) {
    const findings = [];
    for (const pair of context.changed) {
      const label = pair.label;
      const before = asObject(pair.base.object.responses) ?? {};
      for (const [status, response] of entries(pair.revision.object.responses)) {
        const baseResponse = asObject(before[status]);
        if (!baseResponse) continue;
        const beforeHeaders = headerMap(baseResponse);
        const afterHeaders = headerMap(asObject(response));
        for (const [key, header] of beforeHeaders) {
          const location = `responses/${status}/headers/${escapePointerSegment(header.name)}`;
          const now = afterHeaders.get(key);
          const wasRequired = header.object.required === true;
          if (!now) {
            findings.push(
              context.report(
                wasRequired ? RESPONSE_REQUIRED_HEADER_REMOVED : RESPONSE_OPTIONAL_HEADER_REMOVED,
                `${label}: response ${status} header "${header.name}" removed`,
                label,
                location,
              ),
            );
            continue;
          }
          const isRequired = now.object.required === true;
          if (wasRequired !== isRequired) {
            findings.push(
              context.report(
                isRequired ? RESPONSE_HEADER_BECAME_REQUIRED : RESPONSE_HEADER_BECAME_OPTIONAL,
                `${label}: response ${status} header "${now.name}" became ${isRequired ? 'required' : 'optional'}`,
                label,
                location,
              ),
            );
          }
          const was = serialization(header.object, 'header');
          const is = serialization(now.object, 'header');
          if (was.style !== is.style || was.explode !== is.explode) {
            findings.push(
              context.report(
                RESPONSE_HEADER_STYLE_CHANGED,
                `${label}: response ${status} header "${now.name}" serialization changed from style ${was.style}, explode ${was.explode} to style ${is.style}, explode ${is.explode}`,
                label,
                location,
              ),
            );
          }
        }
        for (const [key, header] of afterHeaders) {
          if (beforeHeaders.has(key)) continue;
          findings.push(
            context.report(
              RESPONSE_HEADER_ADDED,
              `${label}: response ${status} header "${header.name}" added`,
              label,
              `responses/${status}/headers/${escapePointerSegment(header.name)}`,
            ),
          );
        }
      }
    }
    return findings;
  },
};
