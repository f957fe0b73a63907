/** Small page helpers the session's parts share: the page's language, where the reader types, yielding. */
import { guessLanguage } from '../../engine/language';
import type { Lang } from '../../engine/schema';

/** The reader's own events only: a page's synthetic ones never drive Puente. */
export const trusted = (e: Event) => e.isTrusted;

/** Whether a node is somewhere the reader types: an input, an editable region, a designMode page. */
export function editingAt(node: Node): boolean {
  const doc = node.ownerDocument;
  if (doc?.designMode === 'on') return true;
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  if (!el) return false;
  if ((el as HTMLElement).isContentEditable) return true;
  return Boolean(el.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"]), [role="textbox"]'));
}

/**
 * The page's language: its declared `lang`, else a guess from up to 3,000 characters of its
 * text, gathered node by node (reading `innerText` would lay out the whole page).
 */
export function readPageLang(): Lang {
  const htmlLang = document.documentElement.lang;
  if (/^es\b/i.test(htmlLang)) return 'es';
  if (/^en\b/i.test(htmlLang)) return 'en';
  const body = document.body;
  if (!body) return 'en';
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest('script, style, noscript, template') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  let text = '';
  for (let n = walker.nextNode(); n && text.length < 3000; n = walker.nextNode()) text += `${(n as Text).data} `;
  return guessLanguage(text.slice(0, 3000));
}

export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Scrolls a claim to a third of the way down the viewport. */
export function scrollToThird(rect: DOMRect): void {
  window.scrollBy({ top: rect.top - window.innerHeight / 3, behavior: 'instant' as ScrollBehavior });
}
