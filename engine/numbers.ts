/**
 * Reads the quantities a claim states, in English and Spanish: "$1.4 billion", "1.4B",
 * "1,700 millones de dólares", "mil 700 millones", "70 percent", "70 por ciento",
 * "two in three", "dos de cada tres", "11 million", "3,000 km". Each quantity comes with
 * its unit, its rate ("a day", "al año") and any hedge ("more than", "casi").
 */
import { placesAheadOnly } from './ahead-only';
import { foldAccents } from './normalize';
import { connectives, stretchOf } from './number-stretch';
import { LANGS, TEXT_PACKS, type NumberWords } from './knowledge/lang';
import type { Lang, Unit } from './schema';

export type Qualifier = 'about' | 'almost' | 'over' | 'under' | 'exact';

/** A quantity's unit: a record's unit, or money in another currency than the dollar, which no record is kept in. */
/** 'points': percentage points, a difference of two shares ("rose 2.3 percentage points"), which no record's share or change is. */
export type QuantityUnit = Unit | 'other-money' | 'points';

export interface Quantity {
  value: number;
  unit: QuantityUnit | null;
  per: 'day' | 'year' | null;
  qualifier: Qualifier;
  /** A quantity said in words ("most", "a tiny fraction"): judged with a wider margin. */
  vague?: boolean;
  /** The low end of a span whose scale or unit is said once, with its high end ("60 to 65 billion", "entre el 60 y el 75 %"). */
  spanLow?: boolean;
  /** Offsets in the text given to readQuantities. */
  start: number;
  end: number;
  raw: string;
}

/** Each language's number words, scales, ordinals and phrases, from its pack (engine/knowledge/lang). */
const PACKS = LANGS.map((lang) => TEXT_PACKS[lang].numbers);
const merged = <T>(pick: (p: NumberWords) => Record<string, T>): Record<string, T> => Object.assign({}, ...PACKS.map(pick));
/** One pattern that matches what any language's version of it matches. */
const anyOf = (sources: string[], flags = '') => new RegExp(sources.map((s) => `(?:${s})`).join('|'), flags);
const byLength = (words: string[]) => [...words].sort((a, b) => b.length - a.length);

const WORD_NUMBERS = merged((p) => p.numberWords);
const SCALE = merged((p) => p.scales);
const DOLLAR_SCALES = new Set(PACKS.flatMap((p) => p.dollarScales));
const OTHER_MONEY_SCALES = new Set(PACKS.flatMap((p) => p.otherMoneyScales));
const ORDINALS = merged((p) => p.ordinals);
/** The suffix of an ordinal in digits ("12th", "12vo", "12a", "12.ª"), right after its digits: one past ten is not read as a word (engine/ordinal-digits.ts). */
const ORDINAL_SUFFIX = new RegExp(`^(?:${PACKS.flatMap((p) => p.ordinalsInDigits.forms.map((f) => f.suffix)).join('|')})(?![a-z])`);
const DECIMAL_COMMA = new Set(LANGS.filter((lang) => TEXT_PACKS[lang].numbers.decimalComma));

/** Shares said as fractions ("two in three", "la mitad"); `inTen` and `inFive` take their count from the text, each one a tenth or a fifth. */
const FRACTION_VALUES: [keyof NumberWords['fractions'], number][] = [
  ['twoThirds', 200 / 3],
  ['oneThird', 100 / 3],
  ['half', 50],
  ['threeQuarters', 75],
  ['oneQuarter', 25],
  ['inTen', -10],
  ['inFive', -20],
];
const FRACTIONS: [RegExp, number][] = FRACTION_VALUES.map(([key, value]) => [anyOf(PACKS.map((p) => p.fractions[key])), value]);

/**
 * Shares said in words: "most guns" is over half, "a tiny fraction" is a small share.
 * "The most dangerous" is a superlative, not a share, so "most" needs "of" or a noun after it.
 */
const VAGUE: [RegExp, number, Qualifier][] = [
  // "The vast majority", "la gran mayoría": most by far, over 70%; read before "most", which its words would match too.
  [anyOf(PACKS.map((p) => p.vague.mostByFar)), 70, 'over'],
  [anyOf(PACKS.map((p) => p.vague.most)), 50, 'over'],
  [anyOf(PACKS.map((p) => p.vague.few)), 10, 'under'],
];

/**
 * Positions in an ordering ("third-largest trading partner", "principal socio", "número uno"):
 * every language's patterns in one alternation, each wrapped in its own group so a match
 * says which one it was; a pattern's group `n` holds the position, and none means first.
 */
const numbered = (parts: string[]) => new RegExp(parts.map((s, i) => `(?<a${i}>${s.replace('(?<n>', `(?<n${i}>`)})`).join('|'), 'g');
/** The number a match of `numbered(parts)` holds in its pattern's group `n`: undefined when that pattern has none, NaN when unread. */
function numberIn(m: RegExpExecArray, parts: readonly string[]): number | undefined {
  const g = m.groups ?? {};
  const word = g[`n${parts.findIndex((_, i) => g[`a${i}`] !== undefined)}`];
  // An ordinal in digits ends in its language's suffix ("6th", "12vo"): its digits are the position.
  return word === undefined ? undefined : (ORDINALS[word] ?? WORD_NUMBERS[word] ?? Number(/^\d+/.exec(word)?.[0] ?? Number.NaN));
}
// A first place said as none ahead of it is read as one (engine/not-denials.ts blanks its negation).
const RANK_PARTS = PACKS.flatMap((p) => [...p.rank, ...p.firstByNone]);
const RANK = numbered(RANK_PARTS);
/** "One of the largest", "among the top three" name no one position, but a place among the first few, or the first n. */
const ONE_OF = anyOf(PACKS.map((p) => p.oneOf));
const LAST_AMONG = anyOf(PACKS.map((p) => p.lastAmong));
const TOP_COUNT_PARTS = PACKS.flatMap((p) => p.topCount);
const TOP_COUNT = numbered(TOP_COUNT_PARTS);
const TOP_FEW = anyOf(
  PACKS.flatMap((p) => p.topFew),
  'g',
);
/** Where the words that make a position a place among the first ones ("one of", "among", "una de las") start, when they end at `at`. */
export function amongFirstFrom(folded: string, at: number): number | null {
  const from = Math.max(0, at - 20);
  const m = ONE_OF.exec(folded.slice(from, at));
  return m ? from + m.index : null;
}
/** The first few places, said with no count ("one of the largest"): at most this many, and more leaves it in doubt. */
export const FEW_PLACES = 3;

/** A count said in one word, as digits, a number word or an ordinal ("10", "ten", "third", "tercer"); null when it is none. */
export function countWord(word: string): number | null {
  if (/^\d{1,3}$/.test(word)) return Number(word);
  return ORDINALS[word] ?? WORD_NUMBERS[word] ?? null;
}

/** The number words of the text's language that no quantity took, each with its value and where it stands. */
function numberWordsLeft(text: string, lang: Lang, quantities: readonly Quantity[]): { value: number; at: number; end: number }[] {
  const out: { value: number; at: number; end: number }[] = [];
  for (const m of text.toLowerCase().matchAll(/\p{L}+/gu)) {
    const value = TEXT_PACKS[lang].numbers.numberWords[foldAccents(m[0])];
    const end = m.index + m[0].length;
    if (value !== undefined && !quantities.some((q) => m.index < q.end && q.start < end)) out.push({ value, at: m.index, end });
  }
  return out;
}

/** Counts said in words that no quantity took ("two cartels", "siete cárteles"), in the text's own language; one ("a", "un") is no count. */
export function countsInWords(text: string, lang: Lang, quantities: readonly Quantity[]): [count: number, end: number][] {
  return numberWordsLeft(text, lang, quantities)
    .filter((w) => w.value >= 2)
    .map((w) => [w.value, w.end]);
}

const INTERVALS = Object.fromEntries(LANGS.map((lang) => [lang, new RegExp(TEXT_PACKS[lang].numbers.interval)])) as Record<Lang, RegExp>;
/**
 * Times between two events said in words that no quantity took ("three years after it was signed", "dos años y medio después
 * de firmarse"), in the text's own language: where each one's number word starts. Said in digits, such a time is a quantity.
 */
export function intervalsInWords(text: string, lang: Lang, quantities: readonly Quantity[]): number[] {
  const folded = foldAccents(text.toLowerCase());
  return numberWordsLeft(text, lang, quantities)
    .filter((w) => INTERVALS[lang].test(folded.slice(w.end)))
    .map((w) => w.at);
}

/** Parses a numeral as written in the given language; null when it is not one. */
export function parseNumeral(raw: string, lang: Lang): number | null {
  const s = raw.replace(/\s/g, '');
  if (WORD_NUMBERS[s] !== undefined) return WORD_NUMBERS[s];
  // A number word of two words ("half a").
  const spaced = raw.trim().replace(/\s+/g, ' ');
  if (WORD_NUMBERS[spaced] !== undefined) return WORD_NUMBERS[spaced];
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ''));
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s) && DECIMAL_COMMA.has(lang)) return Number(s.replace(/\./g, '').replace(',', '.'));
  if (/^\d+,\d{1,2}$/.test(s) && DECIMAL_COMMA.has(lang)) return Number(s.replace(',', '.'));
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  if (/^\d{1,3}(\.\d{3})+$/.test(s)) return Number(s.replace(/\./g, ''));
  return null;
}

/** Spanish "mil 700 millones": a thousands word splitting a number, in the languages that have one. */
const SPLIT = PACKS.flatMap((p) => (p.splitThousands ? [p.splitThousands] : []));
/** The thousands words ("mil"), as one alternation. */
const THOUSAND_WORD = SPLIT.map((s) => s.thousand).join('|');
const THOUSAND = SPLIT.length ? `(?<mil>(?:${THOUSAND_WORD})\\s+)?` : '';
const SPLIT_MILLIONS = new Set(SPLIT.flatMap((s) => s.millions));
const SPLIT_NUMBER = SPLIT.length ? new RegExp(`\\b(\\d{1,3})\\s+(?:${THOUSAND_WORD})\\s+(\\d{1,3}(?:\\.\\d+)?)\\s+(${[...SPLIT_MILLIONS].join('|')})\\b`, 'g') : null;
/** The end of a split number no decimals or larger scale word follow (those are SPLIT_NUMBER's). */
const SPLIT_END = `\\b(?![.,]\\d)(?!\\s+(?:${[...SPLIT_MILLIONS].join('|')}|${THOUSAND_WORD})\\b)`;
/** "10 millones 900 mil personas", "2 millones 46 mil 300": millions and thousands each said with their word. */
const MILLION_WORDS = [...SPLIT_MILLIONS].filter((w) => !DOLLAR_SCALES.has(w) && !OTHER_MONEY_SCALES.has(w));
/** The millions of a split number said in a word ("un millón 295 mil", "dos millones 300 mil"): one to nine. */
const MILLIONS_IN_WORDS = byLength(Object.keys(WORD_NUMBERS).filter((w) => /^[a-z]+$/.test(w) && WORD_NUMBERS[w]! >= 1 && WORD_NUMBERS[w]! <= 9));
const SPLIT_MILLIONS_THOUSANDS = SPLIT.length
  ? new RegExp(`\\b(\\d{1,3}|${MILLIONS_IN_WORDS.join('|')})\\s+(?:${MILLION_WORDS.join('|')})\\s+(\\d{1,3})\\s+(?:${THOUSAND_WORD})(?:\\s+(\\d{1,3}))?${SPLIT_END}`, 'g')
  : null;
/**
 * "3 mil 152 kilómetros", "12 mil 500 personas": thousands and units split by the thousands word, no millions after. The
 * press writes the units unpadded ("172 mil 26" is 172,026).
 */
const SPLIT_THOUSANDS = SPLIT.length ? new RegExp(`\\b(\\d{1,3})\\s+(?:${THOUSAND_WORD})\\s+(\\d{1,3})${SPLIT_END}`, 'g') : null;

/**
 * Thousands grouped by a thin or no-break space ("64\u202f745 millones", "350\u00a0000 acre-feet"), the French and SI style of
 * much Spanish-language press: one number, its groups of three (parseNumeral drops the spaces). A plain space is left out: it
 * also stands between two numbers said one after the other.
 */
const SPACE_GROUPED = String.raw`(?<![\d.,])\d{1,3}(?:[\u00a0\u2009\u202f]\d{3})+(?:[.,]\d+)?(?!\d)`;
// A number word starts a word: the "a" that ends "entregaría" before "mil" is no "a thousand".
const NUM = String.raw`(?:${SPACE_GROUPED}|\d[\d.,]*\d|\d|(?<![a-z])(?:${byLength(PACKS.flatMap((p) => Object.keys(p.numberWords).filter((w) => !p.notCounts.includes(w)))).join('|')})\b)`;
/** Scale words, longest first; a lone letter ("5b", "$3m") only when no letter follows. */
// A word that begins a longer scale word ("mil" / "millones") must end where it ends.
const SCALE_WORDS = Object.keys(SCALE);
const SCALE_RE = `(?:${byLength(SCALE_WORDS)
  .map((w) => (w.length === 1 || SCALE_WORDS.some((o) => o !== w && o.startsWith(w)) ? `${w.replace(/ /g, '\\s+')}(?![a-z])` : w.replace(/ /g, '\\s+')))
  .join('|')})`;
const currencyOf = (scale: string): QuantityUnit | null => (OTHER_MONEY_SCALES.has(scale) ? 'other-money' : DOLLAR_SCALES.has(scale) ? 'usd' : null);
/** The split forms of the press, in the order they are read, each with its value and unit. */
const SPLIT_READINGS: [RegExp | null, (m: RegExpMatchArray) => [number, QuantityUnit | null]][] = [
  [SPLIT_NUMBER, (m) => [(Number(m[1]) * 1000 + Number(m[2])) * 1e6, currencyOf(m[3] ?? '')]],
  [SPLIT_MILLIONS_THOUSANDS, (m) => [(WORD_NUMBERS[m[1]!] ?? Number(m[1])) * 1e6 + Number(m[2]) * 1e3 + Number(m[3] ?? 0), null]],
  [SPLIT_THOUSANDS, (m) => [Number(m[1]) * 1000 + Number(m[2]), null]],
];

const QUANTITY = new RegExp(
  String.raw`(?<cur>(?<![a-z\u00C0-\u024F])us\s?\$|\$|(?<![a-z\u00C0-\u024F])usd\s?)?\s?${THOUSAND}(?<num>${NUM})(?<scale>\s*${SCALE_RE})?(?<pct>\s*(?:%|${PACKS.flatMap((p) => [p.points, p.percent]).join('|')}))?`,
  'gi',
);
const POINTS = anyOf(
  PACKS.map((p) => p.points),
  'i',
);

const PER_DAY = anyOf(PACKS.map((p) => p.perDay));
const AND_HALF = anyOf(PACKS.map((p) => p.andHalf));
const PER_YEAR = anyOf(PACKS.map((p) => p.perYear));
/** Rates per minute and per hour, as the factor that makes them a day's total. */
const PER_SHORTER: [RegExp, number][] = [
  [anyOf(PACKS.map((p) => p.perMinute)), 24 * 60],
  [anyOf(PACKS.map((p) => p.perHour)), 24],
];

/** A currency sign or code right before a number (or before its "$") that is not the U.S. dollar's. */
const OTHER_MONEY_BEFORE = /(?:[€£¥]\s?|\b(?:MXN|EUR|GBP|CAD)\s?|\b(?:MX|Mex|C|CA|A|AU)\$)$/i;

/** Cubic meters in an acre-foot: a volume said in cubic meters is read in acre-feet, the unit of the water treaty's records. */
const M3_PER_ACRE_FT = 1233.48;
/** Each unit word's unit and the factor that turns its number into that unit. */
const UNIT_ORDER: [keyof NumberWords['units'], QuantityUnit, number][] = [
  // Before the dollar: "dólares canadienses" are not U.S. dollars.
  ['otherMoney', 'other-money', 1],
  ['usd', 'usd', 1],
  ['km', 'km', 1],
  ['mi', 'mi', 1],
  ['years', 'years', 1],
  ['people', 'people', 1],
  ['count', 'count', 1],
  ['acre-ft', 'acre-ft', 1],
  ['m3', 'acre-ft', 1 / M3_PER_ACRE_FT],
  ['hm3', 'acre-ft', 1e6 / M3_PER_ACRE_FT],
];
const UNIT_AFTER: [RegExp, QuantityUnit, number][] = UNIT_ORDER.map(([word, unit, factor]) => [anyOf(PACKS.map((p) => p.units[word])), unit, factor]);
/**
 * The things and people a count is said of, right after it: a number said in words before one is that many of them. People
 * only as the very next word: "seis cárteles mexicanos" counts cartels, not Mexicans, though "2 million undocumented Mexicans"
 * may name them a word later.
 */
const COUNTED_THINGS = anyOf(PACKS.map((p) => p.units.count));
const COUNTED_PEOPLE = anyOf(PACKS.map((p) => p.units.people));
const countedAfter = (after: string) => COUNTED_THINGS.test(after) || COUNTED_PEOPLE.test(/^\s*\p{L}+/u.exec(after)?.[0] ?? '');

/** Hedges before a number, strongest claim first: "more than", "casi", "alrededor de". */
const QUALIFIER_ORDER: (keyof NumberWords['qualifiers'] & Qualifier)[] = ['over', 'under', 'almost', 'about'];
const QUALIFIERS: [RegExp, Qualifier][] = QUALIFIER_ORDER.map((q) => [anyOf(PACKS.map((p) => p.qualifiers[q])), q]);

/** Comparatives before a number ("higher than 25%", "inferior al 35%"), as hedges: see boundsSaid. */
const COMPARATIVES: [RegExp, Qualifier][] = (['over', 'under'] as const).map((q) => [anyOf(PACKS.map((p) => p.comparatives[q])), q]);

/**
 * "The poverty rate was lower than 35%", "fue inferior al 35%": a comparative before the first number of a sentence bounds
 * the value the sentence speaks of, as "less than" does. After another number ("grew 1.5%, lower than 3.3% in 2023") it
 * sets that number against this one, which is a figure of its own, said exactly.
 */
function boundsSaid(folded: string, out: readonly Quantity[]): Quantity[] {
  return out.map((q, i) => {
    if (i > 0 || q.qualifier !== 'exact' || q.unit === 'rank') return q;
    const before = folded.slice(Math.max(0, q.start - 30), q.start);
    const hedge = COMPARATIVES.find(([re]) => re.test(before));
    return hedge ? { ...q, qualifier: hedge[1] } : q;
  });
}

/** Hedges that only round a number ("nearly", "about", "casi", "unos"); "over" or "below" may say a level crossed. */
export const ROUNDING: readonly Qualifier[] = ['almost', 'about'];

/** Whether a stretch of folded text is nothing but a hedge of these kinds said before a number ("nearly", "more than", "casi"). */
export function onlyHedge(folded: string, kinds: readonly Qualifier[] = QUALIFIER_ORDER): boolean {
  return QUALIFIERS.some(([re, q]) => {
    const m = kinds.includes(q) ? re.exec(folded) : null;
    return !!m && !folded.slice(0, m.index).trim();
  });
}

/** How many significant digits a number is said with: 62,319,000,000 has five, 1.5 million two. */
export function significantDigits(v: number): number {
  const digits = Math.abs(v).toPrecision(15).replace(/e.*$/, '').replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return Math.max(1, digits.length);
}

/** Reads every quantity in a sentence. Years (1900–2099 standing alone) are not quantities. */
export function readQuantities(text: string, lang: Lang): Quantity[] {
  const folded = foldAccents(text);
  if (folded.length !== text.length) return readQuantitiesFolded(text, text.toLowerCase(), lang);
  return readQuantitiesFolded(text, folded, lang);
}

/**
 * "sixty-four", "sesenta y cuatro": a tens word joined to a units word, in each language's way.
 * Read as digits padded to the same length, so every offset stays the original text's.
 */
const COMPOUND = (() => {
  const words = Object.entries(WORD_NUMBERS).filter(([w]) => w.length > 2 || w === 'un');
  const tens = words.filter(([, v]) => v >= 20 && v < 100 && v % 10 === 0).map(([w]) => w);
  const units = words.filter(([, v]) => v >= 1 && v <= 9).map(([w]) => w);
  const joins = PACKS.map((p) => p.compoundJoin);
  return new RegExp(`\\b(${byLength(tens).join('|')})(?:${joins.join('|')})(${byLength(units).join('|')})\\b`, 'g');
})();

function compoundsAsDigits(folded: string): string {
  return folded.replace(COMPOUND, (m, t: string, u: string) => {
    const digits = String(WORD_NUMBERS[t]! + WORD_NUMBERS[u]!);
    return digits + ' '.repeat(m.length - digits.length);
  });
}

/**
 * "12. 8 million": a decimal point a space was typed after, its decimals right before a scale word. Read as "12.8" with the
 * space moved after it, so every offset stays the original text's; a sentence's end has no scale word right after its next digit.
 */
const SPACED_DECIMAL = new RegExp(`(?<!\\d[.,])(\\b\\d{1,3})\\.\\s(\\d{1,2})(?=\\s*${SCALE_RE}(?![a-z]))`, 'g');
const spacedDecimals = (folded: string) => folded.replace(SPACED_DECIMAL, (_, whole: string, part: string) => `${whole}.${part} `);

function readQuantitiesFolded(original: string, foldedText: string, lang: Lang): Quantity[] {
  const folded = spacedDecimals(compoundsAsDigits(foldedText));
  const out: Quantity[] = [];
  for (const [re, value] of FRACTIONS) {
    const m = re.exec(folded);
    if (!m) continue;
    let v = value;
    if (v < 0) {
      const n = parseNumeral(m.slice(1).find((group) => group !== undefined) ?? '', lang);
      if (n === null) continue;
      v = n * -value;
    }
    // A fraction is a round share: "one in four" is about 25%, not 25% to the point ("one in four" of a 29% record is no error).
    const qualifier = qualifierBefore(folded, m.index);
    out.push({
      value: v,
      unit: 'percent',
      per: null,
      qualifier: qualifier === 'exact' ? 'about' : qualifier,
      start: m.index,
      end: m.index + m[0].length,
      raw: original.slice(m.index, m.index + m[0].length),
    });
  }
  for (const [re, value, qualifier] of VAGUE) {
    const m = re.exec(folded);
    if (!m || out.some((q) => m.index < q.end && q.start < m.index + m[0].length)) continue;
    out.push({ value, unit: 'percent', per: null, qualifier, vague: true, start: m.index, end: m.index + m[0].length, raw: original.slice(m.index, m.index + m[0].length) });
  }
  const amongFirst = (at: number) => amongFirstFrom(folded, at) !== null;
  const free = (start: number, end: number) => !out.some((q) => start < q.end && q.start < end);
  // "Among the top three", "una de las 15 economías más grandes": at most that place; "one of the largest": among the first few.
  // "Last among the top three", "el último lugar entre los tres principales": the third, no place up to it.
  const last = (at: number) => LAST_AMONG.test(folded.slice(Math.max(0, at - 30), amongFirstFrom(folded, at) ?? at));
  const top = (m: RegExpExecArray, count: number | undefined) =>
    out.push({
      value: count ?? FEW_PLACES,
      unit: 'rank',
      per: null,
      qualifier: count !== undefined && last(m.index) ? 'exact' : 'under',
      ...(count === undefined ? { vague: true } : {}),
      start: m.index,
      end: m.index + m[0].length,
      raw: original.slice(m.index, m.index + m[0].length),
    });
  for (const [re, count] of [
    [TOP_COUNT, (m: RegExpExecArray) => numberIn(m, TOP_COUNT_PARTS)],
    [TOP_FEW, () => undefined],
  ] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(folded); m; m = re.exec(folded)) {
      const n = count(m);
      if (amongFirst(m.index) && free(m.index, m.index + m[0].length) && (n === undefined || Number.isFinite(n))) top(m, n);
    }
  }
  RANK.lastIndex = 0;
  for (let m = RANK.exec(folded); m; m = RANK.exec(folded)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    const value = numberIn(m, RANK_PARTS) ?? 1;
    if (!Number.isFinite(value)) continue;
    // "One of the largest" is among the first few; "one of the second-largest" is nothing.
    if (amongFirst(m.index)) {
      // "Among the top 10%": a count after it that is no number of places ("10%") leaves it none.
      if (value === 1 && !/^[\s-]*\d/.test(folded.slice(m.index + m[0].length))) top(m, undefined);
      continue;
    }
    out.push({ value, unit: 'rank', per: null, qualifier: rankQualifier(folded, m.index), start: m.index, end: m.index + m[0].length, raw: original.slice(m.index, m.index + m[0].length) });
  }
  // "Trails only Canada", "solo detrás de Canadá y China": the place after those named. Beside a place said outright that it
  // does not match ("the top partner only after China…"), the words are of time, no place.
  const outright = out.filter((q) => q.unit === 'rank').map((q) => q.value);
  for (const p of placesAheadOnly(original, folded)) {
    if (free(p.start, p.end) && outright.every((v) => v === p.value))
      out.push({ value: p.value, unit: 'rank', per: null, qualifier: 'exact', start: p.start, end: p.end, raw: original.slice(p.start, p.end) });
  }
  // "Segundo lugar entre los mayores destinos", "third among the largest partners": the first ones right after a position are its field, no claim.
  const ofPosition = (q: Quantity) =>
    q.unit === 'rank' &&
    q.qualifier === 'under' &&
    out.some((p) => p.unit === 'rank' && p.qualifier === 'exact' && p.end <= q.start && /^[\s,]*$/.test(folded.slice(p.end, amongFirstFrom(folded, q.start) ?? q.start)));
  const fields = out.filter(ofPosition);
  if (fields.length) out.splice(0, out.length, ...out.filter((q) => !fields.includes(q)));
  // Mexican press style, each number once (the first reading of a stretch wins): "64 mil 745 millones" = 64,745 millions,
  // "5 mil 222.9 millones" = 5,222.9 millions ("64 mil 745 mdd": the press's scale names its currency, as after a plain number);
  // "10 millones 900 mil" = 10.9 million; "3 mil 152" = 3,152.
  for (const [re, read] of SPLIT_READINGS) {
    for (const m of re ? folded.matchAll(re) : []) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (out.some((q) => start < q.end && q.start < end)) continue;
      const [value, unit] = read(m);
      out.push(describe(original, folded, start, end, value, unit));
    }
  }
  QUANTITY.lastIndex = 0;
  for (let m = QUANTITY.exec(folded); m; m = QUANTITY.exec(folded)) {
    if (m[0].length === 0) {
      QUANTITY.lastIndex++;
      continue;
    }
    const g = m.groups ?? {};
    const numText = (g.num ?? '').replace(/[.,]$/, '');
    const isWord = /^[a-z]+$/.test(numText);
    const scaleWord = (g.scale ?? '').trim().replace(/\s+/g, ' ');
    const pct = Boolean(g.pct);
    const cur = Boolean(g.cur);
    // Word numbers and lone letters only count with a scale, currency or percent sign beside them, or, from two up, right
    // before a counted thing ("nine consulates", "nueve consulados"): "one" and "a" are articles more often than counts.
    if (isWord && !scaleWord && !pct && !((WORD_NUMBERS[numText] ?? 0) >= 2 && countedAfter(folded.slice(m.index + m[0].length)))) continue;
    if (/^[kmb]$/.test(scaleWord) && !cur && !/\d$/.test(numText)) continue;
    // Digits glued to a letter before them are part of a word, a unit's or a name's ("1,850 millones de m3", "hm3", "G20"), no number.
    if (!isWord && !cur && /[a-z\u00C0-\u024F]$/.test(folded.slice(0, m.index + m[0].indexOf(g.num ?? '')))) continue;
    const start = m.index + (m[0].length - m[0].trimStart().length);
    if (out.some((q) => start < q.end && q.start < m!.index + m![0].length)) continue;
    let value = parseNumeral(numText, lang);
    if (value === null) continue;
    if (!isWord && !scaleWord && !pct && !cur && /^(1[89]|20)\d\d$/.test(numText)) continue;
    // "its 3rd opener", "la 3a inauguración": an ordinal no position reader took is an order, not an amount or a count.
    if (!isWord && !scaleWord && !pct && !cur && /^\d{1,3}$/.test(numText) && ORDINAL_SUFFIX.test(folded.slice(m.index + m[0].length))) continue;
    // "en el '24", "in ’25": a year said by its last two digits, not an amount.
    if (!scaleWord && !pct && !cur && /^\d\d$/.test(numText) && /['\u2018\u2019]$/.test(original.slice(Math.max(0, start - 1), start))) continue;
    // "FY24", "FY 24": a fiscal year by its label, not an amount.
    if (!scaleWord && !pct && !cur && /^\d\d$/.test(numText) && /\bFY\s?['\u2018\u2019]?$/.test(original.slice(Math.max(0, start - 4), start))) continue;
    // "2023/24", "2015-16": the second part of a school or fiscal year, not an amount.
    if (!scaleWord && !pct && !cur && /^\d\d$/.test(numText) && /(?:^|[^\d])(?:19|20)\d\d[/-]$/.test(folded.slice(Math.max(0, start - 5), start))) continue;
    let end = m.index + m[0].length;
    if (g.mil && SPLIT_MILLIONS.has(scaleWord)) value = (1000 + value) * 1e6;
    else if (scaleWord) {
      value *= SCALE[scaleWord] ?? 1;
      // "a million and a half", "dos millones y medio": half the scale more, said after it.
      const half = pct ? null : AND_HALF.exec(folded.slice(end));
      if (half) {
        value += (SCALE[scaleWord] ?? 1) / 2;
        end += half[0].length;
        // The half was read on its own as a share ("half": 50%): it is this number's.
        const inside = out.findIndex((q) => q.start >= m!.index + m![0].length && q.end <= end);
        if (inside >= 0) out.splice(inside, 1);
      }
    }
    // "mil 954 millas": a thousand and 954, as the press writes 1,954.
    else if (g.mil) value += 1e3;
    // "MX$1,000", "€57 billion", "C$", "64,745 mdp": money in another currency, never a dollar record's; "64,745 mdd" is in dollars.
    const foreign = !pct && (OTHER_MONEY_BEFORE.test(original.slice(Math.max(0, start - 5), start) + (cur ? '$' : '')) || OTHER_MONEY_SCALES.has(scaleWord));
    out.push(describe(original, folded, start, end, value, pct ? (POINTS.test(g.pct!) ? 'points' : 'percent') : foreign ? 'other-money' : cur || DOLLAR_SCALES.has(scaleWord) ? 'usd' : null));
  }
  return dayRated(
    folded,
    boundsSaid(
      folded,
      pointsOfShare(
        original,
        folded,
        unitCarried(
          folded,
          scaleShared(
            folded,
            out.sort((a, b) => a.start - b.start),
            lang,
          ),
          lang,
        ),
      ),
    ),
  );
}

const UNIT_LEFT_AFTER = anyOf(PACKS.map((p) => p.unitLeftAfter));
/**
 * Between two amounts of one list: the first one's unit words and time ("dollars in 2024"), the pack's word that joins them,
 * the second one's time and a short word before it ("y de", "and to").
 */
const LISTED_AFTER = new RegExp(`^(?:\\s+(?:\\p{L}+\\s+){0,4}(?:19|20)\\d\\d)?\\s*,?\\s+(?:${connectives('and')})\\s+(?:(?:\\p{L}+\\s+){0,2}(?:19|20)\\d\\d\\s*,?\\s+)?(?:\\p{L}{1,3}\\s+)?$`, 'u');

/**
 * "64,745 millones de dólares en 2024 y 61,791 millones en 2025", "$64.7 billion in 2024, up from 58.9 billion": an amount said
 * with its scale and no unit, joined to one said in dollars right before it, is in dollars too; unless a noun of its own follows
 * it ("y 155.7 millones de envíos"): the pack's `unitLeftAfter` says what may.
 */
function unitCarried(folded: string, quantities: Quantity[], lang: Lang): Quantity[] {
  return quantities.map((q, i) => {
    const p = quantities[i - 1];
    if (p?.unit !== 'usd' || q.unit !== null || q.vague || q.per !== p.per || q.value < 1e6) return q;
    if (digitsAndScale(q.raw, lang).scale === '' || !LISTED_AFTER.test(folded.slice(p.end, q.start)) || !UNIT_LEFT_AFTER.test(folded.slice(q.end))) return q;
    return { ...q, unit: p.unit };
  });
}

const POINTS_ALONE = anyOf(PACKS.map((p) => p.pointsAlone.after));
const SHARE_SAID = anyOf(PACKS.map((p) => p.pointsAlone.share));

/**
 * "The poverty rate fell 12.3 points", "la tasa de pobreza bajó 12.3 puntos": points said alone after a number, in a sentence
 * that names a share or a rate, are percentage points, as "percentage points" are. An index's or a game's points are not.
 */
function pointsOfShare(original: string, folded: string, quantities: Quantity[]): Quantity[] {
  if (!SHARE_SAID.test(folded)) return quantities;
  return quantities.map((q, i) => {
    const m = q.unit === null && !q.vague && q.per === null ? POINTS_ALONE.exec(folded.slice(q.end)) : null;
    const next = quantities[i + 1];
    if (!m || (next && next.start < q.end + m[0].length)) return q;
    const end = q.end + m[0].length;
    return { ...q, unit: 'points', end, raw: original.slice(q.start, end).trim() };
  });
}

/**
 * A number and the word or dash of a span that joins it to the next ("46.8 to", "46.8 a", "75-"), an article at most after the
 * word ("entre el 60 y el 75 %", "del 42 al 44 %") and a currency sign before the next, nothing else between.
 */
const SPAN_JOIN = new RegExp(`^(?:\\s+(?:${connectives('spanTo')})(?:\\s+(?:${connectives('spanArticle')}))?\\s+|\\s*[-\u2013]\\s*)(?:us\\s?)?\\$?$`);
/** A number said in digits alone, a dollar sign at most before it: no scale, no unit of its own. */
const BARE = /^(?:us\s?)?\$?\d[\d.,]*$/i;
/** A number said in digits and a currency sign before them, nothing after: "$60", "US$60". */
const SIGNED = /^(?:us\s?)?\$\d[\d.,]*$/i;
const DIGITS = /\d[\d.,]*/;

/** A number's digits as said, and the scale words after them ("66 mil millones": 66, "mil millones"). */
function digitsAndScale(raw: string, lang: Lang): { said: number | null; scale: string } {
  const m = DIGITS.exec(raw);
  if (!m) return { said: null, scale: '' };
  const scale = raw
    .slice(m.index + m[0].length)
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');
  return { said: parseNumeral(m[0].replace(/[.,]$/, ''), lang), scale };
}

/**
 * "From 46.8 to 38.5 million", "de 46.8 a 38.5 millones", "from $3 to $4 billion", "75-80%", "entre el 60 y el 75 por ciento":
 * a bare number joined to the next by a word or dash of span shares the scale and unit said once, after the two. The currency
 * may be said once before the low end instead ("$60-65 billion", "US$60 a 65 mil millones"), and the low end may say only the
 * first word of the high end's scale ("entre 63 mil y 66 mil millones").
 */
function scaleShared(folded: string, out: readonly Quantity[], lang: Lang): Quantity[] {
  const shared = [...out];
  for (let i = 0; i + 1 < shared.length; i++) {
    const [p, q] = [shared[i]!, shared[i + 1]!];
    if (p.vague || q.vague || p.per !== q.per || !SPAN_JOIN.test(folded.slice(p.end, q.start))) continue;
    const high = digitsAndScale(q.raw, lang);
    const low = digitsAndScale(p.raw, lang);
    if (!high.said || !low.said) continue;
    const scale = q.value / high.said;
    // "63 mil y 66 mil millones": the low end's scale word is where the high end's begins.
    const partScale = low.scale !== '' && high.scale.startsWith(`${low.scale} `) && p.unit === null;
    if (partScale) shared[i] = { ...p, value: low.said * scale, unit: q.unit, spanLow: true };
    // "$60-65 billion": the currency before the low end is the high end's, and the high end's scale the low end's.
    else if (SIGNED.test(p.raw) && q.unit === null && high.scale !== '' && scale > 1) {
      shared[i] = { ...p, value: p.value * scale, spanLow: true };
      shared[i + 1] = { ...q, unit: p.unit };
    } else if (BARE.test(p.raw) && (p.unit === null || p.unit === q.unit) && !(scale === 1 && q.unit === p.unit)) shared[i] = { ...p, value: p.value * scale, unit: q.unit, spanLow: true };
  }
  return shared;
}

const DAY_RATE = anyOf(PACKS.map((p) => p.dayRate));
/** Units a day's rate may be of: amounts and counts, not shares, positions or dates. */
const RATED: ReadonlySet<QuantityUnit | null> = new Set([null, 'usd', 'people', 'count', 'acre-ft', 'other-money']);

/**
 * "Every day, 200,000 guns are smuggled into Mexico", "Cada día entran de contrabando 200 mil armas": a day's rate said in a
 * number's stretch away from it makes it a day's amount, as one right after it does ("200,000 guns a day"). It met the
 * yearly estimate of 200,000 and was Accurate.
 */
function dayRated(folded: string, quantities: Quantity[]): Quantity[] {
  return quantities.map((q, i) => {
    if (q.per !== null || !RATED.has(q.unit)) return q;
    const { from, to } = stretchOf(folded, quantities, i);
    return DAY_RATE.test(folded.slice(from, to)) ? { ...q, per: 'day' } : q;
  });
}

function describe(original: string, folded: string, start: number, end: number, value: number, known: QuantityUnit | null): Quantity {
  const after = folded.slice(end, end + 60);
  let unit = known;
  if (!unit)
    for (const [re, u, factor] of UNIT_AFTER)
      if (re.test(after)) {
        unit = u;
        // "1.85 billion cubic meters" is 1.5 million acre-feet, as precise as it was said.
        if (factor !== 1) value = Number((value * factor).toPrecision(significantDigits(value)));
        break;
      }
  let per: Quantity['per'] = null;
  if (PER_DAY.test(after)) per = 'day';
  else if (PER_YEAR.test(after)) per = 'year';
  // "un millón de dólares por minuto" is 1,440 million a day: judged as a day's amount, said as written.
  for (const [re, factor] of per ? [] : PER_SHORTER) {
    const m = re.exec(after);
    if (m) return { value: value * factor, unit, per: 'day', qualifier: qualifierBefore(folded, start), start, end, raw: original.slice(start, end + m[0].length).trim() };
  }
  return { value, unit, per, qualifier: qualifierBefore(folded, start), start, end, raw: original.slice(start, end).trim() };
}

/** A position said nearly ("almost the largest", "casi es el principal", "close to becoming the top"): near it, not at it. */
const ALMOST = QUALIFIERS.find(([, q]) => q === 'almost')![0];
function rankQualifier(folded: string, index: number): Qualifier {
  const before = folded.slice(Math.max(0, index - 30), index);
  // The verb may stand between the hedge and the position: "casi es el principal", "close to becoming the top".
  return ALMOST.test(before) || ALMOST.test(before.replace(/\S+\s*$/, '')) ? 'almost' : 'exact';
}

/** The hedge said right before an offset of a folded text ("more than", "casi"), 'exact' when none. */
export function qualifierBefore(folded: string, index: number): Qualifier {
  const before = folded.slice(Math.max(0, index - 30), index);
  for (const [re, q] of QUALIFIERS) if (re.test(before)) return q;
  return 'exact';
}

/** Kilometres in a mile: a length said in both ("1,954 miles (3,145 km)"). */
const KM_PER_MI = 1.609344;
/** Units a number is said again in, converted, in a parenthesis after it: volumes of water and lengths. */
const CONVERTED = new Set<QuantityUnit | null>(['acre-ft', 'km', 'mi']);
/** How far a conversion may stray from the number it restates, by its rounding. */
const RESTATED = 0.05;
const inKm = (q: Quantity) => (q.unit === 'mi' ? q.value * KM_PER_MI : q.value);

/**
 * The text with each parenthesis that says the number before it again in another unit blanked ("1.5 million acre-feet (1.85
 * billion cubic meters)", "3,145 kilómetros (1,954 millas)"): one quantity said twice. Left in, the aside cut the number off
 * from the words after it and stood as a number of its own that no words name.
 */
export function sayOnce(text: string, lang: Lang): string {
  const quantities = readQuantities(text, lang);
  let out = text;
  quantities.forEach((q, i) => {
    const before = quantities[i - 1];
    const [open, close] = [text.lastIndexOf('(', q.start), text.indexOf(')', q.end)];
    if (!before || !CONVERTED.has(q.unit) || !CONVERTED.has(before.unit) || open < before.end || close < 0) return;
    if ((q.unit === 'acre-ft') !== (before.unit === 'acre-ft') || Math.abs(inKm(q) - inKm(before)) > RESTATED * inKm(before)) return;
    // Nothing but the first number's unit words before the parenthesis, and the second's inside it.
    if (!/^[\p{L}\s-]*$/u.test(text.slice(before.end, open) + text.slice(open + 1, q.start) + text.slice(q.end, close))) return;
    out = out.slice(0, open) + ' '.repeat(close + 1 - open) + out.slice(close + 1);
  });
  return out;
}
