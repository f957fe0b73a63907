/**
 * The keyboard controller (and the click that opens a card): Alt+Shift+J / Alt+Shift+K move
 * through the page's claims, Enter right after opens the current one, Esc closes the card, a
 * click on a claim opens it. Only the reader's own (trusted) events act, and a key the page
 * or an input already handled is left alone.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageClaims } from '../page-claims';
import type { CardController } from './card';
import { editingAt } from './page-lang';

export function bindKeyboard(ctx: ContentScriptContext, card: CardController, claims: () => PageClaims | null, active: () => boolean): void {
  ctx.addEventListener(document, 'click', (event) => {
    const e = event as MouseEvent;
    const list = claims();
    // Only the reader's own clicks count: a page's synthetic events do not.
    if (!e.isTrusted || e.button !== 0 || e.defaultPrevented || !list || !active()) return;
    card.disarm();
    const target = e.composedPath()[0];
    if (target instanceof Node && card.isOurs(target)) return;
    if (!(target instanceof Node) || editingAt(target)) return;
    const claim = list.atPoint(e.clientX, e.clientY, target);
    if (claim) card.open(claim);
    else card.close();
  });
  ctx.addEventListener(document, 'keydown', (event) => {
    const e = event as KeyboardEvent;
    if (!e.isTrusted || !claims() || !active()) return;
    const armedAt = card.disarm();
    if (e.key === 'Escape' && !e.defaultPrevented && card.close()) return;
    // The element that really has the key: inside a page's own shadow DOM, e.target is only its host.
    const target = e.composedPath()[0];
    if (e.defaultPrevented || !(target instanceof Node) || editingAt(target) || card.isOurs(target)) return;
    if (e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && (e.code === 'KeyJ' || e.code === 'KeyK')) {
      e.preventDefault();
      card.step(e.code === 'KeyJ' ? 1 : -1);
    } else if (e.key === 'Enter' && armedAt && !e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey) {
      e.preventDefault();
      card.open(armedAt);
    }
  });
}
