/**
 * Binds the numbers a sentence states to the figure series they speak of. A number meets a
 * series only when one of the series' cue phrases sits in the number's own stretch of the
 * sentence (its clause, between it and its neighbouring numbers, within a few words), its unit
 * fits, and the sentence's period (a day, part of a year, a span, a running total) fits the
 * series'. "January–October remittances" never meets the annual total; "Mexico's exports"
 * never meets two-way trade, because their cues differ. Numbers that name things ("Level 2"),
 * projections ("would lose $3 billion") and alternatives ("first or second") are not bound.
 */
import type { Quantity } from './numbers';
import { LANGS, TEXT_PACKS, type TextPack } from './knowledge/lang';
import type { Fact, Figure, Lang, PeriodKind, Series } from './schema';
import type { VerdictWords } from './verdict-words';
import { toMarkedStems, toStems } from './vocabulary';
import { foldSameLength, hasAny } from './word-lists';

export interface SeriesEntry {
  fact: Fact;
  series: Series;
  /** Oldest first. */
  figures: Figure[];
  /** Every stem of the series' cues, both languages. */
  cueStems: ReadonlySet<string>;
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
  /** Told as history ("was", "eran"): an older figure it matches is not outdated. */
  past: boolean;
  /** The number's clause (between hard breaks: ";", a dash, "but", "pero"), as offsets in the sentence. */
  clause: readonly [number, number];
}

/** Characters on each side of a number searched for cues. */
const REACH = 90;
/** Stems a cue may skip between its words: "trade $1.4 billion a day" says "trade a day". */
const MAX_GAP = 4;
const YEAR = /(?<![\d.,])(?:19[5-9]\d|20[0-4]\d)(?![\d.,]*\d)/g;
/** Every registered language's connectives of one kind, as one alternation (longest first). */
const connectives = (kind: keyof TextPack['connectives']) =>
  [...new Set(LANGS.flatMap((lang) => TEXT_PACKS[lang].connectives[kind]))]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
// "2023/24" is one academic or fiscal year, not a span: the slash is left out.
const SPAN = new RegExp(
  `(?:${connectives('spanFrom')})\\s+(19[5-9]\\d|20[0-4]\\d)\\s+(?:${connectives('spanTo')})\\s+(19[5-9]\\d|20[0-4]\\d)|(19[5-9]\\d|20[0-4]\\d)\\s*[-–]\\s*(19[5-9]\\d|20[0-4]\\d|\\d\\d)\\b`,
);
/** Clause breaks that always end a number's stretch. */
const HARD = new RegExp(`[;()]|\\s[-–—]\\s|,?\\s(?:${connectives('contrast')})\\s`, 'g');
/** Softer breaks that separate two numbers' stretches; a comparison sets one number against another. */
const SOFT = new RegExp(`,\\s|:\\s|\\s(?:${connectives('and')})\\s`, 'g');
/** Where one clause of a sentence ends: punctuation inside it, a dash, a connective of contrast or addition. */
export const CLAUSE_BREAK = new RegExp(`[,;:()]\\s|\\s[-–—]\\s|\\s(?:${connectives('contrast')}|${connectives('and')})\\s`, 'i');
/** "first or second", "3 or 4 million": an alternative names no single value. */
const ALTERNATIVE = new RegExp(`^\\s*(?:${connectives('or')})\\s+\\S`);
const ALTERNATIVE_BEFORE = new RegExp(`\\S\\s+(?:${connectives('or')})\\s*$`);

/** Stems at most between an event's cue and its year: the cue must govern the year ("took effect in July 2020"). */
const EVENT_REACH = 3;

/**
 * The years a sentence states, as quantities of unit `year`: only a series of dated events
 * takes them, and only with its cue right before the year; elsewhere a year stays the time
 * of another number ("in 2024 remittances rose").
 */
export function yearQuantities(sentence: string): Quantity[] {
  return [...foldSameLength(sentence).matchAll(YEAR)].map((m) => {
    const start = m.index ?? 0;
    return { value: Number(m[0]), unit: 'year', per: null, qualifier: 'exact', start, end: start + m[0].length, raw: m[0] };
  });
}

export function seriesEntries(facts: readonly Fact[], words: Record<Lang, VerdictWords>): SeriesEntry[] {
  const rankStems = stemSets(words, 'rank');
  const out: SeriesEntry[] = [];
  for (const fact of facts) {
    for (const series of fact.series ?? []) {
      const figures = (fact.figures ?? []).filter((f) => f.key === series.key);
      // Periods are ASCII ("2013", "2016/17", "2014-2018"): a plain comparison orders them.
      figures.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
      const cueStems = new Set(LANGS.flatMap((lang) => series.cues[lang].flatMap((c) => cueWords(c, lang, figures[0]?.unit === 'rank', rankStems))));
      if (figures.length) out.push({ fact, series, figures, cueStems });
    }
  }
  return out;
}

/** One of the languages' word lists as stems, per language. */
function stemSets(words: Record<Lang, VerdictWords>, list: 'rank' | 'direction'): Record<Lang, Set<string>> {
  return Object.fromEntries(LANGS.map((lang) => [lang, new Set(words[lang][list].flatMap((w) => toStems(w, lang)))])) as Record<Lang, Set<string>>;
}

/** A cue's stems; for a ranking, without the words of the position ("largest"), which the number itself covers. */
function cueWords(cue: string, lang: Lang, rank: boolean, rankStems: Record<Lang, Set<string>>): string[] {
  const stems = toStems(cue, lang);
  return rank ? stems.filter((s) => !rankStems[lang].has(s)) : stems;
}

/** Each language's particles of direction, word → which way. */
function particleMaps(words: Record<Lang, VerdictWords>): Record<Lang, Record<string, string>> {
  const map = (w: VerdictWords): Record<string, string> => Object.fromEntries([...w.toward.map((t) => [t, 'to']), ...w.awayFrom.map((t) => [t, 'from'])]);
  return Object.fromEntries(LANGS.map((lang) => [lang, map(words[lang])])) as Record<Lang, Record<string, string>>;
}

/** cueWords with the particle of direction before each stem kept beside it. */
function markedCueWords(cue: string, lang: Lang, rank: boolean, rankStems: Record<Lang, Set<string>>, particles: Record<string, string>): { stems: string[]; marks: (string | null)[] } {
  const { stems, marks } = toMarkedStems(cue, lang, particles);
  if (!rank) return { stems, marks };
  const keep = stems.map((s) => !rankStems[lang].has(s));
  return { stems: stems.filter((_, i) => keep[i]), marks: marks.filter((_, i) => keep[i]) };
}

/**
 * Cue phrases found in order with a few words between them: the number and its scale often
 * sit inside a cue ("comercian 1,700 millones al día"), while the order keeps the direction
 * ("exports to Mexico" is not "Mexico's exports").
 */
class CueIndex {
  private byFirst = new Map<string, { stems: string[]; marks: (string | null)[]; entry: SeriesEntry }[]>();

  add(cue: { stems: string[]; marks: (string | null)[] }, entry: SeriesEntry): void {
    if (!cue.stems.length) return;
    let list = this.byFirst.get(cue.stems[0]!);
    if (!list) this.byFirst.set(cue.stems[0]!, (list = []));
    list.push({ ...cue, entry });
  }

  /**
   * A particle of the other way before a cue's word ("a México" for "desde México") is another
   * flow. A cue's "from" must be said: "goods from Mexico" is not "goods trade between the U.S.
   * and Mexico". Its "to" need not, as "to" and "a" have other jobs (an infinitive, a personal "a").
   */
  find(stems: readonly string[], marks: readonly (string | null)[]): { entry: SeriesEntry; at: number; end: number; length: number }[] {
    const out: { entry: SeriesEntry; at: number; end: number; length: number }[] = [];
    const clash = (cueMark: string | null | undefined, k: number): boolean => !!cueMark && cueMark !== marks[k] && (cueMark === 'from' || !!marks[k]);
    for (let i = 0; i < stems.length; i++) {
      for (const cue of this.byFirst.get(stems[i]!) ?? []) {
        if (clash(cue.marks[0], i)) continue;
        let at = i;
        let skipped = 0;
        let ok = true;
        for (let j = 1; j < cue.stems.length && ok; j++) {
          let k = at + 1;
          while (k < stems.length && (stems[k] !== cue.stems[j] || clash(cue.marks[j], k)) && skipped + (k - at) <= MAX_GAP) k++;
          if (k >= stems.length || stems[k] !== cue.stems[j] || clash(cue.marks[j], k)) ok = false;
          else {
            skipped += k - at - 1;
            at = k;
          }
        }
        if (ok) out.push({ entry: cue.entry, at: i, end: at, length: cue.stems.length });
      }
    }
    return out;
  }
}

export class MeasureIndex {
  private cues = new CueIndex();
  private directionStems: Record<Lang, Set<string>>;
  private particles: Record<Lang, Record<string, string>>;

  constructor(
    entries: readonly SeriesEntry[],
    private words: Record<Lang, VerdictWords>,
  ) {
    const rankStems = stemSets(words, 'rank');
    this.directionStems = stemSets(words, 'direction');
    this.particles = particleMaps(words);
    for (const e of entries) {
      // Both languages' cues: "nearshoring" or "T-MEC" turn up in either.
      const rank = e.figures[0]?.unit === 'rank';
      for (const lang of LANGS) for (const cue of e.series.cues[lang]) this.cues.add(markedCueWords(cue, lang, rank, rankStems, this.particles[lang]), e);
    }
  }

  /** Each stated number with the one series it is about, where exactly one is nearest. */
  bind(sentence: string, lang: Lang, quantities: readonly Quantity[], allowed: (e: SeriesEntry) => boolean): Binding[] {
    const folded = foldSameLength(sentence);
    const words = this.words[lang];
    const directionStems = this.directionStems[lang];
    const out: Binding[] = [];
    quantities.forEach((q, i) => {
      if (ALTERNATIVE.test(folded.slice(q.end, q.end + 6)) || ALTERNATIVE_BEFORE.test(folded.slice(Math.max(0, q.start - 6), q.start))) return;
      const before = folded.slice(Math.max(0, q.start - 16), q.start);
      if (q.unit !== 'rank' && labelled(before, words.labels)) return;
      const from = Math.max(q.start - REACH, lastBreak(folded, 0, q.start, HARD), i > 0 ? lastBreak(folded, quantities[i - 1]!.end, q.start, SOFT, true) : 0);
      const to = Math.min(
        q.end + REACH,
        firstBreak(folded, q.end, sentence.length, HARD),
        i < quantities.length - 1 ? lastBreak(folded, q.end, quantities[i + 1]!.start, SOFT, true) : sentence.length,
      );
      const stretch = folded.slice(from, to);
      // A number that is a rate of something else ("a 3.5% tax", "un arancel del 25%") is not the record's.
      if (hasAny(folded.slice(Math.max(from, q.start - 25), Math.min(to, q.end + 25)), words.otherMeasure)) return;
      // A projection is not a record; a negated number ("is not the largest") says what it is not.
      if (hasAny(stretch, words.projection) || hasAny(stretch.replace(/\bno\.\s?\d/g, ' '), words.negation)) return;
      const stated = statedPeriod(folded, q, words);
      const pre = toMarkedStems(sentence.slice(from, q.start), lang, this.particles[lang]);
      // A position said with its noun ("el principal socio") holds part of its own cue.
      const post = toMarkedStems(sentence.slice(q.unit === 'rank' ? q.start : q.end, to), lang, this.particles[lang]);
      const stems = [...pre.stems, '\u0000', ...post.stems];
      const marks = [...pre.marks, null, ...post.marks];
      const at = pre.stems.length;
      let best: { entry: SeriesEntry; distance: number; length: number; at: number; end: number } | null = null;
      let tie = false;
      const hits = this.cues.find(stems, marks);
      for (const hit of hits) {
        const e = hit.entry;
        if (!allowed(e) || !unitFits(q, e.figures[0]!) || (q.unit !== 'year' && !periodFits(stated, e.series.period))) continue;
        const distance = hit.at > at ? hit.at - at : hit.end < at ? at - hit.end : 0;
        if (q.vague && hit.at < at) continue;
        if (q.unit === 'year' && (hit.at > at || distance > EVENT_REACH)) continue;
        // A small bare number ("12", "20") is bound only by a cue right beside it ("20 consulates").
        if (q.unit === null && q.value < 1000 && distance > 1) continue;
        const better = !best || distance < best.distance || (distance === best.distance && hit.length > best.length);
        if (better) {
          best = { entry: e, distance, length: hit.length, at: hit.at, end: hit.end };
          tie = false;
        } else if (distance === best!.distance && hit.length === best!.length && e.series.key !== best!.entry.series.key) {
          tie = true;
        }
      }
      if (!best || tie) return;
      // A sibling measure's cue over the same words ("an ally" inside "an ally or a friend") leaves it in
      // doubt; a sibling of another period (the annual total beside "a day") does not.
      const b = best;
      if (
        hits.some(
          (h) =>
            h.entry.series.key !== b.entry.series.key &&
            h.entry.series.subject === b.entry.series.subject &&
            h.at <= b.end &&
            b.at <= h.end &&
            allowed(h.entry) &&
            unitFits(q, h.entry.figures[0]!) &&
            periodFits(stated, h.entry.series.period),
        )
      )
        return;
      // A count says what it counts right after it ("40 cities"): another noun than the series' is another measure.
      if (q.unit === 'count' && post.stems[0] && !best.entry.cueStems.has(post.stems[0])) return;
      // A word of direction the series never uses ("exports" beside two-way trade, "net" beside
      // a gross flow) says the number is another measure of the same thing.
      if (stems.some((s) => directionStems.has(s) && !best!.entry.cueStems.has(s))) return;
      // A date is its own time: no span or year is asked of it.
      const dated = q.unit !== 'year';
      const span = dated && stated === 'range' ? spanOf(folded) : null;
      if (dated && stated === 'range' && !span) return;
      const clause = [lastBreak(folded, 0, q.start, HARD), firstBreak(folded, q.end, sentence.length, HARD)] as const;
      out.push({ quantity: q, entry: best.entry, year: span || !dated ? null : yearNear(folded, q, from, to), span, past: hasAny(stretch, words.past), clause });
    });
    return out;
  }
}

const labelPatterns = new WeakMap<readonly string[], RegExp>();
/** "Level 2", "Sección 232": the text before the number ends in a label word. */
function labelled(before: string, labels: readonly string[]): boolean {
  let re = labelPatterns.get(labels);
  if (!re) {
    re = new RegExp(`(?:^|\\s)(?:${labels.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s*#?$`);
    labelPatterns.set(labels, re);
  }
  return re.test(before);
}

/** The end of the last break in [from, to), or `from` (or the midpoint, for `midpoint`) when none. */
function lastBreak(folded: string, from: number, to: number, re: RegExp, midpoint = false): number {
  const between = folded.slice(from, to);
  let last = -1;
  re.lastIndex = 0;
  for (let m = re.exec(between); m; m = re.exec(between)) last = m.index + m[0].length;
  return last >= 0 ? from + last : midpoint ? Math.floor((from + to) / 2) : from;
}

function firstBreak(folded: string, from: number, to: number, re: RegExp): number {
  re.lastIndex = 0;
  const m = re.exec(folded.slice(from, to));
  return m ? from + m.index : to;
}

export function statedPeriod(folded: string, q: Quantity, words: VerdictWords): StatedPeriod {
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
  // People and things are both counted: "6 cárteles", "33,550 homicides".
  if ((q.unit === 'people' && f.unit === 'count') || (q.unit === 'count' && f.unit === 'people')) return true;
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
