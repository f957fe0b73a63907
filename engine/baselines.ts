/**
 * Numbers said against another number of the same measure. A baseline ("up from 59% in 2016",
 * "frente a los 63,319 millones registrados el año anterior") is the measure of the number
 * before it, at another time: it takes that number's series, for its own year or the year
 * before the other number's, and is never judged against the newest figure (with no time of
 * its own it stays unsettled). A change ("an increase of 2.3%", "un descenso de 26.9%") is
 * the change of that measure between the two times, computed from the record.
 */
import { connectives, contrasted } from './number-stretch';
import { yearAfter } from './stated-period';
import { onlyHedge, type Quantity, ROUNDING } from './numbers';
import type { VerdictWords } from './verdict-words';
import { findAll, hasAny } from './word-lists';
import { STOPWORDS } from './stopwords';

/** What a binding needs to be related: the number, its series, its year and its clause. */
export interface Bound<E> {
  quantity: Quantity;
  entry: E;
  year: string | null;
  clause: readonly [number, number];
  change?: { from: string; sign: 1 | -1; levels?: readonly [number, number] };
  /** The sentence denies the number ("no al 10%"): right when the record is not it. */
  denied?: boolean;
  /** The last year of the span a trend that starts at this number runs over ("entre 2018 y 2024 … de 41.9% a 29.6%"). */
  until?: string;
}

const YEAR = /(?<![\d.,])(?:19[5-9]\d|20[0-4]\d)(?![\d.,]*\d)/g;
/** Words at most between a marker and its number ("up from about 59%", "respecto a los 63,319"). */
const MARKER_REACH = 3;
/** Characters beside a percentage where its word of change stands. */
const CHANGE_REACH = 22;
/** Words at most between an amount and the word that makes it a shortfall: its unit's ("acre-feet", "millones de dólares"). */
const SHORT_UNIT_WORDS = 3;
/** Characters after an amount sought for it. */
const SHORT_REACH = 40;

/** Characters after a change in which the year it is a change from stands ("up 200% from 2013", "un alza de 200% respecto a 2013"). */
const BASE_REACH = 30;
/** An amount's, where its currency's words stand before its time too ("1,433 millones de dólares en 2024 frente a 2023"). */
const AMOUNT_BASE_REACH = 45;
/** Characters more read after a change for the words of the same part of a year, which take no room of the reach ("el mismo periodo de"). */
const SAME_PERIOD_ROOM = 24;

/** The words that set a change against another time, one list per pack (a list's pattern is cached by the list itself). */
const BASE_MARKERS = new WeakMap<VerdictWords, string[]>();
function baseMarkers(words: VerdictWords): string[] {
  let list = BASE_MARKERS.get(words);
  if (!list) BASE_MARKERS.set(words, (list = [...words.awayFrom, ...words.baseline, ...words.cumulative]));
  return list;
}

/**
 * The year a percentage of change is said from, soon after it: a word that sets it against another time (the packs'
 * `awayFrom`, `baseline`, `cumulative`: "from", "since", "compared with", "desde", "respecto a") right before the year,
 * with no number but a year between the change and that word ("fell 4.6% in 2025 from 2024"). Null when none.
 */
export function changeBase(folded: string, q: Quantity, words: VerdictWords): string | null {
  const reach = q.unit === 'percent' ? BASE_REACH : AMOUNT_BASE_REACH;
  // "down 5.5% from the same period of 2024", "5.5% menos que en el mismo periodo de 2024": the words that say the same part of
  // the year (the packs' `samePeriod`) stand between the marker and the year as none of the gap's words, nor of its reach.
  let after = folded.slice(q.end, q.end + reach + SAME_PERIOD_ROOM);
  for (const hit of findAll(after, words.samePeriod).reverse()) after = `${after.slice(0, hit.at)} ${after.slice(hit.end)}`;
  after = after.slice(0, reach);
  const markers = baseMarkers(words);
  for (const year of after.matchAll(YEAR)) {
    const between = after.slice(0, year.index);
    const marker = findAll(between, markers).at(-1);
    if (!marker) continue;
    const gap = between.slice(marker.end).trim();
    if (/\d/.test(gap) || gap.split(/\s+/).filter(Boolean).length > 2) continue;
    return /\d/.test(between.slice(0, marker.at).replace(YEAR, '')) ? null : year[0];
  }
  return null;
}

/**
 * The year a clause says the same part of a year of ("fell 5.5% in the first nine months of 2025 from the same period of
 * 2024", "…, frente al mismo periodo de 2024"): the one year right after the packs' `samePeriod` words, null for none or several.
 */
export function samePeriodYear(clause: string, words: VerdictWords): string | null {
  const years = findAll(clause, words.samePeriod).flatMap((hit) => /^\s*((?:19|20)\d\d)(?!\d)/.exec(clause.slice(hit.end))?.[1] ?? []);
  return new Set(years).size === 1 ? years[0]! : null;
}

/** The marker ends the text before the number, with at most a few words between. */
function endsWithMarker(before: string, markers: readonly string[]): boolean {
  const hits = findAll(before, markers);
  const last = hits[hits.length - 1];
  if (!last) return false;
  const between = before.slice(last.end).trim();
  return !between || between.split(/\s+/).length <= MARKER_REACH;
}

function ownYear(folded: string, from: number, to: number, q: Quantity): string | null {
  const after = yearAfter(folded, q);
  if (after) return after.year;
  const years = [...folded.slice(from, to).matchAll(YEAR)].map((m) => ({ year: m[0], at: from + (m.index ?? 0) }));
  if (!years.length) return null;
  return years.reduce((a, b) => (Math.abs(b.at - q.start) < Math.abs(a.at - q.start) ? b : a)).year;
}

/** The `i`th number is said against the one before it ("up from 59%", "frente a los 63,319"): its marker is read back to that number. */
export function saidAsBaseline(folded: string, quantities: readonly Quantity[], i: number, words: VerdictWords): boolean {
  const q = quantities[i]!;
  // A stretch may start halfway between two numbers.
  const back = Math.max(0, q.start - 40, i > 0 ? quantities[i - 1]!.end : 0);
  if (endsWithMarker(folded.slice(back, q.start), words.baseline)) return true;
  // "a 4.6% drop from the $64.7 billion of 2024", "una caída de 4.6% desde los 64,746 millones": right after a change's size,
  // "from" sets the number the change started at.
  const prev = quantities[i - 1];
  const change = !!prev && (prev.unit === 'percent' ? changeSign(folded, prev, words) !== null : isChangeAmount(folded, prev, words));
  return change && q.unit !== 'year' && endsWithMarker(folded.slice(back, q.start), words.awayFrom);
}

/**
 * How many numbers are said as the base a change went one way from ("$61.8 billion (up from $64.7 billion)": a word of
 * increase or decrease with the baseline marker) while the number of the same unit before them went the other way: the
 * sentence says two things at odds, which no record settles.
 */
export function baselinesAtOdds(folded: string, quantities: readonly Quantity[], words: VerdictWords): number {
  let odds = 0;
  for (let i = 1; i < quantities.length; i++) {
    const [p, q] = [quantities[i - 1]!, quantities[i]!];
    if (p.unit !== q.unit || p.per !== q.per || !saidAsBaseline(folded, quantities, i, words)) continue;
    const lead = folded.slice(Math.max(p.end, q.start - 40), q.start);
    const up = hasAny(lead, words.increase);
    const down = hasAny(lead, words.decrease);
    if (up !== down && (up ? p.value < q.value : p.value > q.value)) odds++;
  }
  return odds;
}

export const yearBefore = (year: string | null): string | null => (year ? String(Number(year.slice(0, 4)) - 1) : null);

/**
 * Bindings for the numbers no cue bound (`open`, indices into `quantities`, in order) that a
 * marker relates to a bound number before them in the same clause.
 */
export function relatedBindings<E>(
  folded: string,
  quantities: readonly Quantity[],
  stretches: readonly { from: number; to: number }[],
  bound: readonly Bound<E>[],
  open: readonly number[],
  words: VerdictWords,
  fits: (q: Quantity, e: E) => boolean,
  annual: (e: E) => boolean = () => false,
  amounts: readonly number[] = [],
  partOfYear: (e: E) => boolean = () => false,
): Bound<E>[] {
  const out: Bound<E>[] = [];
  const mainBefore = (q: Quantity, unitOf: Quantity) =>
    [...bound, ...out]
      .filter((b) => !b.change && !b.denied && b.quantity.start < q.start && b.clause[0] <= q.start && q.end <= b.clause[1] && fits(unitOf, b.entry))
      .sort((a, b) => a.quantity.start - b.quantity.start)
      .at(-1);
  const changes: number[] = [];
  for (const i of open) {
    const q = quantities[i]!;
    const { from, to } = stretches[i]!;
    if (contrasted(folded, q, words.negation)) {
      const main = mainBefore(q, q);
      if (main) out.push({ quantity: q, entry: main.entry, year: main.year, clause: main.clause, denied: true });
      continue;
    }
    // "from 29.8% in 2007 to 42.9% in 2023": the number after "to" is the measure of the one after "from", at its own time.
    const trend = i > 0 ? trendFrom(folded, quantities[i - 1]!, q, [...bound, ...out], words) : undefined;
    if (trend) {
      const year = trend.until ?? ownYear(folded, from, to, q);
      if (year && fits(q, trend.entry)) out.push({ quantity: q, entry: trend.entry, year, clause: trend.clause });
      continue;
    }
    if (!saidAsBaseline(folded, quantities, i, words)) {
      if (q.unit === 'percent' && changeSign(folded, q, words)) changes.push(i);
      continue;
    }
    const main = mainBefore(q, q);
    if (!main) continue;
    const year = ownYear(folded, from, to, q) ?? (hasAny(folded.slice(q.end, to), words.previousYear) ? yearBefore(main.year) : null);
    if (!year) continue;
    out.push({ quantity: q, entry: main.entry, year, clause: main.clause });
  }
  // An amount of change ("an increase of $14.9 billion", "un aumento de 1,433 millones") is one of the measure said before it too,
  // in that measure's own unit: the difference of the two years' figures.
  for (const i of [...changes, ...amounts]) {
    const q = quantities[i]!;
    const amount = q.unit !== 'percent';
    const sign = amount ? changeAmountSign(folded, q, words) : changeSign(folded, q, words);
    if (!sign) continue;
    // The change is of the measure said before it, which must be a number of the record's own unit; not a share, whose
    // change a writer may give in points ("42.9% in 2023, up 0.9%").
    const main = [...bound, ...out]
      .filter((b) => !b.change && !b.denied && b.quantity.start < q.start && b.clause[0] <= q.start && q.end <= b.clause[1] && b.year && b.quantity.unit !== 'percent' && (!amount || fits(q, b.entry)))
      .sort((a, b) => a.quantity.start - b.quantity.start)
      .at(-1);
    if (!main) continue;
    const base = out.find((b) => b.entry === main.entry && b.quantity.start > q.start);
    // "from 32,252 in 2023 to 33,550 in 2024, an increase of 4%": a change said right after a trend is the trend's, from its first year.
    const start = trendStartOf(folded, quantities, main, [...bound, ...out], words);
    const { to } = stretches[i]!;
    // Said beside a yearly level with no other year in the clause ("$64.7 billion in 2024, up 2.3%"), a change is from the year before.
    // A span ("over the past decade", "since 2013", "en total") makes it a change over more than a year.
    const clause = folded.slice(main.clause[0], main.clause[1]);
    const alone = () => annual(main.entry) && [...clause.matchAll(YEAR)].every((m) => m[0] === main.year) && !hasAny(clause, spanWords(words));
    // "$64.7 billion in 2024, up 200% from 2013": the year said right after the change is the one it is from. So is it beside
    // a level of part of a year ("$45.7 billion in January-September 2025, down 5.5% from the same period of 2024"): the
    // change is between the same part of both years.
    const since = base ? null : changeBase(folded, q, words);
    if (since && (since >= main.year! || !(annual(main.entry) || partOfYear(main.entry)))) continue;
    const fromYear = base?.year ?? since ?? start?.year ?? (hasAny(folded.slice(q.end, Math.max(to, q.end + 60)), words.previousYear) || alone() ? yearBefore(main.year) : null);
    if (!fromYear || fromYear === main.year) continue;
    // The two levels the sentence itself says the change is between, both bound to its series: what the change was reckoned from.
    const from = base ?? (start?.year === fromYear ? start : undefined);
    const levels = from ? ([from.quantity.value, main.quantity.value] as const) : undefined;
    out.push({ quantity: q, entry: main.entry, year: main.year, clause: main.clause, change: { from: fromYear, sign, ...(levels && { levels }) } });
  }
  return out;
}

/**
 * The binding a trend ending at `main` starts from ("from 32,252 in 2023 to 33,550 in 2024"): the number said right before
 * it, of the same series and an earlier year, joined to it by "from … to". Undefined when `main` ends no trend.
 */
function trendStartOf<E>(folded: string, quantities: readonly Quantity[], main: Bound<E>, bound: readonly Bound<E>[], words: VerdictWords): Bound<E> | undefined {
  const prev = quantities[quantities.indexOf(main.quantity) - 1];
  const start = prev && bound.find((b) => b.quantity === prev && b.entry === main.entry && !b.change && !b.denied && b.year);
  return start && main.year && start.year! < main.year && isTrend(folded, prev, main.quantity, words) ? start : undefined;
}

/**
 * The two levels a trend said right after the `i`th number goes between ("fell 34% between 2007 and 2022, from 7.7 million to
 * 5.1 million"): what the change said before them was reckoned from. Undefined where no trend follows, or one in other units.
 */
export function levelsAfter(folded: string, quantities: readonly Quantity[], i: number, words: VerdictWords): readonly [number, number] | undefined {
  const [from, to] = [quantities[i + 1], quantities[i + 2]];
  if (!from || !to || from.unit === 'percent' || to.unit === 'percent' || !isTrend(folded, from, to, words)) return undefined;
  return [from.value, to.value];
}

/** Between a change and the level it reached: its year at most, then the packs' `trendTo` ("2.3% in 2024 to", "2.3% en 2024, a"). */
const REACHED_GAP = /^[\s,]*(?:(?:in|en|el|de)\s+)?(?:(?:19|20)\d\d)?[\s,]*$/;
/** A year alone, after the word that sets a change against it ("from 2024,", "frente a 2024,"). */
const BASE_YEAR_GAP = /^\s+(?:19|20)\d\d[\s,]*$/;

/**
 * Whether the words between a change and its "to" leave the level to the change: its year at most, and maybe the year it is
 * from ("4.6% in 2025 compared with 2024, to", "4.6% en 2025 frente a 2024, a"), which the change's binding has read.
 */
function reachedGap(head: string, words: VerdictWords): boolean {
  if (REACHED_GAP.test(head)) return true;
  const marker = findAll(head, baseMarkers(words)).at(-1);
  return !!marker && BASE_YEAR_GAP.test(head.slice(marker.end)) && REACHED_GAP.test(head.slice(0, marker.at));
}

/**
 * Where the level a change reached is said right after it, in `between` (the text from the change to the level): the end of
 * its "to" ("2.3% in 2024 to", "2.3% en 2024, a"), or of a verb of the packs' `levelVerbs` joined to it by "and" with the
 * subject left unsaid ("4.6% en 2025 y sumaron", "4.6% in 2025 and totaled"); -1 for neither.
 */
function reachedAt(between: string, words: VerdictWords): number {
  const to = findAll(between, words.trendTo).at(-1);
  if (to && reachedGap(between.slice(0, to.at), words)) return to.end;
  const verb = findAll(between, words.levelVerbs).at(-1);
  if (!verb) return -1;
  const head = between.slice(0, verb.at);
  const and = findAll(head, words.addition).at(-1);
  return and && !head.slice(and.end).trim() && reachedGap(head.slice(0, and.at), words) ? verb.end : -1;
}

/**
 * The level a change reached, said right after it ("rose 2.3% in 2024 to $64.7 billion", "subieron 2.3% en 2024, a 64,745
 * millones", "cayeron 4.6% en 2025 y sumaron 61,791 millones"): an open number after a word of the packs' `trendTo`, or a
 * verb of their `levelVerbs` after "and", with at most the change's year between, is the level of the change's measure in
 * the change's year.
 */
export function levelsReached<E>(folded: string, quantities: readonly Quantity[], open: readonly number[], changes: readonly Bound<E>[], words: VerdictWords): Bound<E>[] {
  const out: Bound<E>[] = [];
  for (const i of open) {
    const q = quantities[i]!;
    const change = changes.filter((c) => c.change && c.year && c.quantity.end <= q.start && quantities[i - 1] === c.quantity).at(-1);
    if (!change) continue;
    const between = folded.slice(change.quantity.end, q.start);
    const at = reachedAt(between, words);
    // "to about $61.8 billion": a hedge may stand between the "to" and the level.
    const rest = at < 0 ? '' : between.slice(at);
    if (at < 0 || (rest.trim() && !onlyHedge(rest))) continue;
    out.push({ quantity: q, entry: change.entry, year: change.year, clause: change.clause });
  }
  return out;
}

/** Between a trend's first number and its "to": a few words of unit and its year ("millones de dólares en 2013"). */
const TREND_GAP = /^[\s,]*(?:[a-z]+[\s,]+){0,4}(?:(?:19|20)\d\d[\s,]*)?$/;

/** `prev` is said right after "from" and `q` right after "to", with only `prev`'s unit and year between ("del 29.8% en 2007 al 42.9%"). */
export function isTrend(folded: string, prev: Quantity, q: Quantity, words: VerdictWords): boolean {
  // "from $1.4 billion a day to $873 billion a year" sets two measures side by side, not one over time.
  if (prev.per !== q.per) return false;
  const lead = folded.slice(Math.max(0, prev.start - 16), prev.start);
  const before = findAll(lead, words.trendFrom).at(-1);
  if (!before || lead.slice(before.end).trim()) return false;
  const between = folded.slice(prev.end, q.start);
  const toWord = findAll(between, words.trendTo).at(-1);
  return !!toWord && !between.slice(toWord.end).trim() && TREND_GAP.test(between.slice(0, toWord.at));
}

/**
 * Each of two numbers said with its own year, joined by "and" ("grew 3.2% in 2023 and 1.5% in 2024"): the same measure, the same unit.
 * So is the level the measure went on to, said after "and" with its verb and no subject of its own but a pronoun ("reached $64.7
 * billion in 2024, and they fell to $61.8 billion in 2025", "y bajaron a 61,791 millones de dólares en 2025"), where it goes the way the verb says.
 */
function isParallel(folded: string, prev: Quantity, q: Quantity, words: VerdictWords): boolean {
  if (prev.unit !== q.unit || prev.per !== q.per || !yearAfter(folded, prev) || !yearAfter(folded, q)) return false;
  const text = folded.slice(prev.end, q.start);
  const between = AND_AFTER.exec(text);
  if (between) return TREND_GAP.test(between[1]!);
  const went = AND_WENT.exec(text);
  if (!went || !TREND_GAP.test(went[1]!)) return false;
  const said = went[2]!.trim().replace(/\s+/g, ' ');
  const to = findAll(said, words.trendTo).at(-1);
  if (!to || to.end !== said.length) return false;
  // Its verb right before "to", with nothing before it but function words ("they", "it has", "then"): no subject of its own.
  const head = said.slice(0, to.at).trim();
  const verb = (list: readonly string[]) =>
    findAll(head, list).some(
      (hit) =>
        hit.end === head.length &&
        head
          .slice(0, hit.at)
          .split(/\s+/)
          .filter(Boolean)
          .every((w) => STOPWORDS.has(w)),
    );
  const [up, down] = [verb(words.increase), verb(words.decrease)];
  return up !== down && (up ? q.value > prev.value : q.value < prev.value);
}
const AND_AFTER = new RegExp(`^(.*?)[\\s,]+(?:${connectives('and')})\\s+$`);
/** "…, and they fell to", "… y bajaron a": "and", then at most a few words. */
const AND_WENT = new RegExp(`^(.*?)[\\s,]+(?:${connectives('and')})\\s+((?:[\\p{L}']+\\s+){1,5})$`, 'u');

/** The binding of the number a trend starts from, or of a parallel one before `q`: `q` is the same measure at another time. */
function trendFrom<E>(folded: string, prev: Quantity, q: Quantity, bound: readonly Bound<E>[], words: VerdictWords): Bound<E> | undefined {
  const main = bound.find((b) => b.quantity === prev && !b.change && !b.denied);
  return main && (isTrend(folded, prev, q, words) || isParallel(folded, prev, q, words)) ? main : undefined;
}

const SPAN_WORDS = new WeakMap<VerdictWords, string[]>();
/** Each pack's words of a span of years or a running total, as one list kept. */
function spanWords(words: VerdictWords): string[] {
  let list = SPAN_WORDS.get(words);
  if (!list) SPAN_WORDS.set(words, (list = [...words.range, ...words.cumulative, ...words.sinceTime]));
  return list;
}

/** Each pack's words of change, rise and fall, as one list kept (findAll compiles a list once, by identity). */
const CHANGE_WORDS = new WeakMap<VerdictWords, string[]>();
function changeWords(words: VerdictWords): string[] {
  let list = CHANGE_WORDS.get(words);
  if (!list) CHANGE_WORDS.set(words, (list = [...words.increase, ...words.decrease]));
  return list;
}

/** Words at most after "by"/"en" before an amount of change: its hedge ("rose by nearly $30 billion"). */
const CHANGE_HEDGE_WORDS = 2;

/**
 * An amount said as a change ("rose by $30 billion", "an increase of $2 billion", "se redujo en
 * 125,000 acres-pie"): the difference between two times, not the measure's level, so no series
 * of levels may judge it. A percentage is a change of its own kind (relatedBindings); "rose to
 * $30 billion" is a level.
 */
export function isChangeAmount(folded: string, q: Quantity, words: VerdictWords): boolean {
  return q.unit !== 'percent' && q.unit !== 'year' && q.unit !== 'rank' && changeSaid(folded, q, words) !== null;
}

/** +1 for a rise, -1 for a fall: the way the word an amount of change is said after goes ("fell by $2 billion"), or null. */
export function changeAmountSign(folded: string, q: Quantity, words: VerdictWords): 1 | -1 | null {
  const word = isChangeAmount(folded, q, words) ? changeSaid(folded, q, words) : null;
  if (!word) return null;
  const [up, down] = [words.increase.includes(word), words.decrease.includes(word)];
  return up === down ? null : up ? 1 : -1;
}

/**
 * The word of change a percentage is said as the size of ("cayeron 27%", "fell by 27%"), or null: such a number is no
 * share's level ("fell to 27%" is one), unless the word is the measure's own verb ("the economy grew 1.5%": growth).
 */
export function changePercentWord(folded: string, q: Quantity, words: VerdictWords): string | null {
  const word = q.unit === 'percent' ? changeSaid(folded, q, words) : null;
  if (!word) return null;
  // "Mexicans make up 23% of U.S. immigrants": a particle a verb completes ("make up") says no change.
  const at = folded.lastIndexOf(word, q.start);
  const verb = folded.slice(0, at).trim().split(/\s+/).at(-1) ?? '';
  return words.particleVerbs.includes(verb) ? null : word;
}

/** The word of change a number is said right after, as its size (nothing but "by" / "en" and a hedge between them), or null. */
function changeSaid(folded: string, q: Quantity, words: VerdictWords): string | null {
  // "fell 865,000 acre-feet short of …": a shortfall, said at most a unit's words after the amount.
  const after = folded.slice(q.end, q.end + SHORT_REACH);
  if (findAll(after, words.shortAfter).some((h) => after.slice(0, h.at).trim().split(/\s+/).filter(Boolean).length <= SHORT_UNIT_WORDS)) return null;
  const before = folded.slice(Math.max(0, q.start - CHANGE_REACH - 8), q.start);
  const marker = findAll(before, changeWords(words)).at(-1);
  if (!marker) return null;
  const [first, ...rest] = before.slice(marker.end).trim().split(/\s+/).filter(Boolean);
  // "cayeron en 2024 a 80,391": a year and a "to" after "en" make the amount the new level.
  const hedge = rest.length <= CHANGE_HEDGE_WORDS && !rest.some((w) => /\d/.test(w) || words.trendTo.includes(w));
  // "fell nearly $3 billion", "cayeron casi 3 mil millones": a hedge alone may stand for the "by".
  return first === undefined || (words.changeBy.includes(first) && hedge) || onlyHedge(before.slice(marker.end), ROUNDING) ? marker.word : null;
}

/** Words at most after the "to" of a change before the level it reached ("climbed to a record $61.8 billion"). */
const LEVEL_HEDGE_WORDS = 3;
/** Words at most between a change and its "to", a time said there ("fell last year to", "cayeron el año pasado a"). */
const LEVEL_GAP_WORDS = 3;

/**
 * The way a change went (+1 a rise, -1 a fall) and its word, when a number is the level it reached ("rose to $61.8
 * billion", "cayeron a 61,791 millones"): a word of change, then a "to" ("to", "a", "hasta": the packs' trendTo) and
 * at most a few words without a number before it in its stretch.
 */
export function levelChange(folded: string, q: Quantity, from: number, words: VerdictWords): { sign: 1 | -1; word: string } | null {
  if (q.unit === 'year' || q.unit === 'rank') return null;
  const before = folded.slice(from, q.start);
  const marker = findAll(before, changeWords(words)).at(-1);
  if (!marker) return null;
  const tokens = before.slice(marker.end).trim().split(/\s+/).filter(Boolean);
  // A time may stand between the change and its "to" ("fell last year to 33,550", "cayeron en 2024 a 80,391"): a few words, no other number.
  const at = tokens.findIndex((w) => words.trendTo.includes(w));
  const gap = tokens.slice(0, Math.max(0, at));
  // An aside may close with a comma right before the "to" ("fell during the pandemic, to 10.8 million"); no other clause mark.
  if (at < 0 || gap.length > LEVEL_GAP_WORDS || gap.some((w, k) => /[;:]$/.test(w) || (/,$/.test(w) && k < gap.length - 1) || (/\d/.test(w) && !/^(?:19|20)\d\d,?$/.test(w)))) return null;
  const rest = tokens.slice(at + 1);
  if (rest.length > LEVEL_HEDGE_WORDS || rest.some((w) => /\d/.test(w))) return null;
  const sign = words.increase.includes(marker.word) ? 1 : words.decrease.includes(marker.word) ? -1 : null;
  return sign ? { sign, word: marker.word } : null;
}

/**
 * The `i`th number is the level a change said right before it reached ("plunged 16.2% year-on-year to $5.2 billion", "cayeron
 * 16.2% a tasa anual, a 5 mil 200 millones"): the number before is a change's size, then at most a few words with no number
 * but a year, no "from" and no baseline, then a "to" and at most a hedge. What the change is of, the level is of.
 */
export function levelAfterChange(folded: string, quantities: readonly Quantity[], i: number, words: VerdictWords): boolean {
  const [p, q] = [quantities[i - 1], quantities[i]!];
  if (!p || q.unit === 'year' || q.unit === 'rank' || isChangeAmount(folded, q, words)) return false;
  if (!changePercentWord(folded, p, words) && !isChangeAmount(folded, p, words)) return false;
  const between = folded.slice(p.end, q.start);
  const to = findAll(between, words.trendTo).at(-1);
  if (!to || (between.slice(to.end).trim() && !onlyHedge(between.slice(to.end)))) return false;
  const gap = between.slice(0, to.at).trim().split(/\s+/).filter(Boolean);
  return gap.length <= LEVEL_GAP_WORDS && plainGap(gap) && !gap.some((w) => /[;:]$/.test(w)) && !findAll(between, fromOrBaseline(words)).length;
}

const FROM_OR_BASELINE = new WeakMap<VerdictWords, string[]>();
function fromOrBaseline(words: VerdictWords): string[] {
  let list = FROM_OR_BASELINE.get(words);
  if (!list) FROM_OR_BASELINE.set(words, (list = [...words.trendFrom, ...words.baseline]));
  return list;
}

/** Words at most between a level and a way said of it ("are down under Sheinbaum, 33,550", "33,550 homicides in 2024, down from 2023"). */
const WAY_GAP_WORDS = 4;
const WAY_LEAD_WORDS = 6;
const YEAR_TOKEN = /^(?:19|20)\d\d\W*$/;
/** Words of a gap with no number in them but a year's. */
const plainGap = (tokens: readonly string[]) => !tokens.some((w) => /\d/.test(w) && !YEAR_TOKEN.test(w));

/**
 * The way a measure is said to have gone beside a level it states, when the level is not the change's size nor its end
 * ("homicides are down: 33,550 in 2024", "las remesas crecieron en 2025: 61,791 millones", "$872.8 billion in 2025, down
 * from 2024"): a word of change before the number in its stretch, a few words without a number between and no "from" or
 * "to", or one after it in its clause followed right away by a word of the packs' `awayFrom` / `baseline` and no number but
 * a year. Null when none.
 */
export function levelWay(folded: string, q: Quantity, from: number, to: number, words: VerdictWords): { sign: 1 | -1; word: string } | null {
  if (q.unit === 'year' || q.unit === 'rank' || changeSaid(folded, q, words) !== null) return null;
  const signOf = (word: string) => (words.increase.includes(word) ? 1 : words.decrease.includes(word) ? -1 : null);
  const before = folded.slice(from, q.start);
  const marker = findAll(before, changeWords(words)).at(-1);
  if (marker) {
    const gap = before.slice(marker.end);
    const tokens = gap.trim().split(/\s+/).filter(Boolean);
    const sign = signOf(marker.word);
    const bars = [...words.trendTo, ...words.trendFrom, ...words.awayFrom, ...words.baseline];
    if (sign && tokens.length && tokens.length <= WAY_GAP_WORDS && plainGap(tokens) && !tokens.some((w) => bars.includes(w.replace(/\W+$/, ''))) && !hasAny(gap, bars))
      return { sign, word: marker.word };
  }
  const after = folded.slice(q.end, to);
  const next = findAll(after, changeWords(words))[0];
  if (!next) return null;
  const lead = after.slice(0, next.at).trim().split(/\s+/).filter(Boolean);
  const tail = after.slice(next.end).trimStart();
  const base = findAll(tail, [...words.awayFrom, ...words.baseline]).find((hit) => hit.at === 0);
  const sign = signOf(next.word);
  if (!sign || !base || lead.length > WAY_LEAD_WORDS || !plainGap(lead) || !plainGap(tail.split(/\s+/))) return null;
  return { sign, word: next.word };
}

/** +1 for a rise, -1 for a fall, when a word of change stands right beside the percentage. */
export function changeSign(folded: string, q: Quantity, words: VerdictWords): 1 | -1 | null {
  const near = `${folded.slice(Math.max(0, q.start - CHANGE_REACH), q.start)} ${folded.slice(q.end, q.end + 12)}`;
  const up = hasAny(near, words.increase);
  const down = hasAny(near, words.decrease);
  if (up !== down) return up ? 1 : -1;
  // "4.6% less than in 2024", "4.6% más que en 2024": a percentage said more or less than something is a change from it.
  const after = folded.slice(q.end, q.end + 30).trimStart();
  const way = findAll(after, [...words.more, ...words.less]).find((hit) => hit.at === 0);
  if (!way || !findAll(after.slice(way.end).trimStart(), words.than).some((hit) => hit.at === 0)) return null;
  return words.more.includes(way.word) ? 1 : -1;
}
