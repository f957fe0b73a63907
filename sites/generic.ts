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
    const scope = articleScope(root);
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

const SCOPES = 'article, main, [role="main"], [itemprop="articleBody"], #storytext, .article-body, .nota-cuerpo';

/** The container with the most paragraph text: pages often have several <article>s (teasers). */
function articleScope(root: ParentNode): ParentNode {
  let best: ParentNode = root;
  let bestLength = 0;
  for (const el of Array.from(root.querySelectorAll(SCOPES))) {
    if (isIgnored(el)) continue;
    let length = 0;
    for (const p of Array.from(el.querySelectorAll('p'))) length += (p.textContent ?? '').length;
    if (length > bestLength) {
      best = el;
      bestLength = length;
    }
  }
  return bestLength >= 200 ? best : root;
}
