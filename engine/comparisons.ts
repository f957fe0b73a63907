/**
 * Comparisons between two measures in one sentence: "more Americans live in Mexico than
 * Mexicans live in the U.S.", "hay más mexicanos viviendo en EE.UU. que estadounidenses
 * viviendo en México", "more than three times as many". Each side of the comparison is bound
 * to the one series whose cue it holds (none or two: no check), both series must count the
 * same unit, and the comparison is judged from their records: the newest figures, or each
 * side's own year. A grey band where the two are close gives no verdict.
 */
import type { SeriesEntry } from './measure-cues';
import type { Binding } from './measures';
import { clauseOf } from './number-stretch';
import type { Quantity } from './numbers';
import type { FigureCheck } from './types';
import type { VerdictWords } from './verdict-words';
import { findAll, hasAny, listPattern } from './word-lists';

/** Finds the series a stretch of text names by its cues (the longest cue; null when none or two tie). */
export type SeriesOf = (text: string) => SeriesEntry | null;

const YEAR = /(?<![\d.,])(?:19[5-9]\d|20[0-4]\d)(?![\d.,]*\d)/;
/** Within this share of each other, two records are too close to say which is more. */
const GREY = 0.05;

function figureFor(entry: SeriesEntry, text: string) {
  const year = text.match(YEAR)?.[0];
  if (!year) return entry.figures[entry.figures.length - 1]!;
  return entry.figures.find((f) => f.period === year || f.period.startsWith(`${year}-`) || f.period.startsWith(`${year}/`)) ?? null;
}

/**
 * The checks of the comparisons a sentence makes between two measures. `quantities`: its
 * numbers (a "than" right before a number is a hedge, "more than 50", not a comparison).
 */
export function compareSeries(
  sentence: string,
  folded: string,
  quantities: readonly Quantity[],
  words: VerdictWords,
  seriesOf: SeriesOf,
): { checks: FigureCheck[]; pairs: { quantity: Quantity; entry: SeriesEntry }[] } {
  const out: FigureCheck[] = [];
  const pairs: { quantity: Quantity; entry: SeriesEntry }[] = [];
  if (hasAny(folded.replace(/\bno\.\s?\d/g, ' '), words.negation)) return { checks: out, pairs };
  for (const than of findAll(folded, words.than)) {
    if (quantities.some((q) => q.start >= than.end && q.start - than.end <= 12)) continue;
    const [from, to] = clauseOf(folded, { start: than.at, end: than.end } as Quantity);
    const left = folded.slice(from, than.at);
    const more = findAll(left, words.more).at(-1);
    const less = findAll(left, words.less).at(-1);
    const word = more && (!less || more.at > less.at) ? more : less;
    if (!word) continue;
    const sign = word === more ? 1 : -1;
    const times = hasAny(left.slice(Math.max(0, word.at - 20)), words.triple) ? 3 : hasAny(left.slice(Math.max(0, word.at - 20)), words.double) ? 2 : 1;
    const rightEnd = Math.min(to, ...[...folded.slice(than.end, to).matchAll(/[,:;]\s/g)].map((m) => than.end + (m.index ?? 0)));
    const a = seriesOf(sentence.slice(from, than.at));
    const b = seriesOf(sentence.slice(than.end, rightEnd));
    if (!a || !b || a.series.key === b.series.key) continue;
    const fa = figureFor(a, left);
    const fb = figureFor(b, folded.slice(than.end, rightEnd));
    if (!fa || !fb || fa.unit !== fb.unit || fb.value <= 0) continue;
    const ratio = fa.value / (fb.value * times);
    const holds = sign > 0 ? ratio > 1 + GREY : ratio < 1 - GREY;
    const fails = sign > 0 ? ratio < 1 - GREY : ratio > 1 + GREY;
    // The two numbers said after it, one against the other ("unos 11 millones contra 1.6 millones"), are the two sides'.
    const after = quantities.filter((q) => q.start > than.end);
    for (let i = 0; i + 1 < after.length; i++) {
      const [x, y] = [after[i]!, after[i + 1]!];
      if (listPattern(words.baseline).test(folded.slice(x.end, y.start)) && /^[\s\w.]*$/.test(folded.slice(x.end, y.start)) && folded.slice(x.end, y.start).split(/\s+/).filter(Boolean).length <= 3)
        pairs.push({ quantity: x, entry: a }, { quantity: y, entry: b });
    }
    if (!holds && !fails) continue;
    out.push({
      status: holds ? 'consistent' : 'contradicted',
      key: a.series.key,
      unit: fa.unit,
      per: fa.per ?? null,
      claimValue: fb.value * times,
      claimRaw: sentence.slice(from + word.at, than.end).trim(),
      recordValue: fa.value,
      recordPeriod: fa.period,
      latestValue: a.figures[a.figures.length - 1]!.value,
      latestPeriod: a.figures[a.figures.length - 1]!.period,
      factId: a.fact.id,
      measure: a.series.measure,
      relation: { sign, period: fb.period, of: b.series.measure },
    });
  }
  return { checks: out, pairs };
}

/** The numbers a comparison pairs with its two sides, bound to them; the other bindings of the sentence, without those numbers. */
export function withPairs(folded: string, pairs: readonly { quantity: Quantity; entry: SeriesEntry }[], bindings: readonly Binding[]): Binding[] {
  const paired = new Set(pairs.map((p) => p.quantity));
  // Paired with its side by the sentence itself, a number is that measure however far from the record (as a cue around it).
  const own = pairs.map((p): Binding => ({ quantity: p.quantity, entry: p.entry, year: null, span: null, past: false, clause: clauseOf(folded, p.quantity), enclosed: true }));
  return [...own, ...bindings.filter((b) => !paired.has(b.quantity))];
}

/** Characters after a number's time where "and today it is even higher" is read. */
const TREND_REACH = 60;

/**
 * "En 2021 murieron casi 108 mil personas…, y hoy la cifra es todavía mayor": a number bound
 * for a past year, then said to be higher or lower now, is checked from the newest figure
 * against that year's.
 */
export function trendChecks(sentence: string, folded: string, quantities: readonly Quantity[], bindings: readonly Binding[], words: VerdictWords): FigureCheck[] {
  const out: FigureCheck[] = [];
  for (const b of bindings) {
    if (!b.year || b.change || b.denied || b.quantity.unit === 'year' || b.quantity.unit === 'rank') continue;
    const latest = b.entry.figures[b.entry.figures.length - 1]!;
    const then = b.entry.figures.find((f) => f.period === b.year || f.period.startsWith(`${b.year}-`) || f.period.startsWith(`${b.year}/`));
    if (!then || then === latest || then.value <= 0) continue;
    const after = folded.slice(b.quantity.end).split(/[;.]\s/)[0]!;
    const now = findAll(after, words.now)[0];
    if (!now) continue;
    // "hoy la cifra es todavía mayor", not "hoy, más de la mitad…": a few words after "now", and no number of its own.
    const said = after
      .slice(now.end, now.end + TREND_REACH)
      .split(/\s+/)
      .slice(0, 7)
      .join(' ');
    const at = b.quantity.end + now.end;
    if (quantities.some((q) => q.start >= at && q.start < at + TREND_REACH)) continue;
    const more = hasAny(said, words.more);
    const less = hasAny(said, words.less);
    if (more === less) continue;
    const ratio = latest.value / then.value;
    const holds = more ? ratio > 1 + GREY / 2 : ratio < 1 - GREY / 2;
    const fails = more ? ratio < 1 - GREY / 2 : ratio > 1 + GREY / 2;
    if (!holds && !fails) continue;
    out.push({
      status: holds ? 'consistent' : 'contradicted',
      key: b.entry.series.key,
      unit: latest.unit,
      per: latest.per ?? null,
      claimValue: then.value,
      claimRaw: sentence
        .slice(b.quantity.end, b.quantity.end + now.end + TREND_REACH)
        .split(/[.;]/)[0]!
        .trim(),
      recordValue: latest.value,
      recordPeriod: latest.period,
      latestValue: latest.value,
      latestPeriod: latest.period,
      factId: b.entry.fact.id,
      measure: b.entry.series.measure,
      relation: { sign: more ? 1 : -1, period: then.period },
    });
  }
  return out;
}
