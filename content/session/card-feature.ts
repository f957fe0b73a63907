/**
 * The overlay and the claim card whole: Preact's renderer, the overlay that places the card
 * (and X's reply panel) beside its claim, the card's component tree (the card, its sources,
 * the origin badge, the card's strings and the date and figure formatting only it uses) and
 * the summary its Copy button writes. Loaded on demand (card.ts) the first time the overlay
 * shows anything (a card, the keyboard cursor's announcement, X's reply panel), so neither
 * content script's reader carries it: a page's first paint needs none of it.
 */
import { h, render, type ComponentType } from 'preact';
import { ClaimCard } from '../../components/ClaimCard';
import { Overlay, type OverlayProps } from '../../components/Overlay';
import type { Lang } from '../../engine/schema';
import { buildSummary } from '../../engine/summary';
import type { ReplyAssistant } from '../reply/assistant';

/** More UI drawn in the overlay's layer (X's reply panel), rendered here so the reader needs no renderer. */
export interface ExtraLayer {
  Layer: ComponentType<{ assistant: ReplyAssistant; lang: Lang }>;
  assistant: ReplyAssistant;
}

export interface CardFeature {
  /** Draws the overlay (with the card, if one is open) into the overlay's container; null empties it. */
  drawOverlay: (container: HTMLElement, props: (Omit<OverlayProps, 'Card' | 'extra'> & { extra: ExtraLayer | null }) | null) => void;
  buildSummary: typeof buildSummary;
}

export const CARD_FEATURE: CardFeature = {
  drawOverlay: (container, props) =>
    render(props && h(Overlay, { ...props, Card: ClaimCard, extra: props.extra && h(props.extra.Layer, { assistant: props.extra.assistant, lang: props.lang }) }), container),
  buildSummary,
};
