/**
 * A record said of a level: "a record $64.7 billion", "un máximo histórico de…", "its lowest level in a decade",
 * "la cifra más baja desde 1970". The figure may match its year while the record it is said to be does not hold:
 * an earlier figure of the same series already reached it (or, for a low, went under it). Such a sentence is not
 * borne out by its figure. A record "since" a year is read over the years after it, one "in five years", "en una
 * década" over that span; one of no stated span over every year on record (the safe side: it can only leave
 * *accurate* unsaid). A "year" with no count before it ("last year", "in fiscal year 2019", "el año pasado") is a time,
 * not a span: the record is read over every year. A change said to be a record is left open.
 */
import type { SeriesEntry } from './measure-cues';
import { countWord } from './numbers';
import type { FigureCheck } from './types';
import type { VerdictWords } from './verdict-words';
import { findAll, foldSameLength, hasAny } from './word-lists';

const YEAR_AFTER = /^\D{0,12}?((?:19|20)\d\d)\b/;
/** How far after a record's words its span may be said. */
const SPAN_REACH = 30;

interface RecordSaid {
  sign: 1 | -1;
  /** Earlier figures are read from after this year (since a year), or from this many years before the level's (a span). */
  since: number | null;
  years: number | null;
  /** Where the record's words stand. */
  at: number;
  /** Said of the whole series ("peaked"): the years after the level's count too. */
  whole: boolean;
  /** Where the count of its span stands ("20" in "a 20-year high", "in 20 years"). */
  spanAt: number[];
  /** Where the year it is said since stands ("1970" in "the fewest since 1970"). */
  sinceAt: number | null;
}

/** Where the word before `at` starts, joined to it by a space or a dash ("20-" of "20-year high"). */
const wordBefore = (folded: string, at: number) => at - (/\S+[\s-]?$/.exec(folded.slice(Math.max(0, at - 16), at))?.[0].length ?? 0);

/** The record the sentence says, if any: a high or a low, and the span it is said over. */
function recordSaid(folded: string, words: VerdictWords): RecordSaid | null {
  const low = findAll(folded, words.recordLow);
  const hits = low.length ? low : findAll(folded, words.recordHigh);
  if (!hits.length) return null;
  const whole = new Set(findAll(folded, words.recordWhole).map((hit) => hit.at));
  const said: RecordSaid = { sign: low.length ? -1 : 1, since: null, years: null, at: hits[0]!.at, whole: hits.some((hit) => whole.has(hit.at)), spanAt: [], sinceAt: null };
  const spans = [...words.recordSpanYears, ...words.recordSpanDecades];
  for (const hit of hits) {
    // "A 20-year high", "a two-decade low": a record whose words open on its span has its count right before them.
    const from = findAll(hit.word, spans)[0]?.at === 0 ? wordBefore(folded, hit.at) : hit.at;
    const after = folded.slice(from, hit.end + SPAN_REACH);
    const sinceAt = findAll(after, words.cumulative)[0];
    const year = sinceAt ? YEAR_AFTER.exec(after.slice(sinceAt.end)) : null;
    if (year && sinceAt) {
      said.since = Number(year[1]);
      said.sinceAt = from + sinceAt.end + year.index + year[0].length - 4;
    }
    for (const [list, size] of [
      [words.recordSpanYears, 1],
      [words.recordSpanDecades, 10],
    ] as const) {
      const unit = findAll(after, list)[0];
      if (!unit) continue;
      const word = /(\S+?)-?\s*$/.exec(after.slice(0, unit.at))?.[1] ?? '';
      const count = countWord(word);
      if (count === null && size === 1) continue;
      said.years = (count ?? 1) * size;
      if (count !== null) said.spanAt.push(from + after.lastIndexOf(word, unit.at));
    }
  }
  return said;
}

/**
 * Where the counts of a record's span stand ("the highest level in 20 years", "a 20-year high", "máximo en 20 años"):
 * numbers that say how far back the record reaches, which recordBested reads, not claims of their own.
 */
export function recordSpanCounts(folded: string, words: VerdictWords): number[] {
  return recordSaid(folded, words)?.spanAt ?? [];
}

/**
 * Where the year a record is said since stands ("the fewest since 1970", "la cifra más baja desde 1970"): the start of the
 * record's span, no time of the level said beside it.
 */
export function recordSinceYear(folded: string, words: VerdictWords): number | null {
  return recordSaid(folded, words)?.sinceAt ?? null;
}

/**
 * Whether a level the sentence calls a record is not borne out: already reached (or, for a low, undercut) in an earlier
 * year of its series, or with no earlier figure of the record's span to be compared with.
 */
export function recordBested(folded: string, words: VerdictWords, checks: readonly FigureCheck[], entries: readonly SeriesEntry[]): boolean {
  // A change said to be a record ("a record drop", "la mayor caída") is left open: its series may lack the years it beats.
  if (hasAny(folded, words.recordChange) && checks.some((check) => check.recordPeriod.includes('–'))) return true;
  const said = recordSaid(folded, words);
  if (!said) return false;
  // A level of one period: not a change between two ("2024–2025"), a rank, a relation to another record or a denied number.
  const levels = checks.filter((check) => check.status === 'consistent' && check.unit !== 'rank' && !check.relation && !check.denied && !check.recordPeriod.includes('–'));
  // The level the record is said of is the one said nearest its words ("48 teams, … a record 104 matches").
  const distance = new Map(
    levels.map((check) => {
      const at = folded.indexOf(foldSameLength(check.claimRaw));
      return [check, at < 0 ? Number.POSITIVE_INFINITY : Math.abs(at - said.at)];
    }),
  );
  const check = levels.reduce<FigureCheck | null>((a, b) => (a === null || distance.get(b)! < distance.get(a)! ? b : a), null);
  // Only that level is called a record: the others are other years' levels ("peaked in 2007 at 12.8 million and fell to
  // 11.7 million by 2014"), which the peak's earlier years need not top.
  if (!check) return false;
  const entry = entries.find((e) => e.series.key === check.key);
  if (!entry) return false;
  const value = entry.figures.find((f) => f.period === check.recordPeriod)?.value ?? check.recordValue;
  const from = said.since ?? (said.years === null ? null : Number.parseInt(check.recordPeriod, 10) - said.years - 1);
  const earlier = entry.figures.filter((f) => f.period < check.recordPeriod && (from === null || Number.parseInt(f.period, 10) > from));
  // A span the series does not reach back to the start of ("a 20-year high" of a series begun ten years before) it cannot bear out.
  if (from !== null && !entry.figures.some((f) => Number.parseInt(f.period, 10) <= from + 1)) return true;
  // A series with no other figure to compare cannot bear a record out ("a record $29.6 billion in the first half": its only
  // figure); a peak said of its first year is compared with the years after it.
  const alone = !earlier.length && !entry.figures.some((f) => f.period > check.recordPeriod);
  const later = said.whole ? entry.figures.filter((f) => f.period > check.recordPeriod) : [];
  return alone || [...earlier, ...later].some((f) => (said.sign > 0 ? f.value >= value : f.value <= value));
}

/**
 * Whether a level found outdated is the record the sentence says it is, still standing: "Las remesas alcanzaron un máximo
 * histórico de 64,746 millones de dólares" is 2024's figure, which no year since has reached. Told with no year, the record
 * was set when the sentence does not say, so the newest year's figure does not make it old; told as now ("is", "hoy") it is.
 */
export function recordStands(folded: string, words: VerdictWords, check: FigureCheck, entries: readonly SeriesEntry[]): boolean {
  // Told as now in its own stretch between commas: "Mexican immigrants, who numbered 12.8 million at their peak, now total
  // about 10.9 million" tells the peak as past and only the other number as now.
  const at = folded.indexOf(foldSameLength(check.claimRaw));
  const end = at < 0 ? -1 : folded.slice(at).search(/[,;:]/);
  const own = at < 0 ? folded : folded.slice(Math.max(...[',', ';', ':'].map((b) => folded.lastIndexOf(b, at))) + 1, end < 0 ? folded.length : at + end);
  if (check.status !== 'outdated' || check.unit === 'rank' || hasAny(own, words.presentState) || hasAny(own, words.now)) return false;
  const said = recordSaid(folded, words);
  const entry = entries.find((e) => e.series.key === check.key);
  if (!said || !entry) return false;
  return entry.figures.every((f) => f.period === check.recordPeriod || (said.sign > 0 ? f.value < check.recordValue : f.value > check.recordValue));
}
