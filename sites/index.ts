/**
 * Picks the adapter for a page: by host first; for pages opened elsewhere (saved pages,
 * `scan`, mirrors) by the shape of the DOM; the generic article adapter otherwise.
 */
import { facebookAdapter } from './facebook';
import { genericAdapter } from './generic';
import { redditAdapter } from './reddit';
import type { SiteAdapter } from './types';
import { X_SELECTORS, xAdapter } from './x';

export const SITE_ADAPTERS: SiteAdapter[] = [xAdapter, redditAdapter, facebookAdapter];

const SHAPES: [string, SiteAdapter][] = [
  [`${X_SELECTORS.postText}, ${X_SELECTORS.primaryColumn}`, xAdapter],
  ['shreddit-app, shreddit-post, .thing .usertext-body', redditAdapter],
  ['[role="feed"] [role="article"], [data-pagelet^="FeedUnit"]', facebookAdapter],
];

export function adapterFor(host: string, doc?: ParentNode): SiteAdapter {
  const byHost = SITE_ADAPTERS.find((a) => a.matches(host));
  if (byHost) return byHost;
  if (doc) for (const [selector, adapter] of SHAPES) if (doc.querySelector(selector)) return adapter;
  return genericAdapter;
}
