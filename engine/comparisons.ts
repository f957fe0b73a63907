/**
 * Comparisons between two measures in one sentence: "more Americans live in Mexico than
 * Mexicans live in the U.S.", "hay más mexicanos viviendo en EE.UU. que estadounidenses
 * viviendo en México", "more than three times as many". Each side of the comparison is bound
 * to the one series whose cue it holds (none or two: no check), both series must count the
 * same unit, and the comparison is judged from their records: the newest figures, or each
 * side's own year. A grey band where the two are close gives no verdict.
 */
import { isTrend } from './baselines';
import { judgeChangeAmount } from './figures';
import type { SeriesEntry } from './measure-cues';
import type { Binding } from './measures';
import { clauseOf } from './number-stretch';
import { countWord, type Qualifier, type Quantity, qualifierBefore } from './numbers';
import type { FigureCheck } from './types';
import type { VerdictWords } from './verdict-words';
import { judgeMoveSpan, moveSpanIn } from './moved-span';
import { spanIn } from './streaks';
import { escapeRegExp } from './regex';
import { endsWithAny, findAll, hasAny } from './word-lists';
import { blankNotDenials } from './not-denials';

/** A regex alternation of a list's phrases, longest first. */
const alternation = (list: readonly string[]) =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');

/** Finds the series a stretch of text names by its cues (the longest cue; null when none or two tie). */
export type SeriesOf = (text: string) => SeriesEntry | null;

const YEAR = /(?<![\d.,])(?:19[5-9]\d|20[0-4]\d)(?![\d.,]*\d)/;
/** Within this share of each other, two records are too close to say which is more. */
const GREY = 0.05;

/** The figure of a side for its year: its own, else the other side's, else the sentence's only one; the newest when none. */
function figureFor(entry: SeriesEntry, year: string | undefined) {
  if (!year) return entry.figures[entry.figures.length - 1]!;
  return figureOfYear(entry, year);
}

/** The one year a text states, if it states exactly one. */
function onlyYear(text: string): string | undefined {
  const years = new Set([...text.matchAll(new RegExp(YEAR.source, 'g'))].map((m) => m[0]));
  return years.size === 1 ? [...years][0] : undefined;
}

/** The check of a measure's record set against another record (`relation`), newest figure of its series beside it. */
function relationCheck(entry: SeriesEntry, record: SeriesEntry['figures'][number], holds: boolean, claimValue: number, claimRaw: string, relation: NonNullable<FigureCheck['relation']>): FigureCheck {
  const latest = entry.figures[entry.figures.length - 1]!;
  return {
    status: holds ? 'consistent' : 'contradicted',
    key: entry.series.key,
    unit: record.unit,
    per: record.per ?? null,
    claimValue,
    claimRaw,
    recordValue: record.value,
    recordPeriod: record.period,
    latestValue: latest.value,
    latestPeriod: latest.period,
    factId: entry.fact.id,
    measure: entry.series.measure,
    relation,
  };
}

/** Where a sentence sets one thing above or below another: the link's words, which way, and by what multiple. */
export interface ComparisonLink {
  /** Where the link's last words start ("than", "topped"): the side before it ends there. */
  at: number;
  end: number;
  /** Where its words start ("more … than"): what the check quotes. */
  said: number;
  sign: 1 | -1;
  times: number;
}

/**
 * The links of comparison a sentence makes: "more … than", "más … que" (the word of degree before "than" in its clause), and
 * the verbs that set one thing above or below another ("topped", "superaron a", "trailed"). A link right before a number is
 * the number's hedge ("more than 50", "topped $60 billion"), no comparison; nor is one with another multiple ("ten times more").
 */
export function comparisonLinks(folded: string, quantities: readonly Pick<Quantity, 'start'>[], words: VerdictWords): ComparisonLink[] {
  const out: ComparisonLink[] = [];
  const hedge = (end: number) => quantities.some((q) => q.start >= end && q.start - end <= 12);
  for (const than of findAll(folded, words.than)) {
    if (hedge(than.end)) continue;
    const [from] = clauseOf(folded, { start: than.at, end: than.end } as Quantity);
    const left = folded.slice(from, than.at);
    const more = findAll(left, words.more).at(-1);
    const less = findAll(left, words.less).at(-1);
    const word = more && (!less || more.at > less.at) ? more : less;
    if (!word) continue;
    const lead = left.slice(Math.max(0, word.at - 20));
    const times = hasAny(lead, words.triple) ? 3 : hasAny(lead, words.double) ? 2 : 1;
    if (times === 1 && hasAny(lead, words.multiple)) continue;
    out.push({ at: than.at, end: than.end, said: from + word.at, sign: word === more ? 1 : -1, times });
  }
  for (const [list, sign] of [
    [words.exceedVerbs, 1],
    [words.trailVerbs, -1],
  ] as const)
    for (const verb of findAll(folded, list)) {
      // "were surpassed by", "topped by": in the passive, the sides stand the other way round; left unread.
      const passive = findAll(folded.slice(verb.end, verb.end + 8), words.agents).some((hit) => hit.at <= 1);
      if (!passive && !hedge(verb.end) && !hasAny(folded.slice(Math.max(0, verb.at - 20), verb.at), words.multiple)) out.push({ at: verb.at, end: verb.end, said: verb.at, sign, times: 1 });
    }
  return out.sort((x, y) => x.at - y.at);
}

/**
 * Whether a side of a comparison may name more than one thing ("oil exports and tourism revenue", "together", "a las petroleras
 * y a las automotrices"): a sum or a list, which no one record holds. An "and" of a span's ends ("between Mexico and the U.S.",
 * "entre México y EU") joins no two things compared.
 */
function joined(folded: string, from: number, to: number, words: VerdictWords): boolean {
  const side = folded.slice(from, to);
  const spans = findAll(side, words.rangeFrom);
  return hasAny(side, words.combined) || findAll(side, words.addition).some((hit) => !spans.some((s) => s.end <= hit.at));
}

/** A comparison read between two measures: its link, and where the side after it and the link's clause end. */
export interface ComparedSides {
  link: ComparisonLink;
  rightEnd: number;
  clauseEnd: number;
}

/**
 * The checks of the comparisons a sentence makes between two measures. `quantities`: its
 * numbers (a "than" right before a number is a hedge, "more than 50", not a comparison).
 * `sides`: the comparisons whose two sides each name one series, read or not.
 */
export function compareSeries(
  sentence: string,
  folded: string,
  quantities: readonly Quantity[],
  words: VerdictWords,
  seriesOf: SeriesOf,
): { checks: FigureCheck[]; pairs: { quantity: Quantity; entry: SeriesEntry }[]; sides: ComparedSides[] } {
  const out: FigureCheck[] = [];
  const pairs: { quantity: Quantity; entry: SeriesEntry }[] = [];
  const sides: ComparedSides[] = [];
  // A denied comparison, or one taken back after it ("…, but that is wrong"), is not the sentence's claim.
  if (hasAny(blankNotDenials(folded), words.negation) || hasAny(folded, words.retraction) || endsWithAny(folded, words.closingRetraction)) return { checks: out, pairs, sides };
  for (const link of comparisonLinks(folded, quantities, words)) {
    const [from, to] = clauseOf(folded, { start: link.at, end: link.end } as Quantity);
    const left = folded.slice(from, link.at);
    const rightEnd = Math.min(to, ...[...folded.slice(link.end, to).matchAll(/[,:;]\s/g)].map((m) => link.end + (m.index ?? 0)));
    const a = seriesOf(sentence.slice(from, link.at));
    const b = seriesOf(sentence.slice(link.end, rightEnd));
    if (!a || !b || a.series.key === b.series.key) continue;
    sides.push({ link, rightEnd, clauseEnd: to });
    // "…exceeded oil exports and tourism revenue combined": a side of two measures is their sum, which no record holds.
    if (joined(folded, from, link.at, words) || joined(folded, link.end, rightEnd, words)) continue;
    // A year said on one side only times both ("in 2024, more had a favorable view than an unfavorable one"), as does
    // the sentence's only year said outside both: else one side would be the newest record and the other that year's.
    const ya = left.match(YEAR)?.[0];
    const yb = folded.slice(link.end, rightEnd).match(YEAR)?.[0];
    const fa = figureFor(a, ya ?? yb ?? onlyYear(folded));
    const fb = figureFor(b, yb ?? ya ?? onlyYear(folded));
    if (!fa || !fb || fa.unit !== fb.unit || fb.value <= 0) continue;
    const ratio = fa.value / (fb.value * link.times);
    const holds = link.sign > 0 ? ratio > 1 + GREY : ratio < 1 - GREY;
    const fails = link.sign > 0 ? ratio < 1 - GREY : ratio > 1 + GREY;
    // The two numbers said after it, one against the other ("unos 11 millones contra 1.6 millones"), are the two sides'.
    const after = quantities.filter((q) => q.start > link.end);
    for (let i = 0; i + 1 < after.length; i++) {
      const [x, y] = [after[i]!, after[i + 1]!];
      if (hasAny(folded.slice(x.end, y.start), words.baseline) && /^[\s\w.]*$/.test(folded.slice(x.end, y.start)) && folded.slice(x.end, y.start).split(/\s+/).filter(Boolean).length <= 3)
        pairs.push({ quantity: x, entry: a }, { quantity: y, entry: b });
    }
    if (!holds && !fails) continue;
    out.push(relationCheck(a, fa, holds, fb.value * link.times, sentence.slice(link.said, link.end).trim(), { sign: link.sign, period: fb.period, of: b.series.measure }));
  }
  return { checks: out, pairs, sides };
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

/** The figure a series gives for a year ("2016/17" and "2014-2018" count for their first year); null when none. */
function figureOfYear(entry: SeriesEntry, year: string) {
  return entry.figures.find((f) => f.period === year || f.period.startsWith(`${year}-`) || f.period.startsWith(`${year}/`)) ?? null;
}

/**
 * The check of "it is more (1) or less (-1) than in that year", from the figure of the
 * binding's own year (the newest when it states none) against the year's; null when the
 * record lacks either, and in the grey band.
 */
function againstYear(b: Binding, year: string, sign: 1 | -1, claimRaw: string): FigureCheck | null {
  const latest = b.year ? figureOfYear(b.entry, b.year) : b.entry.figures[b.entry.figures.length - 1]!;
  const then = figureOfYear(b.entry, year);
  if (!latest || !then || then === latest || then.value <= 0) return null;
  const ratio = latest.value / then.value;
  const holds = sign > 0 ? ratio > 1 + GREY / 2 : ratio < 1 - GREY / 2;
  const fails = sign > 0 ? ratio < 1 - GREY / 2 : ratio > 1 + GREY / 2;
  if (!holds && !fails) return null;
  return {
    status: holds ? 'consistent' : 'contradicted',
    key: b.entry.series.key,
    unit: latest.unit,
    per: latest.per ?? null,
    claimValue: then.value,
    claimRaw,
    recordValue: latest.value,
    recordPeriod: latest.period,
    latestValue: latest.value,
    latestPeriod: latest.period,
    factId: b.entry.fact.id,
    measure: b.entry.series.measure,
    relation: { sign, period: then.period },
  };
}

/** A number the sentence times itself, not a date, change, denial or position. */
const isAmount = (b: Binding) => !b.change && !b.denied && b.quantity.unit !== 'year' && b.quantity.unit !== 'rank';

/**
 * "En 2021 murieron casi 108 mil personas…, y hoy la cifra es todavía mayor": a number bound
 * for a past year, then said to be higher or lower now, is checked from the newest figure
 * against that year's.
 */
export function trendChecks(sentence: string, folded: string, quantities: readonly Quantity[], bindings: readonly Binding[], words: VerdictWords): FigureCheck[] {
  const out: FigureCheck[] = [];
  for (const b of bindings) {
    if (!b.year || !isAmount(b)) continue;
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
    const raw = sentence
      .slice(b.quantity.end, b.quantity.end + now.end + TREND_REACH)
      .split(/[.;]/)[0]!
      .trim();
    const check = againstYear({ ...b, year: null }, b.year, more ? 1 : -1, raw);
    if (check) out.push(check);
  }
  return out;
}

/** Characters between a comparative's "than" and the year it sets the number against ("than at the 2007 peak"). */
const THAN_REACH = 24;

/**
 * Where a sentence sets its figures against a past year ("…today, fewer than at the 2007
 * peak", "más que en 2019"): the year's offset and which way, for each. Such a year is the
 * other side of the comparison, never the time of the number before it.
 */
export function comparedYears(folded: string, words: VerdictWords): { at: number; year: string; sign: 1 | -1; times: boolean }[] {
  const out: { at: number; year: string; sign: 1 | -1; times: boolean }[] = [];
  for (const than of findAll(folded, words.than)) {
    const after = folded.slice(than.end, than.end + THAN_REACH);
    const year = after.match(YEAR);
    // Only words between "than" and the year ("at the", "en el"): "than 2,000 in 2019" compares with a number.
    if (!year || /\d/.test(after.slice(0, year.index))) continue;
    // "More than doubled since 2015": the hedge of a multiple (movedChecks), no comparison with the year.
    if (hasAny(after.slice(0, year.index), [...words.doubledVerb, ...words.tripledVerb])) continue;
    const before = folded.slice(Math.max(0, than.at - 30), than.at);
    const more = findAll(before, words.more).at(-1);
    const less = findAll(before, words.less).at(-1);
    if (!more && !less) continue;
    // "diez veces más que en 2013", "twice as much as in 2013": a multiple the check does not read.
    const times = [words.double, words.triple, words.multiple].some((list) => hasAny(before, list));
    out.push({ at: than.end + (year.index ?? 0), year: year[0], sign: more && (!less || more.at > less.at) ? 1 : -1, times });
  }
  return out;
}

/** Off by more than this share from the multiple said, a year's figure times it does not bear the number out. */
const TIMES_BAND = 0.15;

/**
 * "$64.7 billion in 2024, ten times the 2013 level", "eight times their 1993 level": a number said as a multiple of
 * a year's figure of its own measure (a count, then the packs' `timesOf`, then the year within a few words). How
 * many such multiples the record does not bear out (the ratio of the number's figure to the year's, off the multiple
 * by more than TIMES_BAND, or a year the record lacks): each a claim left open.
 */
export function timesOpen(folded: string, bindings: readonly Binding[], words: VerdictWords): number {
  let open = 0;
  for (const hit of findAll(folded, words.timesOf)) {
    const n = countWord(/(\S+)\s*$/.exec(folded.slice(0, hit.at))?.[1] ?? '');
    const after = folded.slice(hit.end, hit.end + THAN_REACH);
    const year = after.match(YEAR);
    if (!n || n < 2) continue;
    // A multiple of no year's figure ("ten times the tourism revenue") is a comparison no check reads.
    if (!year || /\d/.test(after.slice(0, year.index))) {
      open++;
      continue;
    }
    const b = bindings.filter((x) => !x.span && isAmount(x) && x.quantity.end <= hit.at && x.clause[1] >= hit.end).at(-1);
    if (!b) continue;
    const now = b.year ? figureOfYear(b.entry, b.year) : b.entry.figures[b.entry.figures.length - 1]!;
    const then = figureOfYear(b.entry, year[0]);
    if (!now || !then || then.value <= 0 || Math.abs(now.value / then.value / n - 1) > TIMES_BAND) open++;
  }
  return open;
}

/** How far after an amount its word of more or less may stand, past a currency said after it ("2 mil 955 millones de dólares menos que…"). */
const DIFFERENCE_REACH = 20;

/**
 * Amounts said as the difference from a year the sentence compares with ("61,791 millones en 2025, 10 mil millones menos
 * que en 2024", "2 million fewer than in 2007"): an amount right before a word of more or less. The comparison checks
 * which way the measure moved; the difference is judged as an amount of change between the two records, within both
 * their roundings and its own (`judgeChangeAmount`), and one they do not bear out or cannot settle is a claim left open,
 * never a wrong one: rounded records cannot deny a difference. `said`: the amounts so read, whatever their unit
 * ("$2.96 billion less than in 2024" as "2 mil 955 millones menos"), a claim only as a difference; `open`: how many of them
 * are left open.
 */
export function differences(folded: string, numbers: readonly Quantity[], bindings: readonly Binding[], words: VerdictWords): { said: Quantity[]; open: number } {
  const compared = comparedYears(folded, words);
  const bound = new Set(bindings.map((b) => b.quantity));
  const said: Quantity[] = [];
  let open = 0;
  for (const q of numbers) {
    if (bound.has(q) || (q.unit !== null && q.unit !== 'usd' && q.unit !== 'people' && q.unit !== 'count')) continue;
    const after = folded.slice(q.end, q.end + DIFFERENCE_REACH);
    const hit = findAll(after, [...words.more, ...words.less])[0];
    if (!hit || /\d/.test(after.slice(0, hit.at))) continue;
    // The way its own word says ("menos", "more"): an amount the record moved the other way is no difference it bears out.
    const sign = findAll(after, words.less)[0]?.at === hit.at ? -1 : 1;
    const against = compared.find((c) => c.at > q.end);
    const trend = against ? undefined : trendBefore(folded, numbers, q, bindings, words);
    if (!against && !trend) continue;
    said.push(q);
    if (trend) {
      if (!judgeChangeAmount(q, trend.entry.figures, trend.from, trend.to, sign)) open++;
      continue;
    }
    const b = bindings.find((x) => !x.span && isAmount(x) && x.quantity.end <= q.start);
    if (!b || !judgeChangeAmount(q, b.entry.figures, against!.year, b.year ?? b.entry.figures[b.entry.figures.length - 1]!.period, sign)) open++;
  }
  return { said, open };
}

/**
 * The trend said right before a number ("from 46.8 million in 2022 to 38.5 million in 2024, 8.3 million fewer", "de 46.8 a
 * 38.5 millones, 8.3 millones menos"): its series and its two years, where the two numbers before it are bound to one series,
 * each with its own year, and joined by "from … to". A difference said after it is the trend's.
 */
function trendBefore(folded: string, numbers: readonly Quantity[], q: Quantity, bindings: readonly Binding[], words: VerdictWords) {
  const at = numbers.indexOf(q);
  const [first, last] = [numbers[at - 2], numbers[at - 1]];
  const [a, b] = [bindings.find((x) => x.quantity === first && isAmount(x)), bindings.find((x) => x.quantity === last && isAmount(x))];
  if (!first || !last || !a?.year || !b?.year || a.entry !== b.entry || a.year >= b.year || !isTrend(folded, first, last, words)) return undefined;
  return { entry: b.entry, from: a.year, to: b.year };
}

/**
 * "About 11 million … live in the U.S. today, fewer than at the 2007 peak", "$64.7 billion in
 * 2024, more than in 2023": a number set against another year of its own measure, checked from
 * the record of the number's year (the newest when it states none) against that year's. The
 * number itself is judged apart. `open`: the comparisons with a past year it could not settle.
 */
export function pastYearChecks(sentence: string, folded: string, bindings: readonly Binding[], words: VerdictWords, sides: readonly ComparedSides[] = []): { checks: FigureCheck[]; open: number } {
  const checks: FigureCheck[] = [];
  let open = 0;
  for (const compared of comparedYears(folded, words)) {
    // "Remittances were larger than oil exports in 2024": a year said with another measure after "than" is that side's time.
    if (sides.some(({ link, rightEnd }) => compared.at >= link.end && compared.at < rightEnd)) continue;
    // "$64.7 billion in 2024, 2.3% more than in 2023": the year is what a change said right before it is from; the change's
    // binding is its check.
    const change = bindings.filter((x) => x.quantity.end <= compared.at).at(-1);
    if (change?.change?.from === compared.year && !/\d/.test(folded.slice(change.quantity.end, compared.at))) continue;
    const b = bindings.find((x) => !x.span && isAmount(x) && x.quantity.end <= compared.at);
    const check = b && !compared.times && againstYear(b, compared.year, compared.sign, sentence.slice(b.quantity.end, compared.at + 4).trim());
    // A comparison the record cannot settle (no figure for the year, too close to call) is a claim left open.
    if (check) checks.push(check);
    else open++;
  }
  return { checks, open };
}

/** Two yearly records closer than this share are too close to say which way the measure moved between them. */
const MOVED_GREY = 0.01;

/** Said of a multiple with no hedge, the ratio of the two years' records may stray this far from it and still bear it out. */
const MOVED_BAND = 0.15;

/** Whether a ratio of two records bears out (true), denies (false) or cannot settle (null) a multiple said with its hedge. */
function judgeMultiple(ratio: number, times: number, hedge: Qualifier): boolean | null {
  const r = ratio / times;
  // "More than doubled": past it; "nearly tripled": short of it, not by much.
  if (hedge === 'over') return r > 1 ? true : r < 1 - MOVED_BAND ? false : null;
  if (hedge === 'under' || hedge === 'almost') return r >= 1 - MOVED_BAND && r <= 1 ? true : r < 1 - 2 * MOVED_BAND || r > 1 + MOVED_BAND ? false : null;
  // Said plainly, a multiple is loose ("doubled" of 2.6 times): wrong only far short of it, or past the next one.
  return Math.abs(r - 1) <= MOVED_BAND ? true : r < 1 - 2 * MOVED_BAND || ratio > (times + 1) * (1 + MOVED_BAND) ? false : null;
}

/**
 * "Remittances hit a record high in 2025", "alcanzaron un mínimo histórico en 2025": the year's figure past every earlier one the
 * record holds (below, for a low). Only a year said plainly ("in 2025", not "since" or a span) of a yearly series. The record
 * may not reach back to the measure's whole history, so it can show a record false (an earlier year past it) but never bear
 * one out: no verdict then.
 */
function allTimeCheck(entry: SeriesEntry, year: string, plain: boolean, sign: 1 | -1, raw: string): FigureCheck[] {
  if (!plain || entry.series.period !== 'year') return [];
  const now = figureOfYear(entry, year);
  const earlier = entry.figures.filter((f) => Number(f.period.slice(0, 4)) < Number(year));
  if (!now || !earlier.length) return [];
  const peak = earlier.reduce((a, b) => (sign > 0 ? (b.value > a.value ? b : a) : b.value < a.value ? b : a));
  const past = sign > 0 ? peak.value > now.value * (1 + MOVED_GREY) : peak.value < now.value * (1 - MOVED_GREY);
  return past ? [relationCheck(entry, now, false, peak.value, raw, { sign, period: peak.period, record: true })] : [];
}

/**
 * "Remittances doubled between 2015 and 2024", "se triplicaron de 2010 a 2024", "more than doubled since 2015", "las remesas
 * cayeron en 2025": a measure said to have moved between two years, by a multiple (with its hedge) or a direction with no
 * amount, checked from its series' records of both years (a year said alone: it and the one before; "since": the newest).
 * Only in a sentence that states no number but its years, with one such verb, one series named before it, and no denial
 * or span: else none. A year the record lacks, or a ratio in the grey band, settles nothing.
 */
export function movedChecks(sentence: string, folded: string, words: VerdictWords, seriesOf: SeriesOf): FigureCheck[] {
  const kinds = [
    { list: words.doubledVerb, times: 2, sign: 1 },
    { list: words.tripledVerb, times: 3, sign: 1 },
    { list: words.roseVerb, times: 0, sign: 1 },
    { list: words.fellVerb, times: 0, sign: -1 },
    { list: words.allTimeHigh, times: 0, sign: 1, record: true },
    { list: words.allTimeLow, times: 0, sign: -1, record: true },
  ] as const;
  const hits = kinds.flatMap((kind) => findAll(folded, kind.list).map((hit) => ({ ...hit, kind })));
  // One verb, however many of its forms overlap ("se duplicaron" and "duplicaron").
  const verb = hits.sort((a, b) => a.at - b.at || b.end - a.end)[0];
  if (!verb || hits.some((h) => h.end <= verb.at || h.at >= verb.end)) return [];
  // A denied or retracted move ("The idea that … fell in 2025 is a myth"), one over a span or a first time, is not read here.
  if (hasAny(folded, words.negation) || hasAny(folded, words.retraction) || endsWithAny(folded, words.closingRetraction)) return [];
  if (hasAny(folded, [...words.double, ...words.triple, ...words.multiple.filter((m) => !verb.word.includes(m))])) return [];
  const span = spanIn(folded, words);
  const over = verb.kind.times ? null : moveSpanIn(folded, words, span);
  if (span && !over && !(typeof span === 'object' && 'since' in span)) return [];
  const [from] = clauseOf(folded, { start: verb.at, end: verb.end } as Quantity);
  const entry = seriesOf(sentence.slice(from, verb.at));
  const unit = entry?.figures[0]?.unit;
  if (!entry || unit === 'rank' || unit === 'year') return [];
  const newest = entry.figures[entry.figures.length - 1]!.period.slice(0, 4);
  if (over) {
    // Over a counted span, the move ends in the one year the sentence says, else in the newest on record (said of now).
    const years = [...new Set(folded.match(new RegExp(YEAR.source, 'g')) ?? [])];
    if (years.length > 1) return [];
    const judged = judgeMoveSpan(entry, Number(years[0] ?? newest), over, verb.kind.sign, MOVED_GREY, figureOfYear);
    if (!judged) return [];
    const [then, now] = [figureOfYear(entry, String(judged.year - 1))!, figureOfYear(entry, String(judged.year))!];
    return [relationCheck(entry, now, judged.holds, then.value, sentence.slice(verb.at, verb.end), { sign: verb.kind.sign, period: then.period })];
  }
  // The years right after the verb, a whole year each ("in 2025", "between 2015 and 2024", "desde 2015"), the clause ending
  // there: "in June 2025", "mid-2025" or "in 2025 compared with…" say another time than the years' records.
  // Or a year said first, before the clause ("In 2025, U.S.-Mexico trade fell.", "En 2025, el comercio … cayó."), where the
  // verb ends the sentence.
  const said =
    new RegExp(`^\\s+(${alternation(words.movedYearLead)})\\s+(${YEAR.source})(?:\\s+(?:${alternation([...words.rangeTo, ...words.trendTo])})\\s+(${YEAR.source}))?\\s*(?:[.,;:!?]|$)`).exec(
      folded.slice(verb.end),
    ) ?? (/^\s*[.!?]?\s*$/.test(folded.slice(verb.end)) ? new RegExp(`^\\s*(${alternation(words.movedYearLead)})\\s+(${YEAR.source})\\s*,`).exec(folded) : null);
  if (!said) return [];
  const [, lead, first, second] = said as unknown as [string, string, string, string | undefined];
  if ('record' in verb.kind)
    return allTimeCheck(entry, first, !second && ![...words.cumulative, ...words.rangeFrom, ...words.trendFrom].includes(lead), verb.kind.sign, sentence.slice(verb.at, verb.end));
  let pair: [string, string] | null = null;
  if (second) pair = Number(first) < Number(second) ? [first, second] : null;
  else if (words.cumulative.includes(lead)) pair = [first, newest];
  else if (!verb.kind.times && !words.rangeFrom.includes(lead) && !words.trendFrom.includes(lead)) pair = [String(Number(first) - 1), first];
  if (!pair) return [];
  const [then, now] = [figureOfYear(entry, pair[0]), figureOfYear(entry, pair[1])];
  if (!then || !now || then === now || then.value <= 0) return [];
  const ratio = now.value / then.value;
  const holds = verb.kind.times
    ? judgeMultiple(ratio, verb.kind.times, qualifierBefore(folded, verb.at))
    : verb.kind.sign > 0
      ? ratio > 1 + MOVED_GREY || (ratio < 1 - MOVED_GREY ? false : null)
      : ratio < 1 - MOVED_GREY || (ratio > 1 + MOVED_GREY ? false : null);
  if (holds === null) return [];
  return [
    relationCheck(entry, now, holds, then.value, sentence.slice(verb.at, verb.end), {
      sign: verb.kind.sign,
      period: then.period,
      ...(verb.kind.times ? { times: verb.kind.times } : {}),
    }),
  ];
}
