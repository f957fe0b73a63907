/**
 * Turns text into the stems the engine compares, and finds multi-word phrases in them.
 * Both the facts and the page text go through the same path, so they always meet.
 */
import { canonical, tokens } from './normalize';
import type { Lang } from './schema';
import { stem } from './stem';
import { STOPWORDS } from './stopwords';
import { listIn } from './multimap';

export function toStems(text: string, lang: Lang): string[] {
  const out: string[] = [];
  for (const t of tokens(canonical(text, lang))) {
    if (STOPWORDS.has(t)) continue;
    out.push(stem(t));
  }
  return out;
}

/** The mark of a stem a negation stands before ("have no confidence", "not to travel"): no particle after the negation takes its place. */
export const NEGATED = 'not';

/**
 * The same stems as toStems, each with the particle of direction that stands right before it
 * (function words between are passed over): "enviadas a México" and "enviadas desde México"
 * have the same stems, and only the particle tells the flow's way.
 */
export function toMarkedStems(text: string, lang: Lang, particles: Readonly<Record<string, string>>): { stems: string[]; marks: (string | null)[] } {
  const stems: string[] = [];
  const marks: (string | null)[] = [];
  let mark: string | null = null;
  for (const t of tokens(canonical(text, lang))) {
    const p = particles[t];
    const skipped = STOPWORDS.has(t);
    if (!skipped) {
      stems.push(stem(t));
      marks.push(p === undefined ? mark : null);
    }
    if (p !== undefined) mark = mark === NEGATED ? mark : p;
    else if (!skipped) mark = null;
  }
  return { stems, marks };
}

/**
 * A PhraseIndex as plain data (JSON-serialisable) and compact: each phrase as its stems joined
 * by spaces (a stem never holds one: tokens are letters and digits) and the position of its
 * payload in `payloads`, which holds each distinct payload once.
 */
export interface PhraseList<T> {
  payloads: T[];
  phrases: [stems: string, payload: number][];
}

/** Phrases indexed by their first stem, so finding all of them costs one lookup per stem. */
export class PhraseIndex<T> {
  private byFirst = new Map<string, { stems: string[]; payload: T }[]>();

  /** Rebuilds an index from `phrases()`: the same lookups, in the same order, with no stemming. */
  static from<T>(list: PhraseList<T>): PhraseIndex<T> {
    const index = new PhraseIndex<T>();
    for (const [stems, payload] of list.phrases) index.add(stems.split(' '), list.payloads[payload]!);
    return index;
  }

  /** Every phrase as plain data, grouped by first stem in insertion order, so `from` restores the lookup order exactly. */
  phrases(): PhraseList<T> {
    const payloads: T[] = [];
    const at = new Map<string, number>();
    const phrases: [string, number][] = [];
    for (const list of this.byFirst.values()) {
      for (const p of list) {
        const key = JSON.stringify(p.payload);
        let i = at.get(key);
        if (i === undefined) at.set(key, (i = payloads.push(p.payload) - 1));
        phrases.push([p.stems.join(' '), i]);
      }
    }
    return { payloads, phrases };
  }

  add(phraseStems: string[], payload: T): void {
    if (phraseStems.length === 0) return;
    listIn(this.byFirst, phraseStems[0]!).push({ stems: phraseStems, payload });
  }

  /** Every (payload, position) whose phrase occurs in the stem sequence. */
  find(stems: readonly string[]): { payload: T; at: number; length: number }[] {
    const hits: { payload: T; at: number; length: number }[] = [];
    for (let i = 0; i < stems.length; i++) {
      const list = this.byFirst.get(stems[i]!);
      if (!list) continue;
      for (const p of list) {
        let ok = true;
        for (let j = 1; j < p.stems.length; j++) {
          if (stems[i + j] !== p.stems[j]) {
            ok = false;
            break;
          }
        }
        if (ok) hits.push({ payload: p.payload, at: i, length: p.stems.length });
      }
    }
    return hits;
  }

  has(stem: string): boolean {
    return this.byFirst.has(stem);
  }

  firstStems(): IterableIterator<string> {
    return this.byFirst.keys();
  }

  /** The phrases that are one stem long: the first stem of a longer phrase ("water" of "water treaty") is not the phrase. */
  singleStems(): string[] {
    return [...this.byFirst].filter(([, list]) => list.some((p) => p.stems.length === 1)).map(([first]) => first);
  }
}

/** Adds each phrase once, stemmed in its own language, whichever lists name it (`seen` carries over between calls). */
export function addPhrasesOnce<T>(index: PhraseIndex<T>, lists: [Lang, readonly string[]][], payload: T, seen = new Set<string>()): void {
  for (const [lang, list] of lists) {
    for (const w of list) {
      if (seen.has(w)) continue;
      seen.add(w);
      index.add(toStems(w, lang), payload);
    }
  }
}
