/**
 * The claims found on this page: which block each came from, its Range over the page's
 * text nodes, and its highlight. Blocks are re-read when their text or nodes change.
 */
import type { Engine } from '../engine/engine';
import type { Lang } from '../engine/schema';
import { segmentSentences } from '../engine/segment';
import type { ClaimFinding } from '../engine/types';
import type { ClaimHighlights } from './highlights';
import { buildTextMap, rangeFor, type TextMap } from './textmap';

/** The engine never reads a sentence longer than this (engine.ts MAX_SENTENCE): skipping it here costs nothing. */
const LONGEST_SENTENCE = 1200;
/** Sentences are handed to the engine in pieces of about this many characters. */
const PIECE = 2000;

/**
 * A block's text cut at sentence boundaries into pieces of at most ~PIECE characters, with
 * sentences the engine would ignore left out. The engine reads sentence by sentence, so
 * reading the pieces finds exactly what reading the whole text would, and a long block can
 * stop between two pieces when its time is up.
 */
export function pieces(text: string, lang: Lang): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let cur: { start: number; end: number } | null = null;
  for (const seg of segmentSentences(text, lang)) {
    if (seg.end - seg.start > LONGEST_SENTENCE) {
      cur = null;
      continue;
    }
    if (cur && seg.end - cur.start <= PIECE) cur.end = seg.end;
    else out.push((cur = { start: seg.start, end: seg.end }));
  }
  return out;
}

interface Reading {
  map: TextMap;
  pieces: { start: number; end: number }[];
  next: number;
  claims: PageClaim[];
}

export interface PageClaim {
  id: number;
  block: Element;
  finding: ClaimFinding;
  range: Range;
  /** The page's text nodes the claim covers; if React replaces them, the claim is re-read. */
  nodes: Text[];
}

export interface PageClaimsOptions {
  lang: Lang;
  muted: Set<string>;
  /** Claims were found, forgotten or hidden: the popup and classroom may want them again. */
  onChange?: () => void;
}

export class PageClaims {
  private byBlock = new Map<Element, PageClaim[]>();
  /** Blocks whose reading was cut short by its time budget, to continue in the next slice. */
  private reading = new Map<Element, Reading>();
  private nextId = 1;

  constructor(
    private engine: Engine,
    private highlights: ClaimHighlights,
    private options: PageClaimsOptions,
  ) {}

  /**
   * Reads a block, piece by piece, while `timeLeft()` is above zero; answers true when the
   * block is done, false when it stopped early (call again to continue where it stopped).
   */
  read(block: Element, timeLeft: () => number = () => Infinity): boolean {
    let r = this.reading.get(block);
    if (!r) {
      this.forget(block);
      const map = buildTextMap(block);
      r = { map, pieces: pieces(map.text, this.options.lang), next: 0, claims: [] };
      this.reading.set(block, r);
    }
    while (r.next < r.pieces.length) {
      const piece = r.pieces[r.next++]!;
      const findings = this.engine.analyze(r.map.text.slice(piece.start, piece.end), { lang: this.options.lang, mutedFactIds: this.options.muted });
      for (const f of findings) {
        const finding: ClaimFinding = { ...f, start: f.start + piece.start, end: f.end + piece.start };
        const range = rangeFor(r.map, finding.start, finding.end);
        if (!range) continue;
        const map = r.map;
        const nodes = map.nodes.filter((n, i) => map.starts[i]! < finding.end && map.starts[i]! + n.data.length > finding.start);
        r.claims.push({ id: this.nextId++, block, finding, range, nodes });
        this.highlights.add(range);
      }
      if (findings.length) {
        this.byBlock.set(block, r.claims);
        this.options.onChange?.();
      }
      if (r.next < r.pieces.length && timeLeft() <= 0) return false;
    }
    this.reading.delete(block);
    return true;
  }

  isStale(block: Element): boolean {
    return (this.byBlock.get(block) ?? []).some((c) => c.nodes.some((n) => !n.isConnected));
  }

  forget(block: Element): void {
    this.reading.delete(block);
    const claims = this.byBlock.get(block);
    if (!claims) return;
    for (const c of claims) this.highlights.delete(c.range);
    this.byBlock.delete(block);
    this.options.onChange?.();
  }

  /** Every claim in reading (document) order. */
  all(): PageClaim[] {
    const list = [...this.byBlock.values()].flat();
    return list.sort((a, b) => {
      if (a.block === b.block) return a.finding.start - b.finding.start;
      return a.block.compareDocumentPosition(b.block) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
  }

  /**
   * The claim drawn under a point of the viewport, if the clicked node is part of it. Works
   * for text in a page's open shadow roots, where caret lookups from the document stop.
   */
  atPoint(x: number, y: number, target: Node): PageClaim | undefined {
    for (const claims of this.byBlock.values()) {
      for (const c of claims) {
        if (c.range.startContainer.ownerDocument !== target.ownerDocument) continue;
        let hit = false;
        for (const r of Array.from(c.range.getClientRects())) {
          if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) {
            hit = true;
            break;
          }
        }
        if (hit && (c.range.intersectsNode(target) || target.contains(c.range.startContainer))) return c;
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
    let hidden = false;
    for (const [block, claims] of this.byBlock) {
      const keep = claims.filter((c) => {
        if (c.finding.factId !== factId) return true;
        this.highlights.delete(c.range);
        return false;
      });
      hidden ||= keep.length < claims.length;
      if (keep.length) this.byBlock.set(block, keep);
      else this.byBlock.delete(block);
    }
    if (hidden) this.options.onChange?.();
  }

  /** Shows a fact's claims again (undo, or shown again from the options): the caller re-reads the page. */
  unmute(factId: string): void {
    this.options.muted.delete(factId);
  }
}
