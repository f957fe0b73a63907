/**
 * Claims are shown through the CSS Custom Highlight API: one `puente-claim` highlight
 * holding one Range per claim, so the page's DOM is never changed.
 */
export const HIGHLIGHT_NAME = 'puente-claim';

const STYLE = `::highlight(${HIGHLIGHT_NAME}) {
  background-color: rgba(250, 204, 21, 0.32);
  text-decoration: underline 2px rgba(202, 138, 4, 0.95);
  text-underline-offset: 3px;
}
::highlight(puente-claim-focus) {
  background-color: rgba(250, 204, 21, 0.6);
  text-decoration: underline 3px rgba(202, 138, 4, 1);
}`;

export function highlightSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
}

/** Highlight styles go in a constructed sheet: no element is added to the page. */
export function installHighlightStyle(doc: Document): () => void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLE);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return () => {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  } catch {
    return () => undefined;
  }
}

export class ClaimHighlights {
  private highlight = new Highlight();
  private focus = new Highlight();

  constructor() {
    CSS.highlights.set(HIGHLIGHT_NAME, this.highlight);
    CSS.highlights.set('puente-claim-focus', this.focus);
  }

  add(range: Range): void {
    this.highlight.add(range);
  }

  delete(range: Range): void {
    this.highlight.delete(range);
    this.focus.delete(range);
  }

  setFocus(range: Range | null): void {
    this.focus.clear();
    if (range) this.focus.add(range);
  }

  dispose(): void {
    if (CSS.highlights.get(HIGHLIGHT_NAME) === this.highlight) CSS.highlights.delete(HIGHLIGHT_NAME);
    if (CSS.highlights.get('puente-claim-focus') === this.focus) CSS.highlights.delete('puente-claim-focus');
  }
}
