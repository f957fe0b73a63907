/**
 * Generic article pages (English and Spanish news): paragraphs and headings inside the
 * article body, falling back to main and then the whole body when a page has neither.
 */
import { isIgnored, type SiteAdapter } from './types';

const BLOCKS = 'p, li, h1, h2, h3, blockquote, figcaption, dd';
const MIN_CHARS = 25;

export const genericAdapter: SiteAdapter = {
  name: 'generic',
  matches: () => true,
  blocks(root) {
    const scope = (root as ParentNode).querySelector?.('article') ?? (root as ParentNode).querySelector?.('main, [role="main"]') ?? root;
    const out: Element[] = [];
    for (const el of Array.from(scope.querySelectorAll(BLOCKS))) {
      if (isIgnored(el)) continue;
      // A list item or quote that holds paragraphs is read through those paragraphs.
      if (el.querySelector('p') && el.tagName !== 'P') continue;
      if ((el.textContent ?? '').trim().length < MIN_CHARS) continue;
      out.push(el);
    }
    return out;
  },
};
