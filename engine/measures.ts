/**
 * Binds the numbers a sentence states to the figure series they speak of. A number meets a
 * series only when one of the series' cue phrases sits in the number's own stretch of the
 * sentence (between it and its neighbouring numbers, within a few words), its unit fits, and
 * the sentence's period (a day, part of a year, a span, a running total) fits the series'.
 * "January–October remittances" never meets the annual total; "Mexico's exports" never meets
 * two-way trade, because their cues differ.
 */
import type { Quantity } from './numbers';
import type { Fact, Figure, Lang, PeriodKind, Series } from './schema';
import { VERDICT_WORDS } from './verdict-words';
import { toStems } from './vocabulary';
import { findAll, foldSameLength, hasAny } from './word-lists';

export interface SeriesEntry {
  fact: Fact;
  series: Series;
  /** Oldest first. */
  figures: Figure[];
}

/** How the sentence times a number; null when it does not say. */
export type StatedPeriod = 'day' | 'part-year' | 'fiscal' | 'range' | 'cumulative' | 'year' | null;

export interface Binding {
  quantity: Quantity;
  entry: SeriesEntry;
  /** The year the sentence gives the number, if any ("in 2018"). */
  year: string | null;
  /** The span of years the sentence gives it, if any ("between 2014 and 2018"). */
  span: string | null;
}

/** Characters on each side of a number searched for cues. */
const REACH = 90;
const YEAR = /(?<![\d.,])(?:19[5-9]\d|20[0-4]\d)(?![\d.,]*\d)/g;
const SPAN = /(?:between|from|entre|de)\s+(19[5-9]\d|20[0-4]\d)\s+(?:and|to|through|y|a|al|hasta)\s+(19[5-9]\d|20[0-4]\d)|(19[5-9]\d|20[0-4]\d)\s*[-–/]\s*(19[5-9]\d|20[0-4]\d|\d\d)\b/;
/** Where one number's stretch ends and the next one's begins. */
const SEPARATOR = /[;:()]|,\s|\s(?:and|but|while|whereas|y|e|pero|mientras|aunque|sino)\s|\s[-–—]\s/g;

export function seriesEntries(facts: readonly Fact[]): SeriesEntry[] {
  const out: SeriesEntry[] = [];
  for (const fact of facts) {
    for (const series of fact.series ?? []) {
      const figures = (fact.figures ?? []).filter((f) => f.key === series.key);
      // Periods are ASCII ("2013", "2016/17", "2014-2018"): a plain comparison orders them.
      figures.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
      if (figures.length) out.push({ fact, series, figures });
    }
  }
  return out;
}

/** Stems a cue may skip between its words: "trade $1.4 billion a day" says "trade a day". */
const MAX_GAP = 4;

/**
 * Cue phrases found in order with a few words between them: the number and its scale often
 * sit inside a cue ("comercian 1,700 millones al día"), while the order keeps the direction
 * ("exports to Mexico" is not "Mexico's exports").
 */
class CueIndex {
  private byFirst = new Map<string, { stems: string[]; entry: SeriesEntry }[]>();

  add(stems: string[], entry: SeriesEntry): void {
    if (!stems.length) return;
    let list = this.byFirst.get(stems[0]!);
    if (!list) this.byFirst.set(stems[0]!, (list = []));
    list.push({ stems, entry });
  }

  find(stems: readonly string[]): { entry: SeriesEntry; length: number }[] {
    const out: { entry: SeriesEntry; length: number }[] = [];
    for (let i = 0; i < stems.length; i++) {
      for (const cue of this.byFirst.get(stems[i]!) ?? []) {
        let at = i;
        let skipped = 0;
        let ok = true;
        for (let j = 1; j < cue.stems.length && ok; j++) {
          let k = at + 1;
          while (k < stems.length && stems[k] !== cue.stems[j] && skipped + (k - at) <= MAX_GAP) k++;
          if (k >= stems.length || stems[k] !== cue.stems[j]) ok = false;
          else {
            skipped += k - at - 1;
            at = k;
          }
        }
        if (ok) out.push({ entry: cue.entry, length: cue.stems.length });
      }
    }
    return out;
  }
}

export class MeasureIndex {
  private cues = new CueIndex();

  constructor(entries: readonly SeriesEntry[]) {
    for (const e of entries) {
      // Both languages' cues: "nearshoring" or "T-MEC" turn up in either.
      for (const lang of ['en', 'es'] as const) for (const cue of e.series.cues[lang]) this.cues.add(toStems(cue, lang), e);
    }
  }

  /** Each stated number with the one series it is about, where exactly one is. */
  bind(sentence: string, lang: Lang, quantities: readonly Quantity[], allowed: (e: SeriesEntry) => boolean): Binding[] {
    const folded = foldSameLength(sentence);
    const words = VERDICT_WORDS[lang];
    const out: Binding[] = [];
    quantities.forEach((q, i) => {
      const from = Math.max(q.start - REACH, i > 0 ? boundary(folded, quantities[i - 1]!.end, q.start) : 0);
      const to = Math.min(q.end + REACH, i < quantities.length - 1 ? boundary(folded, q.end, quantities[i + 1]!.start) : sentence.length);
      // A number that is a rate of something else ("a 3.5% tax", "un arancel del 25%") is not the record's.
      const beside = folded.slice(Math.max(from, q.start - 25), Math.min(to, q.end + 25));
      if (hasAny(beside, words.otherMeasure)) return;
      const stated = statedPeriod(folded, q, lang);
      const windowStems = toStems(sentence.slice(from, to), lang);
      let best: { entry: SeriesEntry; length: number } | null = null;
      let tie = false;
      for (const hit of this.cues.find(windowStems)) {
        const e = hit.entry;
        if (!allowed(e) || !unitFits(q, e.figures[0]!) || !periodFits(stated, e.series.period)) continue;
        if (!best || hit.length > best.length) {
          best = { entry: e, length: hit.length };
          tie = false;
        } else if (hit.length === best.length && e !== best.entry && e.series.key !== best.entry.series.key) {
          tie = true;
        }
      }
      if (!best || tie) return;
      const span = stated === 'range' ? spanOf(folded) : null;
      if (stated === 'range' && !span) return;
      out.push({ quantity: q, entry: best.entry, year: span ? null : yearNear(folded, q, from, to), span });
    });
    return out;
  }
}

/** The last separator between two numbers, or the midpoint when none. */
function boundary(folded: string, from: number, to: number): number {
  const between = folded.slice(from, to);
  let last = -1;
  SEPARATOR.lastIndex = 0;
  for (let m = SEPARATOR.exec(between); m; m = SEPARATOR.exec(between)) last = m.index + m[0].length;
  return last >= 0 ? from + last : Math.floor((from + to) / 2);
}

export function statedPeriod(folded: string, q: Quantity, lang: Lang): StatedPeriod {
  const words = VERDICT_WORDS[lang];
  if (q.per === 'day') return 'day';
  if (hasAny(folded, words.partYear)) return 'part-year';
  if (hasAny(folded, words.fiscal)) return 'fiscal';
  if (SPAN.test(folded) || hasAny(folded, words.range)) return 'range';
  if (hasAny(folded, words.cumulative)) return 'cumulative';
  if (q.per === 'year') return 'year';
  return null;
}

function periodFits(stated: StatedPeriod, kind: PeriodKind): boolean {
  switch (stated) {
    case 'day':
      return kind === 'day';
    case 'part-year':
      return kind === 'part-year';
    case 'fiscal':
      return kind === 'fiscal-year';
    case 'range':
      return kind === 'range' || kind === 'cumulative';
    case 'cumulative':
      return kind === 'cumulative';
    case 'year':
      return kind === 'year' || kind === 'fiscal-year';
    default:
      return kind !== 'day' && kind !== 'part-year';
  }
}

function unitFits(q: Quantity, f: Figure): boolean {
  if (q.unit === f.unit) return true;
  // "1.4B daily" or "64 mil 745 millones" without a currency word: a money-sized number.
  if (q.unit === null && f.unit === 'usd' && q.value >= 1e6) return true;
  if (q.unit === null && f.unit === 'people' && q.value >= 1e4) return true;
  if (q.unit === null && f.unit === 'count' && Number.isInteger(q.value)) return true;
  return false;
}

/** The year nearest the number within its stretch, or the sentence's only year. */
function yearNear(folded: string, q: Quantity, from: number, to: number): string | null {
  const inWindow = [...folded.slice(from, to).matchAll(YEAR)].map((m) => ({ year: m[0], at: from + (m.index ?? 0) }));
  if (inWindow.length) return inWindow.reduce((a, b) => (Math.abs(b.at - q.start) < Math.abs(a.at - q.start) ? b : a)).year;
  const all = new Set(folded.match(YEAR) ?? []);
  return all.size === 1 ? [...all][0]! : null;
}

function spanOf(folded: string): string | null {
  const m = SPAN.exec(folded);
  if (!m) return null;
  const a = m[1] ?? m[3]!;
  let b = m[2] ?? m[4]!;
  if (b.length === 2) b = a.slice(0, 2) + b;
  return `${a}-${b}`;
}

/** Negation words in a stretch of folded text (for claim polarity). */
export function negations(folded: string, lang: Lang): number {
  return findAll(folded, VERDICT_WORDS[lang].negation).length;
}
