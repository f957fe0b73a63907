import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { BROWSER_KEY, holdBackStartAnnouncement } from './wxt-edges';

type Reader = { default: (ctx: ContentScriptContext) => Promise<void> };

// Evaluated before WXT creates the content script's context: its start announcement,
// which any page could read, is held back from the first task on (see wxt-edges.ts).
const release = holdBackStartAnnouncement(ContentScriptContext);

/**
 * Runs a content script's reader, built as an ES module beside it. The listed script stays
 * small: its compile and the extension API's set-up are one short task, and the reader's
 * compile happens off the page's main thread. The isolated world is the extension's own:
 * the page cannot see what is shared through it (see wxt-edges.ts).
 */
export async function loadReader(ctx: ContentScriptContext, path: 'content-scripts/esm/content.js' | 'content-scripts/esm/x.js'): Promise<void> {
  release(ctx);
  (globalThis as unknown as Record<symbol, unknown>)[BROWSER_KEY] = browser;
  const reader = (await import(/* @vite-ignore */ browser.runtime.getURL(`/${path}`))) as Reader;
  if (ctx.isInvalid) return;
  await reader.default(ctx);
}
