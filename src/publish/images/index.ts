export { badgeSize, renderBadgeSvg } from './badge-svg.ts';
export { renderSocialCard, socialCardSvg, SOCIAL_CARD_HEIGHT, SOCIAL_CARD_WIDTH } from './social-card.ts';
export { socialCardTree, type CardNode } from './social-card-tree.ts';
