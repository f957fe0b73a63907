/**
 * Where Puente leans on WXT's internals (written against wxt 0.21): the only module that
 * does. Each of these works and is measured, but none is WXT's public API, so a WXT upgrade
 * can break them; `tests/unit/wxt-edges.test.ts` fails loudly when it does. It relies on:
 *
 * 1. The start announcement. `new ContentScriptContext(name)` announces itself before our
 *    code runs (WXT's `stopOldScripts`): `document.dispatchEvent(new CustomEvent(TYPE))`
 *    and `window.postMessage({ type: TYPE, … }, '*')`, with TYPE the static
 *    `ContentScriptContext.SCRIPT_STARTED_MESSAGE_TYPE` (named with the extension's id).
 *    Any page can read the window message to learn Puente is installed, and replay it as
 *    the document event that shuts older copies down (`listenForNewerScripts`). So the
 *    listed script holds back exactly those two calls, in this isolated world only (the
 *    page's own postMessage and dispatchEvent are separate objects), from the module's
 *    evaluation (before WXT creates the context) until the context exists, and then
 *    refuses the event. Nothing is lost: the announcement only stops older copies of the
 *    script, which an extension update already invalidates (their runtime.id goes away).
 * 2. The shared `browser`. The listed script and its reader module (built by
 *    `modules/esm-content-scripts.ts`, which aliases `wxt/browser` to
 *    `content/shared-browser.ts` in the reader) run in the same isolated world, so the
 *    listed script leaves its webextension-polyfill instance under a `Symbol.for` key on
 *    `globalThis` and the reader takes it instead of bundling and running the polyfill
 *    again. The page cannot see the isolated world's globals.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Where the listed content script leaves its `browser` instance for the reader module. */
export const BROWSER_KEY = Symbol.for('puente.browser');

/**
 * Holds back WXT's start announcement (both calls, see 1.) until the returned function is
 * called with the context WXT made: it lets the originals back and, for the context's
 * lifetime, refuses a replayed announcement before it reaches WXT's listener (a page could
 * otherwise shut the content script down). Call it when the listed script's module is
 * evaluated. The context class is passed in, not imported, so that the reader module,
 * which imports `BROWSER_KEY` from here, does not bundle it.
 */
export function holdBackStartAnnouncement(contextClass: typeof ContentScriptContext): (ctx: ContentScriptContext) => void {
  // The type of the announcement: a static of the context class WXT does not document.
  const started = (contextClass as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;
  const win = window as unknown as { postMessage: (...args: unknown[]) => void };
  const doc = document as unknown as { dispatchEvent?: (e: Event) => boolean };
  const post = win.postMessage;
  win.postMessage = function (this: unknown, ...args: unknown[]) {
    // Only WXT's own message carries the type (a string or number has no `type`).
    if ((args[0] as { type?: unknown } | null | undefined)?.type === started) return;
    post.apply(window, args);
  };
  doc.dispatchEvent = function (this: unknown, event: Event) {
    if (event.type === started) return true;
    return EventTarget.prototype.dispatchEvent.call(document, event);
  };
  return (ctx) => {
    win.postMessage = post;
    // The own property goes: EventTarget's dispatchEvent shows through again.
    delete doc.dispatchEvent;
    window.addEventListener(started, (e) => e.stopImmediatePropagation(), { capture: true, signal: ctx.signal });
  };
}
