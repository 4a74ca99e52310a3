import { describe, expect, it } from 'vitest';
import { badgeSize, renderBadgeSvg } from '../../../src/publish/images/badge-svg.ts';

describe('renderBadgeSvg', () => {
  it('draws label and message as Shields would', () => {
    const svg = renderBadgeSvg({ schemaVersion: 1, label: 'alerts', message: '42', color: 'brightgreen' });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('alerts: 42');
    expect(svg).toContain('fill="#4b0"'); // badge-maker 6's brightgreen
    expect(svg.endsWith('\n')).toBe(true);
  });

  it.each([
    { badge: { schemaVersion: 1 as const, label: 'x', message: 'y' }, colour: 'fill="#939393"' },
    { badge: { schemaVersion: 1 as const, label: 'x', message: 'y', isError: true }, colour: 'fill="#dd4343"' },
    { badge: { schemaVersion: 1 as const, label: 'x', message: 'y', color: 'ff00aa' }, colour: '#ff00aa' },
  ])('colour default and hex: $colour', ({ badge, colour }) => {
    expect(renderBadgeSvg(badge)).toContain(colour);
  });

  it('escapes markup in label and message', () => {
    const svg = renderBadgeSvg({ schemaVersion: 1, label: '<script>alert(1)</script>', message: 'a & "b"', color: 'red' });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('&amp;');
  });
});

describe('badgeSize', () => {
  it('reads the rendered width and height, wider for a longer message', () => {
    const short = badgeSize({ schemaVersion: 1, label: 'alerts', message: '1' });
    const long = badgeSize({ schemaVersion: 1, label: 'alerts', message: '1234567890' });
    expect(short.height).toBe(20);
    expect(short.width).toBeGreaterThan(30);
    expect(long.width).toBeGreaterThan(short.width);
    expect(badgeSize({ schemaVersion: 1, label: 'x', message: 'y', style: 'for-the-badge' }).height).toBe(28);
  });
});
