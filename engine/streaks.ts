/**
 * A state said to have held over a span ("for the third consecutive year", "por décimo año consecutivo", "for decades",
 * "always", "siempre") or to hold for the first time ("for the first time", "por primera vez") claims something of
 * every year of it: the newest record alone bears out only the last. A position is checked year by year over the
 * span; anything else said so, or a span without its length, is left unsettled.
 */
import { fits, type judgeBinding } from './figures';
import type { Binding } from './measures';
import type { Figure } from './schema';
import { yearsAfter } from './measures';
import { countWord } from './numbers';
import type { VerdictWords } from './verdict-words';
import { findAll, hasAny } from './word-lists';

/**
 * A run of years ending at the one judged, counted or from a year on; every year on record ("always"); a long-held state ("historically", "for
 * decades": every year on record where the newest bears it out, else the older ones, which the figure judge reads); a
 * run whose length cannot be read ("décimo año consecutivo"); a first time.
 */
export type Span = { years: number } | { since: number } | 'always' | 'history' | 'open' | 'first' | 'became';

/** The span a folded sentence says a state held over, if any. */
export function spanIn(folded: string, words: VerdictWords): Span | undefined {
  const hit = findAll(folded, words.streakAfter)[0];
  if (hit) {
    const years = countWord(folded.slice(0, hit.at).trim().split(/\s+/).at(-1) ?? '');
    return years === null ? 'open' : { years };
  }
  // "For the past five years", "en los últimos cinco años": a counted run up to now.
  for (const past of findAll(folded, words.spanPast)) {
    const [count, unit] = folded.slice(past.end).trim().split(/\s+/);
    const years = countWord(count ?? '');
    if (years !== null && hasAny(unit ?? '', words.spanYears)) return { years };
  }
  // "Since 2023", "desde 2019": every year from that one on (a position's; any other number is a running total).
  const since = [...new Set(yearsAfter(folded, words.cumulative))];
  if (since.length === 1) return { since: Number(since[0]) };
  if (hasAny(folded, words.firstTime)) return 'first';
  // A state begun in a year it names ("became … in 2024"): without one, it is said of now.
  if (hasAny(folded, words.becameState) && /(?<!\d)(?:19|20)\d\d(?!\d)/.test(folded)) return 'became';
  if (hasAny(folded, words.always)) return 'always';
  if (hasAny(folded, words.longHeld)) return 'history';
  // A span said some other way ("in a row", "al hilo", "for the third consecutive quarter"): the years before are a claim of their own.
  return hasAny(folded, words.streak) ? 'open' : undefined;
}

type Judged = ReturnType<typeof judgeBinding>;

/**
 * A position's check over a span ending at the year it was judged for: contradicted by any year of the span the record
 * says otherwise (for a first time: any earlier year that bears it out), borne out only when the record has every year
 * of a counted span and each bears it out, or, for "always", when every year on record (at least two) does.
 */
export function judgeSpan(b: Binding, span: Span, last: Judged, present = false): Judged {
  // A running total since a year ("$500 billion since 2019") is one figure, read as the figure judge reads it.
  if (typeof span === 'object' && 'since' in span && b.quantity.unit !== 'rank') return last;
  if (span === 'history' && last?.status !== 'consistent') return last;
  // "Mexico became the top U.S. trading partner in 2024": a position begun in a year is not borne out by that year's
  // record when the record before it already holds it (first in 2023). Anything else so said is read as it is said.
  if (span === 'became') {
    if (b.quantity.unit !== 'rank' || !b.year || last?.status !== 'consistent') return last;
    const prior = b.entry.figures.filter((f) => Number(f.period.slice(0, 4)) < Number(last.recordPeriod.slice(0, 4))).at(-1);
    return prior && fits(b.quantity, prior.value, prior.unit) === 'yes' ? null : last;
  }
  // A position or a bound ("more than $60 billion") holds each year alike. An amount or a share said as it is is one
  // year's ("a record $64.7 billion, the tenth record in a row"; "historically about 70%" is about most years, not each):
  // long held, it is read as the figure judge reads it; over a counted span or always, it is left open.
  const alike = b.quantity.unit === 'rank' || b.quantity.qualifier === 'over' || b.quantity.qualifier === 'under';
  if (span === 'history' && !alike) return last;
  if (span === 'open' || !alike || !last || last.status !== 'consistent') return null;
  const end = Number(last.recordPeriod.slice(0, 4));
  const before = b.entry.figures.filter((f) => Number(f.period.slice(0, 4)) < end);
  const contradicted = (f: { value: number; period: string }): Judged => ({ ...last, status: 'contradicted', recordValue: f.value, recordPeriod: f.period });
  if (span === 'first') {
    // Without its year, a first time told as a change ("Mexico overtook China as the top source of U.S. imports for the
    // first time in 20 years": first in 2023, still in 2025) is of whichever year it first held, not of the newest
    // record's; told as a present state ("Por primera vez, México es el principal socio"), it is of now.
    if (!b.year && !present) return null;
    // An earlier year bears a bound out only past it: "topped $60 billion for the first time in 2023" is not undone by 2022's
    // $58.9 billion, which a hedge's margin would let count as "more than $60 billion".
    const q = b.quantity;
    const past = (f: { value: number; unit: Figure['unit'] }) => (q.qualifier === 'over' ? f.value > q.value : q.qualifier === 'under' ? f.value < q.value : fits(q, f.value, f.unit) === 'yes');
    const earlier = before.filter(past).at(-1);
    return earlier ? contradicted(earlier) : null;
  }
  const first = typeof span === 'string' ? null : 'since' in span ? span.since : end - span.years + 1;
  const inSpan = first === null ? before : before.filter((f) => Number(f.period.slice(0, 4)) >= first);
  const wrong = inSpan.find((f) => fits(b.quantity, f.value, f.unit) === 'no');
  if (wrong) return contradicted(wrong);
  if (inSpan.some((f) => fits(b.quantity, f.value, f.unit) !== 'yes')) return null;
  if (span === 'always' || span === 'history') return inSpan.length >= 1 ? last : null;
  // A counted span is borne out only by a record of every year of it.
  return first !== null && first <= end && inSpan.length === end - first ? last : null;
}
