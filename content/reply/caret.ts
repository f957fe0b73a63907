/**
 * The caret in X's editor, as a character offset into the editor's text (it survives the
 * editor's re-renders), and the one way Puente writes into the editor: an explicit Insert.
 */

export function textOffset(root: Node, node: Node, offset: number): number {
  const r = root.ownerDocument!.createRange();
  r.selectNodeContents(root);
  try {
    r.setEnd(node, offset);
  } catch {
    // The caret sat outside the editor (a re-render moved it): count it as the end.
    return (root.textContent ?? '').length;
  }
  return r.toString().length;
}

function caretOffset(root: HTMLElement): number {
  const sel = root.ownerDocument.getSelection();
  if (!sel || sel.rangeCount === 0) return (root.textContent ?? '').length;
  const r = sel.getRangeAt(0);
  return root.contains(r.endContainer) ? textOffset(root, r.endContainer, r.endOffset) : (root.textContent ?? '').length;
}

/** Puts a collapsed caret at `offset` characters into root's text (the end when null or too far). */
export function placeCaret(root: HTMLElement, offset: number | null): void {
  const doc = root.ownerDocument;
  const sel = doc.getSelection();
  if (!sel) return;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let left = offset ?? Number.POSITIVE_INFINITY;
  let last: Text | null = null;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    last = n;
    if (left <= n.data.length) {
      collapseAt(sel, n, left);
      return;
    }
    left -= n.data.length;
  }
  if (last) {
    collapseAt(sel, last, last.data.length);
    return;
  }
  // An empty editor: the innermost last element (Draft.js: the span holding <br>).
  let el: Element = root;
  while (el.lastElementChild && el.lastElementChild.tagName !== 'BR') el = el.lastElementChild;
  collapseAt(sel, el, 0);
}

function collapseAt(sel: Selection, node: Node, offset: number): void {
  const r = node.ownerDocument!.createRange();
  r.setStart(node, offset);
  r.collapse(true);
  sel.removeAllRanges();
  sel.addRange(r);
}

/**
 * Inserts text at the `caret` offset through the editor's own input path
 * (execCommand('insertText'), which fires beforeinput/input like typing; a synthetic paste
 * otherwise), so the site's editor state (Draft.js on X) stays in step, and leaves the
 * caret after it. User text is never rewritten or removed.
 */
export function insertAtCaret(doc: Document, el: HTMLElement, caret: number | null, text: string): void {
  el.focus({ preventScroll: true });
  placeCaret(el, caret);
  const offset = caretOffset(el);
  const prev = offset > 0 ? (el.textContent ?? '').charAt(offset - 1) : '';
  const piece = prev && !/\s/.test(prev) ? ` ${text}` : text;
  const before = el.textContent ?? '';
  let ok = false;
  try {
    ok = doc.execCommand('insertText', false, piece);
  } catch {
    // Editors that refuse execCommand throw: the paste below is the documented fallback.
    ok = false;
  }
  // Some editors take the text but report false: only paste when nothing went in.
  if (!ok && (el.textContent ?? '') === before) {
    const data = new DataTransfer();
    data.setData('text/plain', piece);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
  }
  // Leave the caret after the inserted text (editors that re-render may drop it).
  if ((el.textContent ?? '').slice(offset, offset + piece.length) === piece) placeCaret(el, offset + piece.length);
}
