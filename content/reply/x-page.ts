/**
 * Reading X's page for the reply assistant: the reply box being focused, the post it
 * answers, their language and text. The selectors are X's adapter's (`sites/x.ts`).
 */
import { guessLanguage } from '../../engine/language';
import type { Lang } from '../../engine/schema';
import { X_SELECTORS } from '../../sites/x';

/** The reply box a focus target belongs to, and its contenteditable root; null elsewhere. */
export function editorFor(target: EventTarget | null): { composer: Element; editable: HTMLElement } | null {
  if (!(target instanceof HTMLElement) || !target.isContentEditable) return null;
  const root = target.closest(X_SELECTORS.composer);
  if (!root) return null;
  // The focused node may be a child of the contenteditable root: use the root itself.
  let el: HTMLElement = target;
  while (el.parentElement?.isContentEditable && root.contains(el.parentElement)) el = el.parentElement;
  return { composer: root, editable: el };
}

/** The post being replied to: the post text in the same dialog, else the last post above the composer. */
export function postFor(composer: Element): Element | null {
  const dialog = composer.closest('[role="dialog"]');
  const outside = (el: Element) => !el.closest(X_SELECTORS.composer) && !el.closest('[contenteditable="true"]');
  if (dialog) {
    const inDialog = Array.from(dialog.querySelectorAll(X_SELECTORS.postText)).filter(outside);
    const before = inDialog.filter((el) => el.compareDocumentPosition(composer) & Node.DOCUMENT_POSITION_FOLLOWING);
    const found = before[before.length - 1] ?? inDialog[0];
    if (found) return found;
  }
  const doc = composer.ownerDocument;
  const above = Array.from(doc.querySelectorAll(X_SELECTORS.postText)).filter((el) => outside(el) && el.compareDocumentPosition(composer) & Node.DOCUMENT_POSITION_FOLLOWING);
  return above[above.length - 1] ?? null;
}

export function langOf(el: Element, text: string): Lang {
  const attr = el.closest('[lang]')?.getAttribute('lang') ?? '';
  if (/^es\b/i.test(attr)) return 'es';
  if (/^en\b/i.test(attr)) return 'en';
  return guessLanguage(text);
}

/** Text as the reader sees it (line breaks between Draft.js blocks), without zero-width marks. */
export function readText(el: Element): string {
  const raw = el instanceof HTMLElement && typeof el.innerText === 'string' ? el.innerText : (el.textContent ?? '');
  return raw.replace(/[\u200b\ufeff]/g, '').replace(/\n{3,}/g, '\n\n');
}

/** The reply box with its toolbar (the nearest ancestor holding X's post button, or the dialog): the panel keeps clear of it. */
export function composerBox(editor: Element): DOMRect {
  let el: Element | null = editor;
  for (let depth = 0; el && depth < 14; depth++, el = el.parentElement) {
    if (el.querySelector(X_SELECTORS.postButton) || el.getAttribute('role') === 'dialog') return el.getBoundingClientRect();
  }
  return editor.getBoundingClientRect();
}

/** Alt+Shift+R, a person's own key press: opens (or closes) the reply panel from a reply box. */
export function isReplyShortcut(event: Event): boolean {
  const e = event as KeyboardEvent;
  return e.isTrusted && e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyR';
}
