/**
 * Figures against stated numbers. `judgeFigure` decides verdicts, for a number already bound
 * to its series (engine/measures.ts). `checkFigure`, older and looser (nearest series of the
 * same unit, no cues), is only topic evidence in detection: "a number that fits this topic's
 * figures"; it never yields a rating. Unifying them would change detection, so it waits for
 * the fitted scoring of issue #16.
 */
import { significantDigits, type Quantity } from './numbers';
import type { Figure } from './schema';
import type { FigureCheck } from './types';
import { listIn } from './multimap';
import type { Binding } from './measures';

function close(claim: number, record: number, unit: Figure['unit'], qualifier: Quantity['qualifier']): boolean {
  if (qualifier === 'over') return record >= claim * 0.97 && record <= claim * 2.5;
  if (qualifier === 'under') return record <= claim * 1.03 && record >= claim * 0.4;
  if (qualifier === 'almost') return record <= claim * 1.03 && record >= claim * 0.8;
  if (unit === 'percent') return Math.abs(claim - record) <= Math.max(3, record * 0.08);
  const tolerance = qualifier === 'about' ? 0.15 : 0.1;
  return Math.abs(claim - record) <= Math.abs(record) * tolerance;
}

/** A bare number this large is the size of an amount of money: bound as one, and a claim of its own when nothing binds it. */
export const AMOUNT_SIZED = 1e6;

/** Whether a number said in a unit (or in none) may be a figure of a record's unit. */
export function unitFits(q: Quantity, f: Figure): boolean {
  if (q.unit === f.unit) return true;
  // "1.4B daily" or "800 mil millones" without a currency word: a money-sized number.
  if (q.unit === null && f.unit === 'usd' && q.value >= AMOUNT_SIZED) return true;
  if (q.unit === null && f.unit === 'people' && q.value >= 1e4) return true;
  // A 0–100 rating (the Chicago Council's thermometer) is said as a bare number: "calificaron a México con 58", "Mexico scored 58".
  if (q.unit === null && f.unit === 'score' && !q.vague && q.value > 0 && q.value < 100) return true;
  return false;
}

function perFits(q: Quantity, f: Figure): boolean {
  if (q.per === 'day') return f.per === 'day';
  if (f.per === 'day') return false;
  return true;
}

/**
 * `years`: the years the sentence names. A claim that gives an older figure with its own
 * year ("9.3 million in 2018") is right about that year, not outdated.
 */
export function checkFigure(q: Quantity, figures: readonly Figure[], years: readonly string[] = []): FigureCheck | null {
  const candidates = figures.filter((f) => unitFits(q, f) && perFits(q, f));
  if (candidates.length === 0) return null;
  // Pick the series whose values are nearest the claim (log distance), then judge within it.
  const series = new Map<string, Figure[]>();
  for (const f of candidates) {
    listIn(series, f.key).push(f);
  }
  let bestKey = '';
  let bestDistance = Infinity;
  for (const [key, list] of series) {
    for (const f of list) {
      const d = Math.abs(Math.log(Math.max(q.value, 1e-9) / Math.max(Math.abs(f.value), 1e-9)));
      if (d < bestDistance) {
        bestDistance = d;
        bestKey = key;
      }
    }
  }
  // Orders of magnitude apart: the number is about something else.
  if (bestDistance > Math.log(20)) return null;
  // Periods are ASCII ("2013", "2016/17", "2014-2018"): a plain comparison orders them, and
  // localeCompare would start an ICU collator on the page's main thread for nothing.
  const list = [...series.get(bestKey)!].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  const latest = list[list.length - 1]!;
  const base = { key: bestKey, unit: latest.unit, per: latest.per ?? null, claimValue: q.value, claimRaw: q.raw, latestValue: latest.value, latestPeriod: latest.period };
  // Of the figures the claim is close to, the nearest decides: "50 consulates" is the 2014
  // count even though it is within a few percent of today's 52.
  const matching = list.filter((f) => close(q.value, f.value, f.unit, q.qualifier));
  if (matching.length === 0) return { ...base, status: 'contradicted', recordValue: latest.value, recordPeriod: latest.period };
  const distance = (f: Figure) => Math.abs(q.value - f.value) / Math.max(Math.abs(f.value), 1e-9);
  const nearest =
    q.qualifier === 'over' || q.qualifier === 'under'
      ? matching.includes(latest)
        ? latest
        : matching[matching.length - 1]!
      : matching.reduce((a, b) => (distance(b) < distance(a) || (distance(b) === distance(a) && b === latest) ? b : a));
  const dated = years.some((y) => nearest.period.startsWith(y));
  const status = nearest === latest || nearest.value === latest.value || dated ? 'consistent' : 'outdated';
  return { ...base, status, recordValue: nearest.value, recordPeriod: nearest.period };
}

type Fit = 'yes' | 'grey' | 'no';

/** Positions and dates are right or wrong, never near. */
const exact = (unit: Figure['unit']) => unit === 'rank' || unit === 'year';

/** Beyond this factor from every figure of its series, a number is taken to measure something else. */
const PLAUSIBLE = 3;

/** How close, as a part of the record, a stated number is to be said to be that record's figure ("70%" of a record of 70.3%). */
const ALMOST_EXACT = 0.02;

/** Whether a number said in figures (not a rank, not in words) is one the figures hold almost exactly. */
export const heldAlmostExactly = (q: Quantity, figures: readonly Figure[]): boolean => {
  if (q.unit === null || q.unit === 'rank' || q.vague) return false;
  const check = checkFigure(q, figures);
  return !!check && check.status !== 'contradicted' && Math.abs(check.recordValue - q.value) <= Math.abs(check.recordValue) * ALMOST_EXACT;
};

/**
 * Several times every figure of a series (or a fraction of each): the number most likely counts something else. A
 * position or a date is never near, so never out of scale; a bound ("more than …", "less than …") is only when `bounds`.
 */
export const outOfScale = (q: Quantity, figures: readonly Figure[], bounds = false, factor = PLAUSIBLE): boolean =>
  !exact(figures[figures.length - 1]!.unit) &&
  (bounds || (q.qualifier !== 'over' && q.qualifier !== 'under')) &&
  figures.every((f) => Math.max(q.value, f.value) > factor * Math.min(q.value, f.value));

/**
 * A hundred times every figure of its series or more: a word of scale misread or misused ("64 billones" for 64 thousand
 * million, "millones" for "mil millones"), even where the cue's words surround the number. No record settles which.
 */
const SCALE_SLIP = 100;

/** How far, in points, the sources of one rate commonly differ. */
const RESTATED_POINTS = 0.5;

/**
 * The most a round number is taken to round, as a part of itself: "70%" may be 65 to 75 and "$2 billion" 1.5 to 2.5,
 * but "10%" is not anything from 5 to 15, nor "a million" anything from half a million to 1.5 million. Beyond it, and
 * within its digits' rounding, it is in doubt.
 */
const ROUND_SHARE = 0.25;

/** How far, as a part of a record, the sources of one count or amount commonly differ. */
const SOURCES_SPREAD = 0.05;

/** Below this, a whole count is said exactly. */
const SMALL_COUNT = 100;

/** The significant digits a number needs to be one record's and not, by chance, another country's of the same measure. */
const IDENTIFYING_DIGITS = 3;

/** Half a unit of the last significant digit: "$2 billion" is said for anything from 1.5 to 2.5. */
function roundingMargin(v: number): number {
  if (v === 0) return 0;
  let unit = 10 ** Math.floor(Math.log10(Math.abs(v)));
  while (unit > 1e-6 && Math.abs(v / unit - Math.round(v / unit)) > 1e-9) unit /= 10;
  return unit / 2;
}

/** How far the true figure may be from a record's: its rounding, and for a rate the points its sources restate it by. */
const recordMargin = (r: number, unit: Figure['unit']): number => (unit === 'percent' ? Math.max(roundingMargin(r), RESTATED_POINTS) : roundingMargin(r));

/** The significant digits a numeral is written with ("$345 billion": 3, "2,300 millones": 2); none for words. */
const writtenDigits = (raw: string): number => (raw.match(/\d/g) ?? []).join('').replace(/^0+/, '').replace(/0+$/, '').length;

/** Small whole counts ("10 consulates", "6 cartels") are said exactly, not rounded. */
const wholeCount = (c: number): boolean => Math.abs(c) < SMALL_COUNT && Number.isInteger(c);
/** Half a unit of the digit a number is said to. */
const saidTo = (c: number, unit: Figure['unit']): number => (unit !== 'percent' && wholeCount(c) ? 0.5 : roundingMargin(c));

/**
 * Does the record value r bear out the stated quantity? A hedge has its meaning: "more than
 * a billion" holds for 2.39 billion; "nearly a million" does not hold for 1.6 million. Between
 * clearly yes and clearly no lies a grey band where no verdict is given.
 */
export function fits(q: Quantity, r: number, unit: Figure['unit']): Fit {
  const c = q.value;
  // "Among the top three" holds for any place up to the third; "one of the largest" for the first few, and is in doubt beyond.
  if (unit === 'rank' && q.qualifier === 'under') return r <= c ? 'yes' : q.vague ? 'grey' : 'no';
  // "Almost the largest" says a place near the first, not the first: no record place bears it out or contradicts it.
  if (unit === 'rank' && q.qualifier === 'almost') return 'grey';
  if (unit === 'rank' || unit === 'year') return c === r ? 'yes' : 'no';
  const wide = q.vague ? 2 : 1;
  switch (q.qualifier) {
    // A record a little past the bound is in doubt only where it may be on the bound's side: a bound said in figures is as
    // sharp as the record is precise ("more than $65 billion" of a record of $64.746 billion, "fewer than 4,000" of 4,339, are
    // wrong), unless the record's rounding (a rate's restated half point) reaches across it. Said in words ("more than a
    // million", "miles de"), a bound is looser.
    case 'over':
      if (q.vague ? r > c * 1.04 : r >= c) return r <= c * 5 ? 'yes' : 'grey';
      return r >= c * (1 - 0.1 * wide) && (q.vague || r + recordMargin(r, unit) >= c) ? 'grey' : 'no';
    case 'under':
      if (r <= c) return r >= c / 5 || q.vague ? 'yes' : 'grey';
      return r <= c * (1 + 0.15 * wide * wide) && (q.vague || r - recordMargin(r, unit) <= c) ? 'grey' : 'no';
    case 'almost':
      if (r >= c * 0.9 && r <= c * 1.02) return 'yes';
      return r >= c * 0.75 && r <= c * 1.12 ? 'grey' : 'no';
    default: {
      const about = q.qualifier === 'about' || q.vague === true;
      // A share is as precise as it is said: "86%" is not "89%", "70%" covers 66 to 74.
      // A small rate is held to its size: 1.5 points is nearly all of a 1.5% growth, so "2.8%" is not it.
      // Small whole counts ("10 consulates", "6 cartels") are said exactly, not rounded.
      const rounded = Math.min(roundingMargin(c), Math.abs(c) * ROUND_SHARE);
      // A share written to a fraction of a point ("7.95%") is as precise as that: at most the sources' restated half point.
      const fraction = !about && /\d[.,]\d/.test(q.raw);
      const share = Math.min(about ? 7 : 5, Math.max(Math.min(about ? 3 : 1.5, Math.abs(r) * (about ? 0.3 : 0.15)), rounded));
      const margin = unit === 'percent' ? (fraction ? Math.min(share, Math.max(rounded, RESTATED_POINTS)) : share) : wholeCount(c) ? 0.5 : rounded;
      // A number said to four or more digits ("62,319 millions") is that precise: a 1% band, not 5%; one said to three
      // with a decimal ("40.1 million"), 2.5%. The digits are the writer's own: a rate turned into a day's amount is not.
      // So is one written to three digits ("$345 billion"): its last digit is not a rounding to the tens.
      const digits = significantDigits(c);
      const precise = !about && unit !== 'percent' && (digits >= 4 || (digits === 3 && (fraction || writtenDigits(q.raw) === 3)));
      // A hedge on a number said to a decimal ("about 11.9 million") hedges its last digit, not a tenth of it.
      const hedged = about && unit !== 'percent' && /\d[.,]\d/.test(q.raw) && writtenDigits(q.raw) >= 3 ? 0.05 : 0.1;
      // A small whole count said exactly ("53 consulates") is borne out only by that count; a neighbour is in doubt.
      const exact = !about && unit !== 'percent' && wholeCount(c);
      const tol = unit === 'percent' ? margin : exact ? 0.5 : Math.max(Math.abs(r) * (about ? hedged : precise ? (digits >= 4 ? 0.01 : 0.025) : 0.05), margin);
      const d = Math.abs(c - r);
      // Shares are often quoted from a neighbouring year or survey: a wider band before "no".
      // Sources differ in their last digits (1,933 or 1,954 miles of border): a precise number is grey up to 3% off.
      // Rates are restated by a few tenths of a point (a first estimate and its revision, the raw and the seasonally
      // adjusted series): a share within half a point of the record is never shown wrong.
      // A round number's band is its own rounding ("about 20 million" is 15 to 25 million): past it, only the sources' spread
      // leaves it in doubt, not half its rounding again (12.8 million is not "about 20 million").
      const spread = precise ? 3 * tol : exact ? Math.max(1.5 * tol, Math.abs(r) * 0.075) : Math.min(1.5 * tol, tol + Math.abs(r) * SOURCES_SPREAD);
      const grey = Math.max(unit === 'percent' ? Math.max(2.5 * tol, RESTATED_POINTS) : spread, roundingMargin(c));
      return d <= tol ? 'yes' : d <= grey ? 'grey' : 'no';
    }
  }
}

/**
 * Judges a number bound to its series. With its own year ("9.3 million in 2018") it is
 * judged for that year; without, against the newest figure, and an older figure it matches
 * makes it outdated. Null when the record cannot settle it (no figure for the year, a grey
 * band, or an exact number nearer an older figure while still close to the newest).
 */
export interface FigureTime {
  /** The year the sentence gives the number ("in 2018"). */
  year?: string | null;
  /** The span of years it gives it ("between 2014 and 2018"). */
  span?: string | null;
  /** Told in the past: an older figure it matches is not outdated. */
  past?: boolean;
  /** Told as a long-held state ("traditionally"). */
  history?: boolean;
  /** Told as a state that held once ("was once", "used to"): the newest figure matching it does not settle it. */
  former?: boolean;
  /** A year the number is said to be later than ("64%, up from 59% in 2016"): it is of some year after it. */
  after?: string | null;
  /** The sentence says this one number and this one year: which year goes with the number is beyond doubt. */
  sole?: boolean;
}

/** The figures of the years after `year`, where the record holds one for each year of them up to its newest (null where it skips one, or has none). */
function everyYearAfter(figures: readonly Figure[], year: string): Figure[] | null {
  const later = figures.filter((f) => /^\d{4}$/.test(f.period) && f.period > year);
  const newest = Number(figures[figures.length - 1]!.period.slice(0, 4));
  if (!later.length || !figures.every((f) => f.period <= year || /^\d{4}$/.test(f.period))) return null;
  for (let y = Number(year) + 1; y <= newest; y++) if (!later.some((f) => Number(f.period) === y)) return null;
  return later;
}

/** Told why a check settles nothing (a probe's count of the paths that leave numbers unsettled). */
export type Why = (reason: string) => void;

export function judgeFigure(q: Quantity, figures: readonly Figure[], time: FigureTime = {}, enclosed = false, why?: Why): Omit<FigureCheck, 'key'> | null {
  const { year = null, span = null, past = false, history = false, after = null, former = false, sole = false } = time;
  const latest = figures[figures.length - 1]!;
  const none = (reason: string) => {
    why?.(reason);
    return null;
  };
  // A record of zero ("net zero") was rounded to nothing: it cannot settle a precise claim.
  if (figures.some((f) => f.value === 0) && q.value !== 0) return none('zero-record');
  // Several times every figure of the series: the number most likely counts something else.
  // Unless the cue's own words stand on both sides of it ("remittances account for 35% of GDP"): then it is that measure.
  if (outOfScale(q, figures, false, enclosed ? SCALE_SLIP : PLAUSIBLE)) return none('out-of-scale');
  const within: Pick<FigureCheck, 'within'> = latest.unit === 'rank' && q.qualifier === 'under' ? { within: q.vague ? 'few' : 'top' } : {};
  const occasions = latest.unit === 'year' && figures.length > 1 ? { occasions: figures.map((f) => f.period) } : {};
  const base = { unit: latest.unit, per: latest.per ?? null, claimValue: q.value, claimRaw: q.raw, latestValue: latest.value, latestPeriod: latest.period, ...within, ...occasions };
  if (span || year) {
    // A year with several figures (a tariff of 25% from March and 50% from June) bears out any of them; the number is
    // wrong only when it is none of them.
    const ofTime = figures
      .filter((f) => (span ? f.period === span : f.period === year || f.period.startsWith(`${year}-`) || f.period.startsWith(`${year}/`)))
      .map((f) => ({ f, fit: fits(q, f.value, f.unit) }));
    const chosen = ofTime.find((x) => x.fit === 'yes') ?? (ofTime.every((x) => x.fit === 'no') ? ofTime.at(-1) : undefined);
    // Near its year's figure, within its band or its grey, but another year's figure to the digit it is said with ("$61.8 billion
    // in 2024": 2025's, beside 2024's $64.7 billion): which year's figure it is, is in doubt. Said as the only number beside the
    // only year, it is the year's beyond doubt: another year's figure set down for it, wrong for it, where none of the year's
    // figures is the number within its own rounding and the record's (a rate's restated half point).
    const margin = roundingMargin(q.value);
    const anotherYears = figures.some((f) => !ofTime.some((x) => x.f === f) && Math.abs(q.value - f.value) <= margin);
    const itsYears = ofTime.some((x) => Math.abs(q.value - x.f.value) <= margin + recordMargin(x.f.value, x.f.unit));
    const own = chosen?.f ?? ofTime.at(-1)?.f;
    if (own && sole && q.qualifier === 'exact' && !q.vague && anotherYears && !itsYears) return { ...base, status: 'contradicted', recordValue: own.value, recordPeriod: own.period };
    if (!chosen) return none(ofTime.length ? 'year-grey' : 'year-unrecorded');
    const { f: fixed, fit } = chosen;
    if (fit === 'yes' && q.qualifier === 'exact' && Math.abs(q.value - fixed.value) > margin && figures.some((f) => f !== fixed && Math.abs(q.value - f.value) <= margin))
      return none('year-another-years-digit');
    return { ...base, status: fit === 'yes' ? 'consistent' : 'contradicted', recordValue: fixed.value, recordPeriod: fixed.period };
  }
  // A dated event that happened more than once (a program restarted by a court, then again by a new administration) happened
  // in each of its years: an earlier one is no outdated figure but another time it is true of.
  const occasion = latest.unit === 'year' ? figures.find((f) => f.value === q.value) : undefined;
  if (occasion) return { ...base, status: 'consistent', recordValue: occasion.value, recordPeriod: occasion.period };
  const distance = (f: Figure) => Math.abs(q.value - f.value);
  const older = figures.slice(0, -1);
  const now = fits(q, latest.value, latest.unit);
  // A claim that says no span, against a record of a whole span, may speak of one of its years: a near miss is in doubt.
  if (now === 'no' && !exact(latest.unit) && SPAN_PERIOD.test(latest.period) && Math.abs(q.value - latest.value) <= SPAN_YEAR_SPREAD * Math.abs(q.value)) {
    return none('span-near');
  }
  // "Mexico used to be the largest…" says it is no more: a newest figure that still matches does not bear that out.
  if (now === 'yes' && former) return none('former-still-holds');
  const matches = older.filter((f) => fits(q, f.value, f.unit) === 'yes');
  // Near the newest figure only within its band, but an older figure to the digit it is said with ("$64.7 billion",
  // 2024's, beside 2025's $61.8 billion): which year it speaks of is in doubt, told in the past ("were $64.7 billion last year") or not.
  // A small whole count is said to the unit ("50 consulates" is 2021's count beside 2026's 52, not 52 rounded).
  const said = saidTo(q.value, latest.unit);
  if (now === 'yes' && q.qualifier === 'exact' && Math.abs(q.value - latest.value) > said && matches.some((f) => Math.abs(q.value - f.value) <= said)) return none('newest-band-older-digit');
  if (now === 'yes') return { ...base, status: 'consistent', recordValue: latest.value, recordPeriod: latest.period };
  // Said as later than an earlier year ("64%, up from 59% in 2016"), a figure of a year after it that it
  // matches is the number's own time: right for its time, not outdated.
  const ownTime = after ? matches.filter((f) => f.period.slice(0, 4) > after) : [];
  if (ownTime.length) {
    const first = ownTime[0]!;
    return { ...base, status: 'consistent', recordValue: first.value, recordPeriod: first.period };
  }
  // Where the record holds every year after that one, the number is one of those years' figures: it fits none of them, it is
  // wrong, whatever an earlier year's figure it is near ("grew 2.8%, up from 2.6% in 2023": 2024 and 2025 grew 1.5% and 0.6%).
  const later = after ? everyYearAfter(figures, after) : null;
  if (later) {
    if (later.some((f) => fits(q, f.value, f.unit) !== 'no')) return none('after-later-not-no');
    return { ...base, status: 'contradicted', recordValue: latest.value, recordPeriod: latest.period };
  }
  if (now === 'grey') {
    // Near the newest figure but not it, and an older figure to the digit it is said with: that older figure's number.
    const margin = roundingMargin(q.value);
    const toTheDigit = q.qualifier === 'exact' && !past ? matches.filter((f) => Math.abs(q.value - f.value) <= margin / 5) : [];
    if (!toTheDigit.length || Math.abs(q.value - latest.value) <= margin) return none('newest-grey');
    const f = toTheDigit[toTheDigit.length - 1]!;
    return { ...base, status: 'outdated', recordValue: f.value, recordPeriod: f.period };
  }
  // Told in the past ("90 percent were traced to the U.S."), an older figure it matches is not outdated; a
  // plain past tense may be of any year ("last year remittances were…"), so it settles nothing. Told as a
  // long-held state ("traditionally ranks third") that more than one older record bears out, it is right.
  if (matches.length && past) {
    if (!history || matches.length < 2) return none('past-older');
    const newest = matches[matches.length - 1]!;
    return { ...base, status: 'consistent', recordValue: newest.value, recordPeriod: newest.period };
  }
  if (matches.length) {
    // Of equally near figures, the newest: "second" is the record of 2024, not of 2013.
    const nearest = matches.reduce((a, b) => (distance(b) <= distance(a) ? b : a));
    return { ...base, status: 'outdated', recordValue: nearest.value, recordPeriod: nearest.period };
  }
  if (older.some((f) => fits(q, f.value, f.unit) === 'grey')) return none('older-grey');
  // Within the range the series has moved through, the number may be a year the record skips.
  if (!exact(latest.unit) && figures.length > 1 && q.qualifier !== 'over' && q.qualifier !== 'under') {
    const values = figures.map((f) => f.value);
    if (q.value >= Math.min(...values) && q.value <= Math.max(...values)) return none('within-range');
  }
  return { ...base, status: 'contradicted', recordValue: latest.value, recordPeriod: latest.period };
}

/**
 * How far, as a part of the number, a record summed over a span of years ("88% from 2015 to 2024") may stand from a
 * number said of no span: one year in it may have been that far off the whole span's figure.
 */
const SPAN_YEAR_SPREAD = 0.1;
const SPAN_PERIOD = /^\d{4}-\d{4}$/;

/** Half a point: a percentage of change bears out a record only as near as its units. */
const CHANGE_SAID_TO = 0.5;

const forYear = (figures: readonly Figure[], year: string) => figures.find((f) => f.period === year || f.period.startsWith(`${year}-`) || f.period.startsWith(`${year}/`));
const oneDecimal = (v: number) => Math.round(v * 10) / 10;

/**
 * Judges a percentage of change ("an increase of 2.3%", "un descenso de 26.9%") against the
 * change of its series between the two years the sentence gives. Null when the record lacks
 * either year or the number sits in the grey band.
 */
export function judgeChange(q: Quantity, figures: readonly Figure[], fromYear: string, toYear: string, sign: 1 | -1): Omit<FigureCheck, 'key'> | null {
  const a = forYear(figures, fromYear);
  const b = forYear(figures, toYear);
  if (!a || !b || a.value === 0) return null;
  const actual = ((b.value - a.value) / Math.abs(a.value)) * 100;
  const said = sign * actual;
  // A round percentage of change may be rounded to its tens ("rose 10%" for 13%), so only a change past that rounding shows
  // it wrong; but it bears out only a change near it to the unit: "rose 10%" is not borne out by 14.6%.
  const tol = (margin: number) => Math.max(margin, Math.abs(actual) * 0.1, 0.1);
  const [near, far] = [tol(Math.min(roundingMargin(q.value), CHANGE_SAID_TO)), tol(roundingMargin(q.value))];
  let fit: Fit;
  if (q.qualifier === 'over') fit = said >= q.value * 0.98 ? 'yes' : said < q.value * 0.8 ? 'no' : 'grey';
  else if (q.qualifier === 'under') fit = said <= q.value * 1.02 && said > 0 ? 'yes' : said > q.value * 1.25 || said <= 0 ? 'no' : 'grey';
  else {
    const d = Math.abs(q.value - said);
    fit = d <= near && said > 0 ? 'yes' : d > Math.max(2 * far, 1) || said <= 0 ? 'no' : 'grey';
  }
  if (fit === 'grey') return null;
  const period = `${a.period}–${b.period}`;
  const change = oneDecimal(actual);
  return {
    unit: 'percent',
    per: null,
    claimValue: q.value,
    claimRaw: q.raw,
    latestValue: change,
    latestPeriod: period,
    status: fit === 'yes' ? 'consistent' : 'contradicted',
    recordValue: change,
    recordPeriod: period,
  };
}

/**
 * A change of a series between two years, judged from the record: a percentage by judgeChange, an amount by judgeChangeAmount.
 * Where the sentence says both levels and the change is what they make ("from 62,319 to 64,745, up 3.9%"), a record at odds
 * with the change is at odds with the levels, which are judged themselves: the change alone is left open.
 */
function judgeChangeSaid(q: Quantity, figures: readonly Figure[], change: { from: string; to: string; sign: 1 | -1; levels?: readonly [number, number] }): Omit<FigureCheck, 'key'> | null {
  const judge = q.unit === 'percent' ? judgeChange : judgeChangeAmount;
  const judged = judge(q, figures, change.from, change.to, change.sign);
  if (judged?.status !== 'contradicted' || !change.levels) return judged;
  const [from, to] = change.levels;
  const said = [
    { ...figures[0]!, period: change.from, value: from },
    { ...figures[0]!, period: change.to, value: to },
  ];
  return judge(q, said, change.from, change.to, change.sign)?.status === 'consistent' ? null : judged;
}

/** At most this part of an amount of change may be the record's own rounding, for the record to settle it. */
const DIFFERENCE_ROUNDING = 0.1;
/** "More than $2 billion" is borne out up to this many times it ("less than", down to this part of it); beyond, it is some other amount. */
const HEDGED_REACH = 2.5;
/** "Almost $3 billion" is borne out from this part of it up to it. */
const ALMOST_FROM = 0.9;

/**
 * Judges an amount of change ("an increase of $14.94 billion compared with 2024") against the difference of its
 * series' figures for the two years. Each figure is rounded, so the difference is known only within both roundings:
 * the amount is borne out when it fits that (and the amount's own rounding) and goes the way its word says. Anything
 * else is left unsettled, never wrong: a difference of rounded figures cannot show an amount false.
 */
export function judgeChangeAmount(q: Quantity, figures: readonly Figure[], fromYear: string, toYear: string, sign: 1 | -1): Omit<FigureCheck, 'key'> | null {
  const a = forYear(figures, fromYear);
  const b = forYear(figures, toYear);
  if (!a || !b || q.vague) return null;
  const actual = b.value - a.value;
  const recordMargin = roundingMargin(a.value) + roundingMargin(b.value);
  if (sign * actual <= 0 || recordMargin > Math.abs(q.value) * DIFFERENCE_ROUNDING) return null;
  // A hedged amount holds only where every difference the roundings allow bears it out.
  const [low, high] = [sign * actual - recordMargin, sign * actual + recordMargin];
  const said = Math.min(roundingMargin(q.value), Math.abs(q.value) * ROUND_SHARE);
  const holds =
    q.qualifier === 'over'
      ? low >= q.value && high <= q.value * HEDGED_REACH
      : q.qualifier === 'under'
        ? high <= q.value && low >= q.value / HEDGED_REACH
        : q.qualifier === 'almost'
          ? low >= q.value * ALMOST_FROM && high <= q.value
          : Math.abs(q.value - sign * actual) <= recordMargin + said;
  if (!holds) return null;
  const period = `${a.period}–${b.period}`;
  // Two rounded figures' difference carries float noise (41.9 − 29.6): said to the digits the figures are.
  const difference = Number(Math.abs(actual).toPrecision(12));
  return {
    unit: b.unit,
    per: b.per ?? null,
    claimValue: q.value,
    claimRaw: q.raw,
    latestValue: difference,
    latestPeriod: period,
    status: 'consistent',
    recordValue: difference,
    recordPeriod: period,
  };
}

/** The fewest parts of a year an amount said of each ("a month", "a week") recurs in: twelve months. */
const PARTS_A_YEAR = 12;
/** How far over the year's total the fewest such parts must sum for the amount to be wrong: a part's amount varies. */
const RECURRING_OVER = 1.5;

/**
 * A flow over part of a year ("in the first ten months of 2025, remittances topped $64 billion")
 * against the whole year's total: more than the whole is wrong; anything else is unsettled. An
 * amount said of each part (`recurring`: "every month, Mexico receives $61.8 billion") sums over
 * at least twelve of them: far more than the year's total is wrong (the year said; with none, every year's).
 */
export function judgePartOfYear(q: Quantity, figures: readonly Figure[], year: string | null, recurring = false): Omit<FigureCheck, 'key'> | null {
  const whole = year ? forYear(figures, year) : recurring ? figures[figures.length - 1] : undefined;
  const summed = recurring ? q.value * PARTS_A_YEAR : q.value;
  if (!whole || summed <= whole.value * (recurring ? RECURRING_OVER : 1.02)) return null;
  // Said with no year, it may be of any year the record holds: wrong only if far over every one of them.
  if (recurring && !year && figures.some((f) => summed <= f.value * RECURRING_OVER)) return null;
  const latest = figures[figures.length - 1]!;
  return {
    unit: whole.unit,
    per: whole.per ?? null,
    claimValue: q.value,
    claimRaw: q.raw,
    latestValue: latest.value,
    latestPeriod: latest.period,
    status: 'contradicted',
    recordValue: whole.value,
    recordPeriod: whole.period,
  };
}

/**
 * An end of a range ("between 70% and 90%") is a bound: the low end says at least it, the high end at most it. The record
 * one end finds bears the range out only if the other end holds it too; one it contradicts is outside the range.
 */
function judgeRangeEnd(b: Judged & { range: readonly [number, number] }, why?: Why): Omit<FigureCheck, 'key'> | null {
  const [low, high] = b.range;
  const end = (value: number, qualifier: Quantity['qualifier']): Quantity => ({ ...b.quantity, value, qualifier });
  const isLow = b.quantity.value === low;
  const judged = judgeBinding({ ...b, range: undefined, quantity: end(b.quantity.value, isLow ? 'over' : 'under') }, why);
  if (!judged) return null;
  if (judged.status === 'contradicted') {
    // Outside only by as much as the end said alone would be borne out or in doubt ("between $60 billion and $63 billion" of
    // $64.7 billion, "between 75% and 80%" of 83%), the range is in doubt, not clearly wrong: its ends are said round.
    const near = fits(end(b.quantity.value, 'exact'), judged.recordValue, judged.unit) !== 'no';
    if (!near) return judged;
    why?.('range-end-near');
    return null;
  }
  if (fits(isLow ? end(high, 'under') : end(low, 'over'), judged.recordValue, judged.unit) === 'yes') return judged;
  why?.('range-other-end');
  return null;
}

/** A bound number's check: a change between two years, or a figure. */
/**
 * An event's year said with its month, and maybe its day ("took effect in January 2020"): wrong when the record dates the
 * event to another month or day. A record that gives only the year (an event told of several dates: ordered, then in
 * force) or only the month checks no more than it gives.
 */
function judgeDate(judged: Omit<FigureCheck, 'key'>, date: string): Omit<FigureCheck, 'key'> | null {
  const claimPeriod = `${judged.claimValue}-${date}`;
  if (judged.status !== 'consistent') return { ...judged, claimPeriod };
  // "MM" or "MM-DD", as the record gives it.
  const recorded = judged.recordPeriod.slice(5);
  const both = Math.min(recorded.length, date.length);
  if (both && recorded.slice(0, both) !== date.slice(0, both)) return { ...judged, claimPeriod, status: 'contradicted' };
  return { ...judged, claimPeriod };
}

/**
 * A bound number as judged: its binding (engine/measures.ts), of any series with figures, and whether the sentence says it as
 * its only number beside its only year.
 */
export type Judged = Omit<Binding, 'entry' | 'clause'> & { entry: { figures: readonly Figure[] }; sole?: boolean };

/**
 * A number bound by its series' head words alone (engine/measure-heads.ts), or one said of no country (`nameless`): borne out
 * where the record is it within the roundings of both, of a time the record settles; never shown wrong, as fewer words
 * than a cue's may name a neighbouring measure the record does not hold, and a country unsaid may be another than Mexico.
 */
function judgedWarily(b: Judged): Omit<FigureCheck, 'key'> | null {
  const judged = judgeBinding({ ...b, byHead: undefined, nameless: undefined });
  if (!judged || judged.denied) return null;
  // Both numbers are rounded: the claim to its digits (or cut short at them: "$839 billion" of 839.9), the record to its own.
  // A change is said by its size, its way in words ("fell 4.6%" is the record's −4.6), which the judgement has already borne out.
  const near = (v: number) => Math.abs(b.quantity.value - (b.change ? Math.abs(v) : v)) <= 2 * roundingMargin(b.quantity.value) + roundingMargin(v);
  // A hedge ("more than 95%") borne out by the record reaches only so far from it; said of no country, it is Mexico's as well.
  if (judged.status === 'consistent') return near(judged.recordValue) || (b.nameless && b.quantity.qualifier !== 'exact') ? judged : null;
  // Said of no country, a number written with enough digits to be no other's, that is the record's for the year beside the
  // one it is said of ("remittances reached $64.7 billion in 2025", 2024's): a figure misdated by a year, whose digits name
  // Mexico as plainly as its name would, and the year it is said of settles it.
  const year = Number(b.year);
  const misdated =
    b.nameless &&
    year &&
    judged.status === 'contradicted' &&
    b.quantity.qualifier === 'exact' &&
    writtenDigits(b.quantity.raw) >= IDENTIFYING_DIGITS &&
    b.entry.figures.some((f) => near(f.value) && Math.abs(Number(f.period.slice(0, 4)) - year) === 1);
  return misdated ? judged : null;
}

export function judgeBinding(b: Judged, why?: Why): Omit<FigureCheck, 'key'> | null {
  const told = <T>(judged: T | null, reason: string): T | null => {
    if (!judged) why?.(reason);
    return judged;
  };
  if (b.asChange || b.anotherPart) return told(null, b.asChange ? 'as-change' : 'another-part');
  if (b.byHead || b.nameless) return told(judgedWarily(b), b.byHead ? 'by-head' : 'nameless');
  if (b.since !== undefined) {
    // "In 2014, 20 years after NAFTA took effect": the event's year it gives. Whole years counted within a year may be
    // one more or less than the difference of the years: that settles nothing.
    const judged = judgeFigure({ ...b.quantity, value: b.since - b.quantity.value, unit: 'year' }, b.entry.figures, {}, false, why);
    return judged && Math.abs(judged.claimValue - judged.recordValue) === 1 ? told(null, 'since-one-off') : judged;
  }
  if (b.partOfYear) return told(judgePartOfYear(b.quantity, b.entry.figures, b.year, b.recurring), 'part-of-year');
  if (b.range) return judgeRangeEnd({ ...b, range: b.range }, why);
  if (b.change)
    return told(b.year ? judgeChangeSaid(b.quantity, b.entry.figures, { ...b.change, to: b.year }) : null, b.year ? `change-${b.quantity.unit === 'percent' ? 'rate' : 'amount'}` : 'change-no-year');
  // A denied number ("no al 10%") says the record is not it, however far from it: no number is implausible there.
  const judged = judgeFigure(
    b.quantity,
    b.entry.figures,
    { year: b.year, span: b.span, past: b.past, history: b.history, after: b.after, former: b.former, sole: b.sole },
    b.enclosed || b.denied,
    why,
  );
  if (b.date && judged) return judgeDate(judged, b.date);
  if (!b.denied || !judged) return judged;
  // It is right when the record is not it, wrong when the record is it to the digit it is said with; one merely
  // within the record's margin ("3.4%, not 3%": a rounding of it) is no error either way.
  // Denied of every time or as a change ("never the largest", "no longer the largest"), no one record bears it out.
  if (judged.status === 'contradicted') return b.onlyDisproved ? told(null, 'denied-only-disproved') : { ...judged, status: 'consistent', denied: true };
  const toTheDigit = judged.status === 'consistent' && Math.abs(b.quantity.value - judged.recordValue) <= roundingMargin(b.quantity.value) / 5;
  return toTheDigit ? { ...judged, status: 'contradicted', denied: true } : told(null, 'denied-within-margin');
}
