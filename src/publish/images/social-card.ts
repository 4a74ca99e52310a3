import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import type { StatusModel } from '../../model/status-model.ts';
import { socialCardTree } from './social-card-tree.ts';

export const SOCIAL_CARD_WIDTH = 1200;
export const SOCIAL_CARD_HEIGHT = 630;

const require = createRequire(import.meta.url);

/** Inter from `@fontsource/inter` (WOFF: satori cannot read WOFF2), shipped with the package: no network. */
async function loadFonts() {
  const file = (weight: number) => require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`);
  const [regular, bold] = await Promise.all([readFile(file(400)), readFile(file(700))]);
  return [
    { name: 'Inter', data: regular, weight: 400 as const, style: 'normal' as const },
    { name: 'Inter', data: bold, weight: 700 as const, style: 'normal' as const },
  ];
}

/** The Open Graph image (`social.png`, 1200x630): title, verdict and headline figures. */
export async function renderSocialCard(model: StatusModel): Promise<Uint8Array> {
  const svg = await socialCardSvg(model);
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: SOCIAL_CARD_WIDTH }, font: { loadSystemFonts: false } }).render().asPng();
  return new Uint8Array(png);
}

/** The card as SVG (satori's output, text converted to paths). */
export async function socialCardSvg(model: StatusModel): Promise<string> {
  return satori(socialCardTree(model) as Parameters<typeof satori>[0], {
    width: SOCIAL_CARD_WIDTH,
    height: SOCIAL_CARD_HEIGHT,
    fonts: await loadFonts(),
  });
}
