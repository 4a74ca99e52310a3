import { describe, expect, it } from 'vitest';
import type { StatusModel } from '../../../src/model/status-model.ts';
import { renderSocialCard, SOCIAL_CARD_HEIGHT, SOCIAL_CARD_WIDTH, socialCardSvg, socialCardTree } from '../../../src/publish/images/index.ts';
import fixture from '../../fixtures/model/status-model.json' with { type: 'json' };

const model = fixture as unknown as StatusModel;
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  // IHDR is the first chunk: width and height are big-endian at bytes 16 and 20.
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('renderSocialCard', () => {
  it('is a 1200x630 PNG, the same bytes for the same model', async () => {
    const png = await renderSocialCard(model);
    expect([...png.slice(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(String.fromCharCode(...png.slice(12, 16))).toBe('IHDR');
    expect(pngSize(png)).toEqual({ width: SOCIAL_CARD_WIDTH, height: SOCIAL_CARD_HEIGHT });
    expect(Buffer.from(await renderSocialCard(structuredClone(model))).equals(Buffer.from(png))).toBe(true);
  });

  it('renders a model with no sections and a very long title', async () => {
    const bare: StatusModel = { ...model, site: { ...model.site, title: 'x'.repeat(500) }, sections: {}, verdict: { status: 'fail', checks: [] } };
    expect(pngSize(await renderSocialCard(bare))).toEqual({ width: 1200, height: 630 });
  });
});

describe('socialCardSvg', () => {
  it('lays the card out exactly on the canvas, so nothing (the footer) is clipped', async () => {
    const svg = await socialCardSvg(model);
    expect(svg).toMatch(/^<svg width="1200" height="630"/);
    // The card's background is the first rect; a larger one means content ran off the canvas.
    expect(svg.match(/<rect x="0" y="0" width="(\d+)" height="(\d+)"/)?.slice(1)).toEqual(['1200', '630']);
  });
});

describe('socialCardTree', () => {
  it('shows the verdict and clips long strings', () => {
    const tree = JSON.stringify(socialCardTree({ ...model, site: { ...model.site, title: 'y'.repeat(200) } }));
    expect(tree).toContain('Warning');
    expect(tree).toContain(`${'y'.repeat(59)}…`);
    expect(tree).not.toContain('y'.repeat(61));
  });
});
