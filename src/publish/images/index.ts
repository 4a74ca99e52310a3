export { badgeSize, renderBadgeSvg } from './badge-svg.ts';
export { renderSocialCard, SOCIAL_CARD_HEIGHT, SOCIAL_CARD_WIDTH, socialCardSvg } from './social-card.ts';
export { type CardNode, socialCardTree } from './social-card-tree.ts';
