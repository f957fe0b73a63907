/** Talking to the content script of the active tab, from the popup and the side panel. */
import { browser } from 'wxt/browser';
import { logFailure } from '../diagnostics/log';
import { parseClaimsChanged, type PageClaimsResponse, type TabRequest, type TabResponseMap } from './protocol';

export async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/**
 * The tab an extension page works on: `?tab=ID` when the page was opened as a tab of its
 * own (Firefox without a sidebar, keyboard users, tests), else the active tab.
 */
export async function targetTabId(search = location.search): Promise<number | null> {
  const fixed = Number(new URLSearchParams(search).get('tab'));
  return Number.isInteger(fixed) && fixed > 0 ? fixed : activeTabId();
}

/** The claims on a tab's page, or null where no content script runs (browser pages). */
export async function pageClaims(tabId: number): Promise<PageClaimsResponse | null> {
  try {
    const res = (await browser.tabs.sendMessage(tabId, { type: 'page-claims' } satisfies TabRequest)) as TabResponseMap['page-claims'] | undefined;
    return res && Array.isArray(res.claims) ? res : null;
  } catch {
    // No content script answers on browser pages, the store or a page still loading: not a failure.
    return null;
  }
}

/**
 * Calls back with the tab whose content script announced that its claims changed (only this
 * extension's, only that shape); the listener answers nothing, so requests meant for the
 * background are left to it. Answers the function that stops listening.
 */
export function watchClaimsChanged(onChanged: (tabId: number) => void): () => void {
  const listener = (message: unknown, sender: { id?: string; tab?: { id?: number } }) => {
    const tabId = sender.tab?.id;
    if (sender.id === browser.runtime.id && tabId !== undefined && parseClaimsChanged(message)) onChanged(tabId);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** A tab's claims now and after each announced change, the newest answer winning; answers the function that stops. */
export function followPageClaims(tabId: number, onPage: (page: PageClaimsResponse | null) => void): () => void {
  let asked = 0;
  const read = () => {
    const mine = ++asked;
    void pageClaims(tabId).then((page) => mine === asked && onPage(page));
  };
  read();
  return watchClaimsChanged((from) => from === tabId && read());
}

export async function openClaim(tabId: number, id: number): Promise<void> {
  await browser.tabs.sendMessage(tabId, { type: 'open-claim', id } satisfies TabRequest).catch((e: unknown) => logFailure('popup', e));
}

/**
 * Chrome's side panel or Firefox's sidebar; where neither opens, the classroom page in a tab
 * of its own, but only when `allowTab` (the popup's button, never a page's request).
 * Answers whether the view opened.
 */
export async function openClassroom(tabId: number | null, options: { allowTab: boolean } = { allowTab: true }): Promise<boolean> {
  const api = browser as unknown as {
    sidePanel?: { open: (o: { tabId?: number; windowId?: number }) => Promise<void> };
    sidebarAction?: { open: () => Promise<void> };
  };
  try {
    if (api.sidePanel && tabId !== null) {
      await api.sidePanel.open({ tabId });
      return true;
    }
    if (api.sidebarAction) {
      await api.sidebarAction.open();
      return true;
    }
  } catch (e) {
    // Expected where there is no panel to show (headless, no user gesture); logged once.
    logFailure('classroom', e);
  }
  if (!options.allowTab) return false;
  await browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') + (tabId !== null ? `?tab=${tabId}` : '') });
  return true;
}
