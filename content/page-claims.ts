/**
 * The claims found on this page: which block each came from, its Range over the page's
 * text nodes, and its highlight. Blocks are re-read when their text or nodes change.
 */
import type { Engine } from '../engine/engine';
import type { Lang } from '../engine/schema';
import type { ClaimFinding } from '../engine/types';
import type { ClaimHighlights } from './highlights';
import { buildTextMap, rangeFor } from './textmap';

export interface PageClaim {
  id: number;
  block: Element;
  finding: ClaimFinding;
  range: Range;
  /** The page's text nodes the claim covers; if React replaces them, the claim is re-read. */
  nodes: Text[];
}

export class PageClaims {
  private byBlock = new Map<Element, PageClaim[]>();
  private nextId = 1;
  private listeners = new Set<() => void>();

  constructor(
    private engine: Engine,
    private highlights: ClaimHighlights,
    private options: { lang: Lang; muted: Set<string> },
  ) {}

  read(block: Element): void {
    this.forget(block);
    const map = buildTextMap(block);
    const findings = this.engine.analyze(map.text, { lang: this.options.lang, mutedFactIds: this.options.muted });
    if (findings.length === 0) return;
    const claims: PageClaim[] = [];
    for (const finding of findings) {
      const range = rangeFor(map, finding.start, finding.end);
      if (!range) continue;
      const nodes = map.nodes.filter((n, i) => map.starts[i]! < finding.end && map.starts[i]! + n.data.length > finding.start);
      claims.push({ id: this.nextId++, block, finding, range, nodes });
      this.highlights.add(range);
    }
    this.byBlock.set(block, claims);
    this.emit();
  }

  isStale(block: Element): boolean {
    return (this.byBlock.get(block) ?? []).some((c) => c.nodes.some((n) => !n.isConnected));
  }

  forget(block: Element): void {
    const claims = this.byBlock.get(block);
    if (!claims) return;
    for (const c of claims) this.highlights.delete(c.range);
    this.byBlock.delete(block);
    this.emit();
  }

  /** Every claim in reading (document) order. */
  all(): PageClaim[] {
    const list = [...this.byBlock.values()].flat();
    return list.sort((a, b) => {
      if (a.block === b.block) return a.finding.start - b.finding.start;
      return a.block.compareDocumentPosition(b.block) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
  }

  /** The claim under a caret position, if any. */
  at(node: Node, offset: number): PageClaim | undefined {
    for (const claims of this.byBlock.values()) {
      for (const c of claims) {
        try {
          if (c.range.isPointInRange(node, offset)) return c;
        } catch {
          // A point in another document or a doctype: not ours.
        }
      }
    }
    return undefined;
  }

  byId(id: number): PageClaim | undefined {
    for (const claims of this.byBlock.values()) for (const c of claims) if (c.id === id) return c;
    return undefined;
  }

  /** Hides a fact's claims on this page (the reader said "not relevant here"). */
  mute(factId: string): void {
    this.options.muted.add(factId);
    for (const [block, claims] of this.byBlock) {
      const keep = claims.filter((c) => {
        if (c.finding.factId !== factId) return true;
        this.highlights.delete(c.range);
        return false;
      });
      if (keep.length) this.byBlock.set(block, keep);
      else this.byBlock.delete(block);
    }
    this.emit();
  }

  mutedIds(): ReadonlySet<string> {
    return this.options.muted;
  }

  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private emit(): void {
    for (const fn of this.listeners) fn();
  }
}
