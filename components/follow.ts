/**
 * Placing Puente's floating UI (the card, the reply assistant's button and panel) over a
 * page that scrolls and resizes under it.
 */
import { useLayoutEffect } from 'preact/hooks';

export const GAP = 8;

/** Below the anchor (above it when there is no room below), kept inside the viewport. */
export function place(anchor: DOMRect, card: { width: number; height: number }, viewport: { width: number; height: number }): { top: number; left: number } {
  let top = anchor.bottom + GAP;
  if (top + card.height > viewport.height - GAP && anchor.top - GAP - card.height >= GAP) top = anchor.top - GAP - card.height;
  top = Math.max(GAP, Math.min(top, viewport.height - card.height - GAP));
  let left = anchor.left;
  left = Math.max(GAP, Math.min(left, viewport.width - card.width - GAP));
  return { top, left };
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
