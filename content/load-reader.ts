import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { BROWSER_KEY } from './shared-browser-key';

type Reader = { default: (ctx: ContentScriptContext) => Promise<void> };

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
  const startedEvent = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;
  window.addEventListener(startedEvent, (e) => e.stopImmediatePropagation(), { capture: true, signal: ctx.signal });
  (globalThis as unknown as Record<symbol, unknown>)[BROWSER_KEY] = browser;
  const reader = (await import(/* @vite-ignore */ browser.runtime.getURL(`/${path}`))) as Reader;
  if (ctx.isInvalid) return;
  await reader.default(ctx);
}
