/**
 * The claim card whole: its component tree (the card, its sources, the origin badge, the
 * card's strings and the date and figure formatting only it uses) and the summary its Copy
 * button writes. Loaded on demand (card.tsx) the first time a card is opened, so neither
 * content script's reader carries it.
 */
import type { ComponentType } from 'preact';
import { ClaimCard, type ClaimCardProps } from '../../components/ClaimCard';
import { buildSummary } from '../../engine/summary';

export interface CardFeature {
  ClaimCard: ComponentType<ClaimCardProps>;
  buildSummary: typeof buildSummary;
}

export const CARD_FEATURE: CardFeature = { ClaimCard, buildSummary };
