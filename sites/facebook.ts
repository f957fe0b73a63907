/**
 * Facebook. Posts and comments are `[role="article"]`; their text sits in the message
 * preview containers, or in `div[dir="auto"]` leaves. Sponsored posts are skipped.
 */
import { isIgnored, type SiteAdapter } from './types';

const HOSTS = /(^|\.)facebook\.com$/i;
const MESSAGE = '[data-ad-preview="message"], [data-ad-comet-preview="message"]';

export const facebookAdapter: SiteAdapter = {
  name: 'facebook',
  matches: (host) => HOSTS.test(host),
  blocks(root) {
    const out = new Set<Element>();
    for (const article of Array.from(root.querySelectorAll('[role="article"]'))) {
      if (isSponsored(article) || isIgnored(article)) continue;
      const messages = Array.from(article.querySelectorAll(MESSAGE)).filter((m) => m.closest('[role="article"]') === article);
      const candidates = messages.length
        ? messages
        : Array.from(article.querySelectorAll('div[dir="auto"]')).filter((d) => d.closest('[role="article"]') === article && !d.querySelector('div[dir="auto"]'));
      for (const el of candidates) {
        if (isIgnored(el) || (el.textContent ?? '').trim().length < 20) continue;
        out.add(el);
      }
    }
    return [...out];
  },
};

function isSponsored(article: Element): boolean {
  return Boolean(article.querySelector('[aria-label="Sponsored" i], [aria-label="Patrocinado" i], a[href*="/ads/about"]'));
}
