/**
 * The one overlay Puente adds to a page (inside a shadow root): the open card, placed
 * next to its claim, kept inside the viewport, and following the page as it scrolls.
 */
import type { ComponentChildren, ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Fact, Frame } from '../engine/schema';
import type { ClaimFinding } from '../engine/types';
import type { LocalOrigin } from '../messaging/protocol';
import type { ClaimCardProps } from './ClaimCard';
import { cardMaxHeight, place, useFollow } from './follow';

export { place } from './follow';

export interface OpenCard {
  finding: ClaimFinding;
  fact: Fact;
  /** Any fact by id: a figure line may read another fact's series, whose sources the card lists too. */
  factById?: (id: string) => Fact | undefined;
  origin?: LocalOrigin;
  frame?: Frame;
  /** Where the claim is now, in viewport coordinates. */
  anchorRect: () => DOMRect | null;
}

/** The card's own props (language, actions, which events act) pass through to it. */
export type OverlayProps = Pick<ClaimCardProps, 'lang' | 'onLangChange' | 'onClose' | 'onCopy' | 'onMute' | 'onUnmute' | 'onClassroom' | 'accept'> & {
  card: OpenCard | null;
  /**
   * The card component, passed in by the chunk that holds both (content/session/card-feature.ts,
   * loaded when the overlay first shows something). Without it, no card is shown.
   */
  Card?: ComponentType<ClaimCardProps>;
  muted: boolean;
  /** Read out by screen readers as the keyboard cursor moves through claims. */
  announcement?: string;
  /** More of Puente's page UI, drawn in the same layer (the X reply assistant). */
  extra?: ComponentChildren;
};

export function Overlay({ card: opened, Card, lang, muted, announcement, onLangChange, onClose, onCopy, onMute, onUnmute, onClassroom, accept, extra }: OverlayProps) {
  const card = Card ? opened : null;
  const wrap = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState<{ top: number; left: number; maxHeight: number } | null>(null);

  useFollow(
    Boolean(card),
    () => {
      const rect = card?.anchorRect();
      const el = wrap.current?.firstElementChild as HTMLElement | null;
      if (!rect || !el) return;
      const viewport = { width: window.innerWidth, height: window.innerHeight };
      const cap = cardMaxHeight(viewport.height);
      // The height the card wants, whatever room it was given last time: placing by its
      // current (squeezed) height would flip it between two places as the page scrolls.
      const height = Math.min(el.scrollHeight + el.offsetHeight - el.clientHeight, cap);
      const at = place(rect, { width: el.offsetWidth, height }, viewport);
      setPos({ top: at.top, left: at.left, maxHeight: at.maxHeight ?? cap });
    },
    [card, lang],
    true,
  );

  useEffect(() => {
    if (!card) setPos(null);
  }, [card]);

  const live = (
    <div class="sr-only" role="status" aria-live="polite">
      {announcement ?? ''}
    </div>
  );
  if (!card || !Card)
    return (
      <div class="layer">
        {live}
        {extra}
      </div>
    );
  return (
    <div class="layer">
      {live}
      {extra}
      <div ref={wrap} style={pos ? `--top:${pos.top}px;--left:${pos.left}px;--card-max-height:${pos.maxHeight}px` : 'visibility:hidden'} class="pos">
        <Card
          finding={card.finding}
          fact={card.fact}
          factById={card.factById}
          frame={card.frame}
          origin={card.origin}
          lang={lang}
          muted={muted}
          onLangChange={onLangChange}
          onClose={onClose}
          onCopy={onCopy}
          onMute={onMute}
          onUnmute={onUnmute}
          onClassroom={onClassroom}
          accept={accept}
        />
      </div>
    </div>
  );
}
