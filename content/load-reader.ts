import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { BROWSER_KEY } from './shared-browser-key';

type Reader = { default: (ctx: ContentScriptContext) => Promise<void> };

const STARTED = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;

/**
 * WXT's content-script context announces itself when it is created, before our code runs:
 * a window message and a document event, both named with the extension's id, that any
 * page can read to learn Puente is installed. This module is evaluated before WXT creates
 * the context, so it holds back exactly those two (in this isolated world only: the page's
 * own postMessage and dispatchEvent are separate objects), and `loadReader` lets the
 * originals back once the context exists. Nothing is lost: the announcement only stops
 * older copies of the script, which an extension update already invalidates.
 */
const silenced = (() => {
  const win = window as unknown as { postMessage: (...args: unknown[]) => void };
  const doc = document as unknown as { dispatchEvent: (e: Event) => boolean };
  const post = win.postMessage;
  win.postMessage = function (this: unknown, ...args: unknown[]) {
    const message = args[0] as { type?: unknown } | null;
    if (message && typeof message === 'object' && message.type === STARTED) return;
    post.apply(window, args);
  };
  doc.dispatchEvent = function (this: unknown, event: Event) {
    if (event.type === STARTED) return true;
    return EventTarget.prototype.dispatchEvent.call(document, event);
  };
  return () => {
    win.postMessage = post;
    Reflect.deleteProperty(doc, 'dispatchEvent');
  };
})();

/**
 * Runs a content script's reader, built as an ES module beside it. The listed script stays
 * small: its compile and the extension API's set-up are one short task, and the reader's
 * compile happens off the page's main thread. The isolated world is the extension's own:
 * the page cannot see what is shared through it.
 */
export async function loadReader(ctx: ContentScriptContext, path: 'content-scripts/esm/content.js' | 'content-scripts/esm/x.js'): Promise<void> {
  // WXT announces every content-script start with window.postMessage, which the page can
  // read and replay as the document event that shuts older copies down. Refuse that event
  // before it reaches WXT's listener, from the first task on (the reader arrives later):
  // an extension update already invalidates old copies (their runtime.id goes away), so
  // nothing legitimate is lost.
  silenced();
  window.addEventListener(STARTED, (e) => e.stopImmediatePropagation(), { capture: true, signal: ctx.signal });
  (globalThis as unknown as Record<symbol, unknown>)[BROWSER_KEY] = browser;
  const reader = (await import(/* @vite-ignore */ browser.runtime.getURL(`/${path}`))) as Reader;
  if (ctx.isInvalid) return;
  await reader.default(ctx);
}
