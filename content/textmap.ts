/**
 * The text of a block as the engine sees it, with a map back to the DOM: offsets in the
 * concatenated text become Ranges over the page's own text nodes (never modified).
 */
import { IGNORED_REGIONS } from '../sites/types';

export interface TextMap {
  text: string;
  nodes: Text[];
  /** Start offset of each node's text in `text`. */
  starts: number[];
}

/** What is never a block's text: ignored regions, and a control's label inside a post ("See more" is a button). */
const NOT_TEXT = `${IGNORED_REGIONS},[role="button"]`;

export function buildTextMap(block: Element): TextMap {
  const doc = block.ownerDocument;
  const walker = doc.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      const parent = node.parentElement;
      if (!parent) return NodeFilter.FILTER_REJECT;
      if (parent !== block && parent.closest(NOT_TEXT) && !block.closest(NOT_TEXT)) return NodeFilter.FILTER_REJECT;
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  const nodes: Text[] = [];
  const starts: number[] = [];
  const collapses = new Map<Element, boolean>();
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    nodes.push(t);
    starts.push(text.length);
    text += asRendered(t, collapses);
  }
  return { text, nodes, starts };
}

/** A line break with text on both sides, inside one text node: how HTML source wraps a long paragraph. */
export const WRAPPED_LINE = /(?<=\S[^\S\n]*)\n(?=\s*\S)/g;

/**
 * A text node's data as the reader sees it, at the same length so offsets still map: where
 * the page collapses white space (`white-space: normal`, as in most paragraphs), a line break
 * inside a node is only a space, not the end of a sentence. Breaks a page keeps (tweets and
 * posts in `pre-wrap`) stay, as do the breaks between elements.
 */
function asRendered(t: Text, collapses: Map<Element, boolean>): string {
  const data = t.data;
  if (!data.includes('\n')) return data;
  const parent = t.parentElement!;
  let collapsed = collapses.get(parent);
  if (collapsed === undefined) {
    const view = parent.ownerDocument.defaultView;
    const ws = view ? view.getComputedStyle(parent).whiteSpace : 'normal';
    collapsed = ws === 'normal' || ws === 'nowrap' || ws === '';
    collapses.set(parent, collapsed);
  }
  return collapsed ? data.replace(WRAPPED_LINE, ' ') : data;
}

function locate(map: TextMap, offset: number, preferEnd: boolean): { node: Text; offset: number } | null {
  if (map.nodes.length === 0) return null;
  let lo = 0;
  let hi = map.nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (map.starts[mid]! < offset || (!preferEnd && map.starts[mid]! === offset)) lo = mid;
    else hi = mid - 1;
  }
  const node = map.nodes[lo]!;
  return { node, offset: Math.min(Math.max(0, offset - map.starts[lo]!), node.data.length) };
}

export function rangeFor(map: TextMap, start: number, end: number): Range | null {
  const a = locate(map, start, false);
  const b = locate(map, end, true);
  if (!a || !b) return null;
  const range = a.node.ownerDocument.createRange();
  try {
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
  } catch {
    // Offsets past a node that changed since the map was built: no range, the block is re-read.
    return null;
  }
  return range;
}
