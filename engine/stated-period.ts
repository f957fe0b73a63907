/**
 * How a sentence times its numbers: a day, part of a year, a fiscal year, a span, a running
 * total or a year; the year or span it gives them; and the years it states as dates.
 */
import { connectives, periodReach } from './number-stretch';
import type { Quantity } from './numbers';
import type { PeriodKind } from './schema';
import type { VerdictWords } from './verdict-words';
import { findAll, foldSameLength, hasAny, listPattern } from './word-lists';
import { escapeRegExp } from './regex';
import { LANGS, TEXT_PACKS } from './knowledge/lang';

const YEAR = /(?<![\d.,])(?:19[5-9]\d|20[0-4]\d)(?![\d.,]*\d)/g;
// "2023/24" is one academic or fiscal year, not a span: the slash is left out.
const SPAN = new RegExp(
  `(?:${connectives('spanFrom')})\\s+(19[5-9]\\d|20[0-4]\\d)\\s+(?:${connectives('spanTo')})\\s+(19[5-9]\\d|20[0-4]\\d)|(19[5-9]\\d|20[0-4]\\d)\\s*[-–]\\s*(19[5-9]\\d|20[0-4]\\d|\\d\\d)\\b`,
);
/** A year at most four words after a number, with nothing but words between. */
const AFTER_YEAR = /^(?:\s+[a-z]+){1,4}\s+((?:19[5-9]|20[0-4])\d)(?![\d.,]*\d)/;
/** The year said at most four words after a number, with nothing but words between ("63,313 millones de dólares en 2023"). */
export function yearAfter(folded: string, q: Quantity): { year: string; at: number } | null {
  const m = AFTER_YEAR.exec(folded.slice(q.end, q.end + 48));
  return m ? { year: m[1]!, at: q.end + m[0].length - 4 } : null;
}

/** How the sentence times a number; null when it does not say. */
export type StatedPeriod = 'day' | 'part-year' | 'fiscal' | 'cycle' | 'range' | 'cumulative' | 'year' | null;

/**
 * The years a sentence states, as quantities of unit `year`: only a series of dated events
 * takes them, and only with its cue right before the year; elsewhere a year stays the time
 * of another number ("in 2024 remittances rose"). A year that is part of a name (`names`:
 * "the 2026 World Cup") is no event's time: it is left out, so the stretch of a year after it
 * reaches over the name ("the 2026 World Cup was awarded in 2018").
 */
export function yearQuantities(sentence: string, names: readonly string[] = [], decades: readonly string[] = [], bounds: readonly string[] = []): Quantity[] {
  const folded = foldSameLength(sentence);
  const named = new Set([...namedYears(folded, names), ...decadeYears(folded, decades), ...boundYears(folded, bounds)]);
  return [...folded.matchAll(YEAR)]
    .filter((m) => !named.has(m.index ?? 0))
    .map((m) => {
      const start = m.index ?? 0;
      return { value: Number(m[0]), unit: 'year', per: null, qualifier: 'exact', start, end: start + m[0].length, raw: m[0] };
    });
}

/**
 * Part of a year and a fiscal year are read in the whole sentence (the safe side: such a number
 * never meets an annual total). A span or a running total said in words ("over the past decade",
 * "since 2006") is read in the number's reach: its clause up to the first break after it, so
 * "64%, up from 59% in 2016 and the highest since 2006" keeps 64% a plain figure, while a
 * preposed "Since 2008, …" still times the number after it.
 */
export function statedPeriod(folded: string, q: Quantity, words: VerdictWords): StatedPeriod {
  if (q.per === 'day') return 'day';
  // "Según el reporte mensual…": a publication's name gives the numbers no period.
  const named = findAll(folded, words.notPeriod).length ? folded.replace(listPattern(words.notPeriod), (m) => ' '.repeat(m.length)) : folded;
  // "Una encuesta publicada este mes", "a survey released in June": when a report came out is no period of its numbers.
  const timed = withoutRunningStart(withoutPublication(named, words), words);
  // "From January to October … 51 billion, so for the full year …": the nearest time said before a number is its own.
  const lastBefore = (list: readonly string[]) => Math.max(-1, ...findAll(timed.slice(0, q.start), list).map((hit) => hit.at));
  if (hasAny(timed, words.partYear) && lastBefore(words.wholeYear) <= lastBefore(words.partYear)) return 'part-year';
  const [from, to] = periodReach(folded, q);
  const reach = folded.slice(from, to);
  // "1.75 million acre-feet every five years" is a term of several years: it meets no yearly series (whose words may stand near it).
  if (hasAny(reach, words.everyFewYears)) return 'cycle';
  // "Over the past two fiscal years": a span said in words around the number is several years, fiscal or not.
  if (hasAny(reach, words.range)) return 'range';
  if (hasAny(folded, words.fiscal)) return 'fiscal';
  if (SPAN.test(folded)) return 'range';
  if (
    findAll(reach, words.cumulative)
      .filter((hit) => !changeSince(reach, hit, words))
      .some(
        (hit) =>
          !words.awayFrom.includes(hit.word) ||
          hasAny(
            reach
              .slice(hit.end, hit.end + 24)
              .split(/\s+/)
              .slice(0, 4)
              .join(' '),
            words.sinceTime,
          ) ||
          /^\s+(?:\S+\s+)?\d/.test(reach.slice(hit.end)),
      )
  )
    return 'cumulative';
  if (q.per === 'year') return 'year';
  return null;
}

/** A percentage said last before a text's end ("34 percent", "34%", "34 por ciento"), in any registered language. */
const PERCENT_BEFORE = new RegExp(`\\d\\s*(?:%|${LANGS.map((lang) => TEXT_PACKS[lang].numbers.percent).join('|')})\\s*$`);
/** Characters before a word of "since" where the change it dates is read ("has declined by 34 percent since"). */
const CHANGE_SINCE_REACH = 40;
/** A year right after a word of "since", at most a word for "year" or an article between. */
const SINCE_YEAR = /^\s+(?:(?:the|el|year|ano)\s+)?(?:19|20)\d\d(?!\d)/;

/**
 * Whether a word of "since" dates a change said right before it ("has declined by 34 percent since 2007", "ha caído 34%
 * desde 2007"): the year is the change's starting point, no running total's, and the levels said beside it keep their own time.
 */
function changeSince(text: string, hit: { at: number; end: number }, words: VerdictWords): boolean {
  const before = text.slice(Math.max(0, hit.at - CHANGE_SINCE_REACH), hit.at);
  return PERCENT_BEFORE.test(before) && hasAny(before, [...words.increase, ...words.decrease]) && SINCE_YEAR.test(text.slice(hit.end));
}

/** Words at most between a verb of publishing and the part of a year said as its time ("published earlier this month"). */
const PUBLISHED_REACH = 2;

/** The text with each part of a year said right after a verb of publishing (the packs' `publishedAt`) blanked (same length, so offsets hold). */
function withoutPublication(folded: string, words: VerdictWords): string {
  const published = findAll(folded, words.publishedAt);
  if (!published.length) return folded;
  let out = folded;
  for (const part of findAll(folded, words.partYear)) {
    const after = published.some((hit) => {
      if (hit.end > part.at) return false;
      const between = folded.slice(hit.end, part.at);
      return !/[^\p{L}\s]/u.test(between) && between.split(/\s+/).filter(Boolean).length <= PUBLISHED_REACH;
    });
    if (after) out = `${out.slice(0, part.at)}${' '.repeat(part.end - part.at)}${out.slice(part.end)}`;
  }
  return out;
}

/** A year at most a word after a month ("February 2025", "febrero de 2025"). */
const MONTH_YEAR = /^\s+(?:\p{L}+\s+)?(?:19|20)\d\d(?!\d)/u;

/**
 * The text with each month said right after a word of "since" and before its year blanked ("since February 2025", "desde
 * febrero de 2025"): the start of a running total, no part of a year. January is kept, as "since January" is the year to date.
 */
function withoutRunningStart(folded: string, words: VerdictWords): string {
  let out = folded;
  for (const part of findAll(folded, words.partYear)) {
    const month = part.word.trim();
    if (!words.months.includes(month) || words.months[0]!.startsWith(month)) continue;
    const before = folded.slice(0, part.at).trimEnd();
    if (!words.cumulative.some((w) => before.endsWith(` ${w}`) || before === w) || !MONTH_YEAR.test(folded.slice(part.end))) continue;
    out = `${out.slice(0, part.at)}${' '.repeat(part.end - part.at)}${out.slice(part.end)}`;
  }
  return out;
}

export function periodFits(stated: StatedPeriod, kind: PeriodKind): boolean {
  switch (stated) {
    case 'day':
      return kind === 'day';
    case 'part-year':
      return kind === 'part-year';
    case 'fiscal':
      return kind === 'fiscal-year';
    case 'cycle':
      return kind === 'point';
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

/**
 * The year nearest the number within its stretch, or the sentence's only year unless that year
 * stands in the stretch of a number said after it (`later`): "grew 2.8%, just better than the
 * 2.6% of 2023" gives 2023 to the 2.6%, not the 2.8%, while a time said first carries forward
 * ("sold $476 billion in 2023, so total trade was $476 billion").
 */
export function yearNear(folded: string, q: Quantity, from: number, to: number, later: readonly (readonly [number, number])[] = [], compared: ReadonlySet<number> = new Set()): string | null {
  // A year the sentence compares with ("fewer than at the 2007 peak") is not the number's time.
  const years = (text: string, offset: number) => [...text.matchAll(YEAR)].filter((m) => !compared.has(offset + (m.index ?? 0)));
  // A stretch that ends halfway between two numbers may cut the year said after it in two ("from
  // 29.8% in 2007 to 42.9%"): that year is whole. One cut at its start is the number before's.
  let end = to;
  while (end < folded.length && /\d/.test(folded[end]!) && /\d/.test(folded[end - 1] ?? '')) end++;
  const inWindow = years(folded.slice(from, end), from).map((m) => ({ year: m[0], at: from + (m.index ?? 0) }));
  // A year a few words after the number, with no other number or break between ("21,597 millones de
  // dólares en 2013 a 64,746 millones", "de 63,313 en 2023 a 70,000 millones de dólares en 2024"), is
  // its time, before a nearer one said before it and though the next number's stretch holds it.
  const after = yearAfter(folded, q);
  if (after && !compared.has(after.at)) return after.year;
  if (inWindow.length) return inWindow.reduce((a, b) => (Math.abs(b.at - q.start) < Math.abs(a.at - q.start) ? b : a)).year;
  const all = years(folded, 0);
  if (new Set(all.map((m) => m[0])).size !== 1) return null;
  return all.some((m) => later.some(([a, b]) => (m.index ?? 0) >= a && (m.index ?? 0) < b)) ? null : all[0]![0];
}

/** Each pack's year names as the patterns before and after a year, compiled once per list. */
const NAME_PATTERNS = new WeakMap<readonly string[], { before: RegExp; after: RegExp }>();
function namePatterns(names: readonly string[]): { before: RegExp; after: RegExp } {
  let p = NAME_PATTERNS.get(names);
  if (!p) {
    const list = names.map(escapeRegExp).join('|');
    p = { before: new RegExp(`(?:^|[^a-z0-9])(?:${list})\\s+(?:de\\s+|of\\s+)?$`), after: new RegExp(`^\\s+(?:${list})(?![a-z0-9])`) };
    NAME_PATTERNS.set(names, p);
  }
  return p;
}

/**
 * Offsets of the years that are part of a name ("the 2026 World Cup", "el Mundial de 2026"):
 * the name of an event, never the time of a number said beside it.
 */
export function namedYears(folded: string, names: readonly string[]): number[] {
  if (!names.length) return [];
  const { before, after } = namePatterns(names);
  return [...folded.matchAll(YEAR)].map((m) => m.index ?? 0).filter((at) => before.test(folded.slice(Math.max(0, at - 40), at)) || after.test(folded.slice(at + 4, at + 44)));
}

/**
 * Offsets of the years said as a bound of a time ("after 2018", "before 2020", "después de 2018", `bounds`): no event's
 * date, which "The USMCA went into effect after 2018" (in 2020) does not give. ("Until 2036" may be an end's date, and stays one.)
 */
function boundYears(folded: string, bounds: readonly string[]): number[] {
  return findAll(folded, bounds).flatMap((hit) => {
    const m = /^\s+(?:(?:el|the)\s+)?(?:(?:ano|year)\s+)?(?:19|20)\d\d(?!\d)/.exec(folded.slice(hit.end));
    return m ? [hit.end + m[0].length - 4] : [];
  });
}

const DECADE_BEFORE = new WeakMap<readonly string[], RegExp>();
/**
 * Offsets of the years written as a decade: "the 2010s", "the 1990's", or after a word of the pack's `decadeBefore`
 * ("los años 2000", "la década de 2010"). A decade is ten years, no one year's time: "NAFTA took effect in the 1990s" is
 * not of 1990.
 */
export function decadeYears(folded: string, before: readonly string[]): number[] {
  let said = DECADE_BEFORE.get(before);
  if (!said) {
    said = before.length ? new RegExp(`(?:^|[^a-z0-9])(?:${before.map(escapeRegExp).join('|')})\\s+$`) : /$^/;
    DECADE_BEFORE.set(before, said);
  }
  const decade = said;
  return [...folded.matchAll(YEAR)]
    .filter((m) => m[0].endsWith('0'))
    .map((m) => m.index ?? 0)
    .filter((at) => /^['\u2019]?s(?![a-z])/.test(folded.slice(at + 4, at + 8)) || decade.test(folded.slice(Math.max(0, at - 40), at)));
}

const JOINED_YEARS = /(19[5-9]\d|20[0-4]\d)\s*[-–/]\s*(\d{4}|\d\d)(?!\d)/;
/** Two years in a row written joined ("2023-24", "2023-2024"), as the first one; null for any other span. */
export function joinedYearOf(folded: string): string | null {
  const m = JOINED_YEARS.exec(folded);
  if (!m) return null;
  const [a, b] = [Number(m[1]), Number(m[2]!.length === 2 ? m[1]!.slice(0, 2) + m[2] : m[2])];
  return b === a + 1 ? m[1]! : null;
}

/**
 * The two years of a span that are the only years a sentence says ("entre 2018 y 2024", "between 2018 and 2024", "2018-2024"),
 * first to last; null for any other sentence. A trend said over such a span ("la pobreza bajó de 41.9% a 29.6%") runs between them.
 */
export function spanEnds(folded: string): [string, string] | null {
  const span = spanOf(folded);
  if (!span) return null;
  const [first, last] = span.split('-') as [string, string];
  const years = folded.match(YEAR) ?? [];
  return first < last && years.length === 2 && years.every((y) => y === first || y === last) ? [first, last] : null;
}

export function spanOf(folded: string): string | null {
  const m = SPAN.exec(folded);
  if (!m) return null;
  const a = m[1] ?? m[3]!;
  let b = m[2] ?? m[4]!;
  if (b.length === 2) b = a.slice(0, 2) + b;
  return `${a}-${b}`;
}

/**
 * The month, and the day if said, written right before a year ("July 1, 2020", "Sept. 27, 2017", "1 de julio de
 * 2020", "julio de 2020", "13 June 2018"), as "MM" or "MM-DD"; null when none is. `months` is the pack's list, the
 * twelve whole names first in the calendar's order: a short name is the month of the first whole name it begins.
 */
const DATE_BEFORE = /(?:(?<!\d)(\d{1,2})\s+(?:[a-z]{1,3}\s+)?)?(?<![a-z])([a-z]+)\.?(?:\s+(\d{1,2})(?:st|nd|rd|th)?)?,?\s+$/;
const JOINED_DATE_BEFORE = /(?:(?<!\d)(\d{1,2})\s+(?:[a-z]{1,3}\s+)?)?(?<![a-z])([a-z]+)\.?(?:\s+(\d{1,2})(?:st|nd|rd|th)?)?,?\s+[a-z]{1,3}\s+$/;

export function dateBeforeYear(folded: string, q: Quantity, months: readonly string[]): string | null {
  const names = months.slice(0, 12);
  const m = dateMatch(folded, q, months);
  if (!m || (m[1] && m[3])) return null;
  const month = names.findIndex((name) => name.startsWith(m[2]!)) + 1;
  if (!month) return null;
  const day = Number(m[1] ?? m[3] ?? 0);
  if (day > 31) return null;
  const mm = String(month).padStart(2, '0');
  return day ? `${mm}-${String(day).padStart(2, '0')}` : mm;
}

/** The date said right before a year, as matched in the 40 characters before it (`index` counts from there). */
function dateMatch(folded: string, q: Quantity, months: readonly string[]): RegExpExecArray | undefined {
  const before = folded.slice(Math.max(0, q.start - 40), q.start);
  // One short word may join the month to its year ("de", "of"), unless it is the month ("in May 2025"); a day stands before or after the month.
  return [DATE_BEFORE, JOINED_DATE_BEFORE].map((re) => re.exec(before)).find((d): d is RegExpExecArray => !!d && months.includes(d[2]!));
}

/** Where the date a year closes begins ("June" of "in June 2025", "1" of "1 de julio de 2020"); null when it closes none. */
export function dateStartBeforeYear(folded: string, q: Quantity, months: readonly string[]): number | null {
  const m = dateBeforeYear(folded, q, months) ? dateMatch(folded, q, months) : undefined;
  return m ? Math.max(0, q.start - 40) + m.index : null;
}

/** A day said right after its month ("July 1", "June 11th", "Sept. 27"). */
const DAY_AFTER = /^\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?![\d.,]*\d)/;
/** A day said right before its month, one short word at most between ("9 June", "12 de marzo"). */
const DAY_BEFORE = /(?<![\d.,])(\d{1,2})(?:st|nd|rd|th)?\s+(?:[a-z]{1,3}\s+)?$/;
/** A year right after a date, one short word or a comma at most between ("July 1, 2020", "1 de julio de 2020"). */
const YEAR_AFTER_DATE = /^,?\s+(?:[a-z]{1,3}\s+)?(?:19|20)\d\d(?!\d)/;

/**
 * The dates a text tells by their month, and day if said, with no year ("on July 1", "June 11th", "el 12 de marzo", "9 June",
 * "in July", "en julio"), each as "MM-DD" or "MM" with where it is said, in the text's order. A month said alone counts only
 * after a word of `lead` ("in", "en": "may" of "may throw out" is no month); a date with its year is none. `months` is the
 * pack's list, the twelve whole names first, as dateBeforeYear reads it.
 */
export function datesWithoutYear(folded: string, months: readonly string[], lead: readonly string[]): { date: string; at: number; end: number }[] {
  const names = months.slice(0, 12);
  const out: { date: string; at: number; end: number }[] = [];
  for (const hit of findAll(folded, months)) {
    const after = DAY_AFTER.exec(folded.slice(hit.end));
    const before = after ? null : DAY_BEFORE.exec(folded.slice(0, hit.at));
    const day = Number(after?.[1] ?? before?.[1] ?? 0);
    const month = names.findIndex((name) => name.startsWith(hit.word)) + 1;
    const led = lead.includes(/([a-z]+)\s+$/.exec(folded.slice(0, hit.at))?.[1] ?? '');
    if ((!day && !led) || day > 31 || !month) continue;
    const [at, end] = after ? [hit.at, hit.end + after[0].length] : before ? [hit.at - before[0].length, hit.end] : [hit.at, hit.end];
    if (YEAR_AFTER_DATE.test(folded.slice(end))) continue;
    const mm = String(month).padStart(2, '0');
    out.push({ date: day ? `${mm}-${String(day).padStart(2, '0')}` : mm, at, end });
  }
  return out;
}
