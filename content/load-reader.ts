import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { BROWSER_KEY } from './shared-browser-key';

type Reader = { default: (ctx: ContentScriptContext) => Promise<void> };

/**
 * Runs a content script's reader, built as an ES module beside it. The listed script stays
 * small: its compile and the extension API's set-up are one short task, and the reader's
 * compile happens off the page's main thread. The isolated world is the extension's own:
 * the page cannot see what is shared through it.
 */
export async function loadReader(ctx: ContentScriptContext, path: 'content-scripts/esm/content.js' | 'content-scripts/esm/x.js'): Promise<void> {
  (globalThis as unknown as Record<symbol, unknown>)[BROWSER_KEY] = browser;
  const reader = (await import(/* @vite-ignore */ browser.runtime.getURL(`/${path}`))) as Reader;
  if (ctx.isInvalid) return;
  await reader.default(ctx);
}
