import type { StatusModel } from '../../model/status-model.ts';
import { formatDateTime } from '../../present/dates.ts';
import { keyFigures } from '../../present/figures.ts';
import { STATUS_PRESENTATION } from '../../present/status.ts';

/** A satori element (the shape JSX would produce), written as data so no JSX toolchain is needed. */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: (CardNode | string)[] | CardNode | string };
}

// Explicit pixel size: with '100%' plus padding satori lays the card out larger than the canvas and clips the footer.
const CARD_WIDTH = 1200;
const CARD_HEIGHT = 630;

const TONE_COLORS = { good: '#1a7f37', warn: '#9a6700', bad: '#cf222e' } as const;

function node(type: string, style: Record<string, string | number>, children?: CardNode['props']['children']): CardNode {
  return { type, props: children === undefined ? { style } : { style, children } };
}

/** Long input strings are cut so the layout cannot overflow the card. */
function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The element tree of the social card: pure data from the model. */
export function socialCardTree(model: StatusModel): CardNode {
  const status = STATUS_PRESENTATION[model.verdict.status];
  const figures = keyFigures(model).slice(0, 3);
  return node(
    'div',
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '64px 72px',
      backgroundColor: '#0d1117',
      color: '#e6edf3',
      fontFamily: 'Inter',
    },
    [
      node('div', { display: 'flex', flexDirection: 'column' }, [
        node('div', { fontSize: 30, color: '#9da7b3' }, 'Governance status'),
        node('div', { fontSize: 64, fontWeight: 700, marginTop: 12, lineHeight: 1.1 }, clip(model.site.title, 60)),
      ]),
      node('div', { display: 'flex', alignItems: 'center' }, [
        node(
          'div',
          {
            display: 'flex',
            padding: '12px 32px',
            borderRadius: 16,
            backgroundColor: TONE_COLORS[status.tone],
            color: '#ffffff',
            fontSize: 44,
            fontWeight: 700,
          },
          status.label,
        ),
        node('div', { display: 'flex', marginLeft: 32, fontSize: 28, color: '#9da7b3' }, `${model.verdict.checks.length} checks`),
      ]),
      node(
        'div',
        { display: 'flex' },
        figures.map((figure) =>
          node('div', { display: 'flex', flexDirection: 'column', marginRight: 64 }, [
            node('div', { fontSize: 48, fontWeight: 700 }, clip(figure.value, 12)),
            node('div', { fontSize: 24, color: '#9da7b3' }, clip(figure.label, 32)),
          ]),
        ),
      ),
      node('div', { display: 'flex', fontSize: 22, color: '#9da7b3' }, `Commit ${model.build.short_commit} · built ${formatDateTime(model.build.now)}`),
    ],
  );
}
