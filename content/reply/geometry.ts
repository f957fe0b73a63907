/** Where the reply assistant's button and panel go, beside X's reply box (pure geometry). */
import { GAP, place } from '../../components/follow';

export const BUTTON = 32;

/** Beside the editor's right edge; above or below its corner when there is no room; never over it. */
export function buttonPlace(editor: DOMRect, viewport: { width: number; height: number }): { top: number; left: number } {
  if (editor.right + GAP + BUTTON <= viewport.width - GAP) return { top: Math.max(GAP, editor.top), left: editor.right + GAP };
  const left = Math.max(GAP, Math.min(editor.right - BUTTON, viewport.width - BUTTON - GAP));
  if (editor.top - GAP - BUTTON >= GAP) return { top: editor.top - GAP - BUTTON, left };
  return { top: Math.min(editor.bottom + GAP, viewport.height - BUTTON - GAP), left };
}

const PANEL_WIDTH = 420;
const PANEL_MIN_WIDTH = 340;
const PANEL_MIN_HEIGHT = 260;

/**
 * Where the panel goes: beside the reply box when the window is wide enough, else below it
 * (its height fitted to the room left), else next to the button, over the page.
 */
export function panelPlace(
  box: DOMRect,
  button: DOMRect,
  panel: { width: number; height: number },
  viewport: { width: number; height: number },
): { top: number; left: number; width?: number; maxHeight?: number } {
  const right = Math.max(box.right, button.right) + GAP;
  const roomRight = viewport.width - right - GAP;
  if (roomRight >= PANEL_MIN_WIDTH) {
    const maxHeight = viewport.height - 2 * GAP;
    const top = Math.max(GAP, Math.min(button.top, viewport.height - Math.min(panel.height, maxHeight) - GAP));
    return { top, left: right, width: Math.min(PANEL_WIDTH, roomRight), maxHeight };
  }
  const roomBelow = viewport.height - box.bottom - 2 * GAP;
  if (roomBelow >= PANEL_MIN_HEIGHT) {
    const left = Math.max(GAP, Math.min(box.left, viewport.width - panel.width - GAP));
    return { top: box.bottom + GAP, left, maxHeight: roomBelow };
  }
  // Over the page: the panel keeps its own height (it is measured as drawn, so a cap would feed back).
  const { top, left } = place(button, panel, viewport);
  return { top, left };
}
