/**
 * Puente's one overlay: a plain <div> (no custom element name, which a page could define
 * first and take over) with a closed shadow root, so page script can neither read the card
 * nor click its buttons. The entry's stylesheet is read from the extension and set inside
 * the root. Keys typed inside stay inside (a site's own shortcuts must not fire while the
 * reader uses the card). Written out instead of WXT's createShadowRootUi: that helper and
 * what it pulls in (auto-mount, element waiting) cost the content script ~2.5 kB gzipped of
 * its 60 kB budget for the few lines used here.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export interface OverlayRoot {
  /** The element in the page (the only thing Puente adds to it). */
  host: HTMLElement;
  /** Where the overlay renders, inside the closed root. */
  container: HTMLElement;
  /** Puts the host into the page (last child of <html>). */
  mount(): void;
  remove(): void;
}

export async function createOverlayRoot(ctx: ContentScriptContext): Promise<OverlayRoot> {
  // A failed read rejects: the caller logs it (a card without its styles would be unusable).
  const css = await (await fetch(browser.runtime.getURL(`/content-scripts/${import.meta.env.ENTRYPOINT}.css` as '/'))).text();
  const host = document.createElement('div');
  // Page styles aimed at "div" (a transform, display: none) must not move or hide the overlay.
  host.setAttribute('style', 'all: initial !important; display: block !important;');
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = `:host{all:initial !important;}\n${css.replaceAll(':root', ':host')}`;
  const container = document.createElement('div');
  for (const type of ['keydown', 'keyup', 'keypress']) container.addEventListener(type, (e) => e.stopPropagation());
  root.append(style, container);
  const remove = () => host.remove();
  ctx.onInvalidated(remove);
  return { host, container, mount: () => document.documentElement.append(host), remove };
}
