/**
 * Claims are shown through the CSS Custom Highlight API: one `puente-claim` highlight
 * holding one Range per claim, so the page's DOM is never changed.
 */
export const HIGHLIGHT_NAME = 'puente-claim';

export type HighlightStyle = 'underline' | 'background' | 'both';

/** Amber reads on white and on near-black pages alike; the focus highlight is stronger. */
function css(style: HighlightStyle): string {
  const bg = style !== 'underline' ? 'background-color: rgba(250, 204, 21, 0.32);' : '';
  const line = style !== 'background' ? 'text-decoration: underline 2px rgba(202, 138, 4, 0.95); text-underline-offset: 3px;' : '';
  return `::highlight(${HIGHLIGHT_NAME}) { ${bg} ${line} }
::highlight(puente-claim-focus) { background-color: rgba(250, 204, 21, 0.62); text-decoration: underline 3px rgba(202, 138, 4, 1); text-underline-offset: 3px; }`;
}

export function highlightSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
}

/** Highlight styles go in a constructed sheet: no element is added to the page. */
export function installHighlightStyle(doc: Document, style: HighlightStyle): { update: (style: HighlightStyle) => void; remove: () => void } {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css(style));
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return {
      update: (next) => sheet.replaceSync(css(next)),
      remove: () => {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      },
    };
  } catch {
    return { update: () => undefined, remove: () => undefined };
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

  clear(): void {
    this.highlight.clear();
    this.focus.clear();
  }

  dispose(): void {
    if (CSS.highlights.get(HIGHLIGHT_NAME) === this.highlight) CSS.highlights.delete(HIGHLIGHT_NAME);
    if (CSS.highlights.get('puente-claim-focus') === this.focus) CSS.highlights.delete('puente-claim-focus');
  }
}
