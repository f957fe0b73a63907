/**
 * Claims are shown through the CSS Custom Highlight API: one `puente-claim` highlight
 * holding one Range per claim, so the page's DOM is never changed.
 *
 * Nothing is registered before there is a claim to show: the highlight, its focus twin and
 * the constructed stylesheet appear with the first claim of a document (a page, or a
 * same-origin frame, each with its own registry), and all of it is removed when Puente is
 * turned off there. A page where Puente finds nothing, or is off, cannot tell it is installed.
 */
export const HIGHLIGHT_NAME = 'puente-claim';
const FOCUS_NAME = 'puente-claim-focus';

export type HighlightStyle = 'underline' | 'background' | 'both';

/**
 * Amber reads on white and on near-black pages alike; the focus highlight is stronger. The
 * underline is a dark amber (#a16207), opaque, so it keeps 3:1 on white (4.9:1) and on
 * black (4.3:1) pages: the mark that says a sentence can be opened must be seen (WCAG 1.4.11).
 * The keyboard cursor's claim is a marker: an opaque light amber (what the old 62% amber
 * looked like on white) under dark text, so it reads on a dark page too, where the page's
 * white text on the translucent amber had 3.9:1.
 */
function css(style: HighlightStyle): string {
  const bg = style !== 'underline' ? 'background-color: rgba(250, 204, 21, 0.32);' : '';
  const line = style !== 'background' ? 'text-decoration: underline 2px rgb(161, 98, 7); text-underline-offset: 3px;' : '';
  return `::highlight(${HIGHLIGHT_NAME}) { ${bg} ${line} }
::highlight(${FOCUS_NAME}) { background-color: rgb(252, 223, 110); color: rgb(28, 25, 23); text-decoration: underline 3px rgb(161, 98, 7); text-underline-offset: 3px; }`;
}

export function highlightSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
}

type Win = Window & typeof globalThis;

interface DocEntry {
  win: Win;
  doc: Document;
  main: Highlight;
  focus: Highlight;
  /** Null where constructed stylesheets are refused (the highlight still works, unstyled by us). */
  sheet: CSSStyleSheet | null;
  /** Shadow roots (of this document) that hold a claim and so got the sheet too. */
  roots: Set<ShadowRoot>;
}

const isShadowRoot = (n: Node): n is ShadowRoot => n.nodeType === 11 && 'host' in n;

export class ClaimHighlights {
  private docs = new Map<Document, DocEntry>();

  constructor(
    private style: HighlightStyle,
    private onError: (e: unknown) => void = () => undefined,
  ) {}

  private entry(doc: Document): DocEntry | null {
    const known = this.docs.get(doc);
    if (known) return known;
    const win = doc.defaultView as Win | null;
    if (!win?.CSS?.highlights || typeof win.Highlight !== 'function') return null;
    const main = new win.Highlight();
    const focus = new win.Highlight();
    win.CSS.highlights.set(HIGHLIGHT_NAME, main);
    win.CSS.highlights.set(FOCUS_NAME, focus);
    let sheet: CSSStyleSheet | null = null;
    try {
      // A sheet must be constructed by the document that adopts it (and its shadow roots).
      sheet = new win.CSSStyleSheet();
      sheet.replaceSync(css(this.style));
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    } catch (e) {
      sheet = null;
      this.onError(e);
    }
    const entry: DocEntry = { win, doc, main, focus, sheet, roots: new Set() };
    this.docs.set(doc, entry);
    return entry;
  }

  add(range: Range): void {
    const node = range.startContainer;
    const doc = node.ownerDocument ?? (node as Document);
    const e = this.entry(doc);
    if (!e) return;
    e.main.add(range);
    // Document styles do not reach into shadow trees: the root holding the claim adopts the sheet.
    const root = node.getRootNode();
    if (e.sheet && isShadowRoot(root) && !e.roots.has(root)) {
      try {
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, e.sheet];
        e.roots.add(root);
      } catch (err) {
        this.onError(err);
      }
    }
  }

  delete(range: Range): void {
    for (const e of this.docs.values()) {
      e.main.delete(range);
      e.focus.delete(range);
    }
  }

  setFocus(range: Range | null): void {
    for (const e of this.docs.values()) e.focus.clear();
    if (!range) return;
    const node = range.startContainer;
    this.entry(node.ownerDocument ?? (node as Document))?.focus.add(range);
  }

  setStyle(style: HighlightStyle): void {
    this.style = style;
    for (const e of this.docs.values()) e.sheet?.replaceSync(css(style));
  }

  /** Takes everything back out of the page: highlights, focus, stylesheets. */
  dispose(): void {
    for (const e of this.docs.values()) {
      if (e.win.CSS.highlights.get(HIGHLIGHT_NAME) === e.main) e.win.CSS.highlights.delete(HIGHLIGHT_NAME);
      if (e.win.CSS.highlights.get(FOCUS_NAME) === e.focus) e.win.CSS.highlights.delete(FOCUS_NAME);
      if (e.sheet) {
        const sheet = e.sheet;
        e.doc.adoptedStyleSheets = e.doc.adoptedStyleSheets.filter((s) => s !== sheet);
        for (const root of e.roots) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
      }
    }
    this.docs.clear();
  }
}
