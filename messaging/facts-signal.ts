/**
 * Tells every open tab that the fact base or the mutes changed (a fact added, edited,
 * deleted or imported, a reset, a fact shown again): one key in the extension's storage,
 * which every content script already watches for settings. Pages cannot see or write it,
 * and no tab needs to be enumerated.
 */
import { browser } from 'wxt/browser';

export const FACTS_CHANGED_KEY = 'factsChangedAt';

export async function signalFactsChanged(now = Date.now()): Promise<void> {
  await browser.storage.local.set({ [FACTS_CHANGED_KEY]: now });
}

export function watchFactsChanged(cb: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && FACTS_CHANGED_KEY in changes) cb();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
