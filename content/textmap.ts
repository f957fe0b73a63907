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

export function buildTextMap(block: Element): TextMap {
  const doc = block.ownerDocument;
  const walker = doc.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      const parent = node.parentElement;
      if (!parent) return NodeFilter.FILTER_REJECT;
      if (parent !== block && parent.closest(IGNORED_REGIONS) && !block.closest(IGNORED_REGIONS)) return NodeFilter.FILTER_REJECT;
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    nodes.push(t);
    starts.push(text.length);
    text += t.data;
  }
  return { text, nodes, starts };
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
