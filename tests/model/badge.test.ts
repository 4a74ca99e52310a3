import { describe, expect, it } from 'vitest';
import { badgeFileContent, endpointBadgeSchema } from '../../src/model/badge.ts';

describe('endpointBadgeSchema', () => {
  it.each([
    // The example from Shields' endpoint documentation.
    { name: 'Shields example', badge: { schemaVersion: 1, label: 'hello', message: 'sweet world', color: 'orange' } },
    { name: 'minimal', badge: { schemaVersion: 1, label: '', message: 'x' } },
    { name: 'the seed badges as govpages writes them', badge: { schemaVersion: 1, label: 'alerts', message: '17', color: 'blue', cacheSeconds: 300 } },
    {
      name: 'every optional field',
      badge: {
        schemaVersion: 1,
        label: 'l',
        message: 'm',
        color: 'ff0000',
        labelColor: 'grey',
        isError: true,
        namedLogo: 'github',
        logoColor: 'white',
        logoSize: 'auto',
        logoWidth: 14,
        style: 'for-the-badge',
        cacheSeconds: 3600,
      },
    },
    { name: 'logoSvg alone', badge: { schemaVersion: 1, label: 'l', message: 'm', logoSvg: '<svg/>' } },
  ])('accepts $name', ({ badge }) => {
    expect(endpointBadgeSchema.safeParse(badge).success).toBe(true);
  });

  it.each([
    { name: 'an unknown key', badge: { schemaVersion: 1, label: 'l', message: 'm', checksum: 'abc' } },
    { name: 'cacheSeconds below 300', badge: { schemaVersion: 1, label: 'l', message: 'm', cacheSeconds: 299 } },
    { name: 'fractional cacheSeconds', badge: { schemaVersion: 1, label: 'l', message: 'm', cacheSeconds: 300.5 } },
    { name: 'namedLogo and logoSvg together', badge: { schemaVersion: 1, label: 'l', message: 'm', namedLogo: 'github', logoSvg: '<svg/>' } },
    { name: 'an empty message', badge: { schemaVersion: 1, label: 'l', message: '' } },
    { name: 'a missing message', badge: { schemaVersion: 1, label: 'l' } },
    { name: 'a missing label', badge: { schemaVersion: 1, message: 'm' } },
    { name: 'schemaVersion 2', badge: { schemaVersion: 2, label: 'l', message: 'm' } },
    { name: 'a numeric message', badge: { schemaVersion: 1, label: 'l', message: 17 } },
    { name: 'an unknown style', badge: { schemaVersion: 1, label: 'l', message: 'm', style: 'round' } },
    { name: 'an empty color', badge: { schemaVersion: 1, label: 'l', message: 'm', color: '' } },
    { name: 'logoSize other than auto', badge: { schemaVersion: 1, label: 'l', message: 'm', logoSize: 'big' } },
  ])('rejects $name', ({ badge }) => {
    expect(endpointBadgeSchema.safeParse(badge).success).toBe(false);
  });
});

describe('badgeFileContent', () => {
  it('writes a valid badge in the one JSON layout', () => {
    expect(badgeFileContent({ schemaVersion: 1, label: 'alerts', message: '17', color: 'blue', cacheSeconds: 300 })).toBe(
      '{\n  "cacheSeconds": 300,\n  "color": "blue",\n  "label": "alerts",\n  "message": "17",\n  "schemaVersion": 1\n}\n',
    );
  });

  it('refuses a badge Shields would reject instead of publishing it', () => {
    expect(() => badgeFileContent({ schemaVersion: 1, label: 'x', message: '', color: 'blue' })).toThrow();
    expect(() => badgeFileContent({ schemaVersion: 1, label: 'x', message: 'y', cacheSeconds: 60 })).toThrow();
  });
});
