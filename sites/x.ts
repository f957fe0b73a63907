/**
 * X (Twitter). Post text lives in `[data-testid="tweetText"]` (timeline, threads, quoted
 * posts, the post being replied to). The composer (`tweetTextarea_N`) is never read.
 */
import { IGNORED_REGIONS, isIgnored, type SiteAdapter } from './types';

const HOSTS = /(^|\.)(x\.com|twitter\.com)$/i;
const SELECTORS = {
  postText: '[data-testid="tweetText"]',
  // The compose box, inline and in the reply dialog.
  composer: '[data-testid^="tweetTextarea_"]',
  // The reply box's post button (the reply assistant keeps its panel clear of the box).
  postButton: '[data-testid^="tweetButton"]',
  // The timeline's column: tells a saved X page from others (sites/index.ts).
  primaryColumn: '[data-testid="primaryColumn"]',
  // "What's happening", who-to-follow: the right column.
  sidebar: '[data-testid="sidebarColumn"]',
  // Promoted posts (ads) are wrapped in a placement tracker.
  ad: '[data-testid="placementTracking"]',
};

/**
 * Where a post's text is never read: the composer, the sidebar, ads, an editor, and the regions
 * no site reads. One selector, so each post costs one walk up the tree: a feed of thousands of
 * posts is collected again as it grows, and five walks a post made that a long task.
 */
const NOT_READ = [SELECTORS.composer, SELECTORS.sidebar, SELECTORS.ad, '[contenteditable="true"]', IGNORED_REGIONS].join(',');

export const xAdapter: SiteAdapter = {
  name: 'x',
  matches: (host) => HOSTS.test(host),
  blocks(root) {
    return Array.from(root.querySelectorAll(SELECTORS.postText)).filter((el) => !isIgnored(el, NOT_READ));
  },
};

export { SELECTORS as X_SELECTORS };
