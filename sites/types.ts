/** A site adapter yields the text blocks worth reading on one family of sites. */
export interface SiteAdapter {
  name: string;
  /** Whether this adapter handles the page at this host name. */
  matches(host: string): boolean;
  /** The readable blocks under root (posts, paragraphs), in document order. */
  blocks(root: ParentNode): Element[];
}

/** Regions never read or highlighted, on any site. */
export const IGNORED_REGIONS = [
  'nav',
  'aside',
  'footer',
  'header nav',
  'form',
  'input',
  'textarea',
  'select',
  'button',
  '[contenteditable]:not([contenteditable="false"])',
  '[role="textbox"]',
  '[role="navigation"]',
  '[role="complementary"]',
  '[role="banner"]',
  '[role="contentinfo"]',
  '[role="search"]',
  '[aria-label="Advertisement" i]',
  '[aria-hidden="true"]',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'code',
  'pre',
  'puente-overlay',
].join(',');

export function isIgnored(el: Element, regions: string = IGNORED_REGIONS): boolean {
  return el.closest(regions) !== null;
}

/** The ignored regions less some entries, for sites that wrap readable text in them. */
export function ignoredRegionsExcept(...allowed: string[]): string {
  return IGNORED_REGIONS.split(',')
    .filter((s) => !allowed.includes(s))
    .join(',');
}
