import { escapePointerSegment } from '../../../core/json-pointer.ts';
import { mediaMap } from '../context.ts';
import { asObject, entries } from '../json.ts';
import { isSuccessStatus } from '../operations.ts';
import type { RuleModule } from './_rule.ts';

export const RESPONSE_MEDIA_TYPE_REMOVED = 'response-media-type-removed';
export const RESPONSE_MEDIA_TYPE_ADDED = 'response-media-type-added';

export const rule: RuleModule = {
  rules: [
    { id: RESPONSE_MEDIA_TYPE_REMOVED, level: 'breaking', description: 'A success response no longer offers a media type clients may ask for.' },
    { id: RESPONSE_MEDIA_TYPE_ADDED, level: 'info', description: 'A response media type was added.' },
  ],
  check(_base, _revision, context) {
    const findings = [];
    for (const pair of context.changed) {
      const before = asObject(pair.base.object.responses) ?? {};
      for (const [status, response] of entries(pair.revision.object.responses)) {
        const baseResponse = asObject(before[status]);
        if (!baseResponse) continue;
        const beforeMedia = mediaMap(baseResponse);
        const afterMedia = mediaMap(asObject(response));
        if (isSuccessStatus(status)) {
          for (const [key, media] of beforeMedia) {
            if (afterMedia.has(key)) continue;
            findings.push(
              context.report(
                RESPONSE_MEDIA_TYPE_REMOVED,
                `${pair.label}: response ${status} media type ${media.name} removed`,
                pair.label,
                `responses/${status}/content/${escapePointerSegment(media.name)}`,
              ),
            );
          }
        }
        for (const [key, media] of afterMedia) {
          if (beforeMedia.has(key)) continue;
          findings.push(
            context.report(
              RESPONSE_MEDIA_TYPE_ADDED,
              `${pair.label}: response ${status} media type ${media.name} added`,
              pair.label,
              `responses/${status}/content/${escapePointerSegment(media.name)}`,
            ),
          );
        }
      }
    }
    return findings;
  },
};
