/**
 * Placing Puente's floating UI (the card, the reply assistant's button and panel) over a
 * page that scrolls and resizes under it.
 */
import { useLayoutEffect } from 'preact/hooks';

export const GAP = 8;

/** The card's tallest: 70% of the window, at most 560 px (card.css says the same until it is placed). */
export const cardMaxHeight = (viewportHeight: number): number => Math.min(0.7 * viewportHeight, 560);

/** The least room beside its anchor worth a card: less, and the card goes over the page as best it can. */
const MIN_ROOM = 160;

/**
 * Below the anchor (above it when there is no room below), kept inside the viewport. When
 * it fits on neither side, it goes on the roomier one with `maxHeight` set to that room
 * (the card scrolls), rather than over its own anchor.
 */
export function place(anchor: DOMRect, card: { width: number; height: number }, viewport: { width: number; height: number }): { top: number; left: number; maxHeight?: number } {
  const below = viewport.height - anchor.bottom - 2 * GAP;
  const above = anchor.top - 2 * GAP;
  let top = anchor.bottom + GAP;
  let maxHeight: number | undefined;
  if (card.height > below && card.height <= above) top = anchor.top - GAP - card.height;
  else if (card.height > below && Math.max(below, above) >= MIN_ROOM) {
    maxHeight = Math.floor(Math.max(below, above));
    if (above > below) top = GAP;
  }
  const height = Math.min(card.height, maxHeight ?? card.height);
  top = Math.max(GAP, Math.min(top, viewport.height - height - GAP));
  let left = anchor.left;
  left = Math.max(GAP, Math.min(left, viewport.width - card.width - GAP));
  return maxHeight === undefined ? { top, left } : { top, left, maxHeight };
}

/**
 * While `on`, calls `move` once an animation frame after the page scrolls (anywhere, in
 * the capture phase), the window resizes or `observe` (if given) changes size; with `now`,
 * also right away. Listeners go when `on` turns false, the deps change or the component goes.
 */
export function useFollow(on: boolean, move: () => void, deps: readonly unknown[], now?: boolean, observe?: Element | null): void {
  useLayoutEffect(() => {
    if (!on) return;
    let frame = 0;
    const schedule = () => {
      if (!frame)
        frame = requestAnimationFrame(() => {
          frame = 0;
          move();
        });
    };
    if (now) move();
    window.addEventListener('scroll', schedule, { passive: true, capture: true });
    window.addEventListener('resize', schedule, { passive: true });
    const ro = observe && typeof ResizeObserver === 'function' ? new ResizeObserver(schedule) : null;
    if (ro) ro.observe(observe!);
    return () => {
      if (frame) cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule, { capture: true });
      window.removeEventListener('resize', schedule);
      ro?.disconnect();
    };
    // The caller's deps decide when to start again, as with useLayoutEffect itself.
  }, deps);
}
