import { escapePointerSegment } from '../../../core/json-pointer.ts';
import { mediaMap } from '../context.ts';
import { asObject } from '../json.ts';
import type { RuleModule } from './_rule.ts';

export const REQUEST_BODY_BECAME_REQUIRED = 'request-body-became-required';
export const REQUEST_BODY_ADDED = 'request-body-added';
export const REQUEST_BODY_REMOVED = 'request-body-removed';
export const REQUEST_BODY_MEDIA_TYPE_REMOVED = 'request-body-media-type-removed';
export const REQUEST_BODY_MEDIA_TYPE_ADDED = 'request-body-media-type-added';

export const rule: RuleModule = {
  rules: [
    {
      id: REQUEST_BODY_BECAME_REQUIRED,
      level: 'breaking',
      description: 'The request body became required (or a required body was added where there was none).',
    },
    { id: REQUEST_BODY_ADDED, level: 'info', description: 'An optional request body was added.' },
    { id: REQUEST_BODY_REMOVED, level: 'warning', description: 'The request body was removed: what clients send is ignored from now on.' },
    { id: REQUEST_BODY_MEDIA_TYPE_REMOVED, level: 'breaking', description: 'A request body media type is no longer accepted.' },
    { id: REQUEST_BODY_MEDIA_TYPE_ADDED, level: 'info', description: 'A request body media type was added.' },
  ],
  check(_base, _revision, context) {
    const findings = [];
    for (const pair of context.changed) {
      const before = asObject(pair.base.object.requestBody);
      const after = asObject(pair.revision.object.requestBody);
      const label = pair.label;
      if (!before && !after) continue;
      if (!before && after) {
        const required = after.required === true;
        findings.push(
          context.report(
            required ? REQUEST_BODY_BECAME_REQUIRED : REQUEST_BODY_ADDED,
            `${label}: ${required ? 'required' : 'optional'} request body added`,
            label,
            'requestBody',
          ),
        );
        continue;
      }
      if (before && !after) {
        findings.push(context.report(REQUEST_BODY_REMOVED, `${label}: request body removed`, label, 'requestBody'));
        continue;
      }
      if (before!.required !== true && after!.required === true) {
        findings.push(context.report(REQUEST_BODY_BECAME_REQUIRED, `${label}: request body became required`, label, 'requestBody/required'));
      }
      const beforeMedia = mediaMap(before);
      const afterMedia = mediaMap(after);
      for (const [key, media] of beforeMedia) {
        if (afterMedia.has(key)) continue;
        findings.push(
          context.report(
            REQUEST_BODY_MEDIA_TYPE_REMOVED,
            `${label}: request body media type ${media.name} no longer accepted`,
            label,
            `requestBody/content/${escapePointerSegment(media.name)}`,
          ),
        );
      }
      for (const [key, media] of afterMedia) {
        if (beforeMedia.has(key)) continue;
        findings.push(
          context.report(
            REQUEST_BODY_MEDIA_TYPE_ADDED,
            `${label}: request body media type ${media.name} added`,
            label,
            `requestBody/content/${escapePointerSegment(media.name)}`,
          ),
        );
      }
    }
    return findings;
  },
};
