/**
 * Reddit, new (shreddit web components) and old (server-rendered `.thing`s). Titles,
 * post bodies and comments are read; composers, ads and sidebars are not.
 */
import { ignoredRegionsExcept, isIgnored, type SiteAdapter } from './types';

const HOSTS = /(^|\.)reddit\.com$/i;
const SELECTORS = [
  // New Reddit: the post title and body paragraphs.
  'shreddit-post [slot="title"]',
  'shreddit-post [slot="text-body"] p',
  'shreddit-post [slot="text-body"] li',
  // New Reddit: comment paragraphs.
  'shreddit-comment [slot="comment"] p',
  'shreddit-comment [slot="comment"] li',
  // Old Reddit: titles and the markdown body of posts and comments.
  '.thing.link a.title',
  '.thing .usertext-body .md p',
  '.thing .usertext-body .md li',
].join(',');
// Old Reddit wraps every post and comment body in a <form> (for inline editing).
const IGNORED = ignoredRegionsExcept('form');
const ADS = 'shreddit-ad-post, .promotedlink, .promoted, [data-promoted="true"]';

export const redditAdapter: SiteAdapter = {
  name: 'reddit',
  matches: (host) => HOSTS.test(host),
  blocks(root) {
    return Array.from(root.querySelectorAll(SELECTORS)).filter((el) => !el.closest(ADS) && !el.closest('.side') && !isIgnored(el, IGNORED) && (el.textContent ?? '').trim().length > 0);
  },
};
