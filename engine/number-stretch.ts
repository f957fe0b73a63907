/**
 * The stretch of a sentence that belongs to one of its numbers: its clause, up to the breaks
 * that part it from its neighbouring numbers, within a reach of characters. Also the numbers
 * that name nothing to measure: alternatives ("first or second") and labels ("Level 2").
 */
import type { Quantity } from './numbers';
import { findAll } from './word-lists';
import { LANGS, TEXT_PACKS, type TextPack } from './knowledge/lang';
import { escapeRegExp } from './regex';

/** Characters on each side of a number searched for cues. */
const REACH = 90;
/** Every registered language's connectives of one kind, as one alternation (longest first). */
export const connectives = (kind: keyof TextPack['connectives']) =>
  [...new Set(LANGS.flatMap((lang) => TEXT_PACKS[lang].connectives[kind]))]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
/**
 * Clause breaks that always end a number's stretch. A parenthesis is one only for the number
 * inside it: "El Producto Interno Bruto (PIB) creció 2.8%" is one clause for the 2.8%.
 */
const HARD = new RegExp(`;|\\s(?:--|[-–—])\\s|,?\\s(?:${connectives('contrast')})\\s`, 'g');
/** Softer breaks that separate two numbers' stretches; a comparison sets one number against another. */
const SOFT = new RegExp(`,\\s|:\\s|\\s(?:${connectives('and')})\\s`, 'g');
/**
 * A relative clause set between commas ("Las remesas, que en más del 95% provienen de EU, sumaron…", "Remittances, which …,
 * totaled…"): like a parenthesis, an aside for the numbers outside it, whose stretch reaches over it to the words before.
 */
const RELATIVE_ASIDE = new RegExp(`,\\s(?:${connectives('relative')})\\s[^,;:()]*?,\\s`, 'g');
/** A relative clause opened after a comma or a dash (", which", "-- which", ", que"): the noun before the break is what it speaks of. */
export const RELATIVE_AFTER_BREAK = new RegExp(`(?:,|\\s--?|\\s[–—])\\s+(?:${connectives('relative')})\\s`, 'g');
/** Where a relative clause opens after a comma (", which", ", que"). */
const RELATIVE_OPENS = new RegExp(`,\\s(?:${connectives('relative')})\\s`, 'g');
/** "first or second", "3 or 4 million": an alternative names no single value. */
const ALTERNATIVE = new RegExp(`^\\s*(?:${connectives('or')})\\s+\\S`);
const ALTERNATIVE_BEFORE = new RegExp(`\\S\\s+(?:${connectives('or')})\\s*$`);

/** "first or second", "3 or 4 million": the number is one of two values it offers. */
/** Where one clause of a sentence ends: punctuation inside it, a dash, a connective of contrast or addition. */
export const CLAUSE_BREAK = new RegExp(`[,;:()]\\s|\\s(?:--|[-–—])\\s|\\s(?:${connectives('contrast')}|${connectives('and')})\\s`, 'i');

/** A number's clause, between hard breaks (";", a dash, "but", "pero"), as offsets in the text. */
export function clauseOf(folded: string, q: Quantity): readonly [number, number] {
  const [open, close] = parenthesis(folded, q);
  const text = withoutAsides(folded, q);
  return [Math.max(open, lastBreak(text, 0, q.start, HARD)), Math.min(close, firstBreak(text, q.end, folded.length, HARD))];
}

/** A dash, or two hyphens typed for one ("rating -- the lowest"). */
const DASH = /\s(?:--|[-–—])\s/g;
/**
 * Like a parenthesis, a pair of dashes sets an aside apart only for a number inside it: "el intercambio
 * comercial – entre México y Estados Unidos – alcanzó 614 mil millones" is one clause for the number.
 * The text with the dashes of other numbers' asides blanked (same length, so offsets hold).
 */
function withoutAsides(folded: string, q: Quantity): string {
  const dashes = [...folded.matchAll(DASH)].map((m) => [m.index + 1, m[0].length - 2] as const);
  let out = folded;
  for (let i = 0; i + 1 < dashes.length; i += 2) {
    const [[a, aLength], [b, bLength]] = [dashes[i]!, dashes[i + 1]!];
    if (q.start > a && q.end < b) continue;
    out = `${out.slice(0, a)}${' '.repeat(aLength)}${out.slice(a + aLength, b)}${' '.repeat(bLength)}${out.slice(b + bLength)}`;
  }
  return out;
}

/** The parenthesis a number stands in, as offsets inside it; the whole text when it stands in none. */
function parenthesis(folded: string, q: Quantity): readonly [number, number] {
  const open = folded.lastIndexOf('(', q.start);
  if (open < 0 || folded.lastIndexOf(')', q.start) > open) return [0, folded.length];
  const close = folded.indexOf(')', q.end);
  return [open + 1, close < 0 ? folded.length : close];
}

/** A number's reach for words of time: from its clause's start to the first break of any kind after it. */
export function periodReach(folded: string, q: Quantity): readonly [number, number] {
  return [clauseOf(folded, q)[0], firstBreak(folded, q.end, folded.length, CLAUSE_BREAK_G)];
}
const CLAUSE_BREAK_G = new RegExp(CLAUSE_BREAK.source, 'gi');

export function isAlternative(folded: string, q: Quantity): boolean {
  return ALTERNATIVE.test(folded.slice(q.end, q.end + 6)) || ALTERNATIVE_BEFORE.test(folded.slice(Math.max(0, q.start - 6), q.start));
}

/**
 * Where the `i`th number's stretch starts and ends in the folded sentence: within `reach` characters of it
 * (cues are sought there), or its whole clause up to its neighbours' stretches (what narrows it is sought there).
 */
export function stretchOf(folded: string, quantities: readonly Quantity[], i: number, reach = REACH): { from: number; to: number } {
  const q = quantities[i]!;
  const [open, close] = clauseOf(folded, q);
  // A neighbour in a parenthesis the number is not in is an aside ("51.9 million (41.9%) in 2018", "5,963 en 2017/18
  // (destino 12), 6,340 …"), and so is one in a relative clause between commas: the stretch reaches past it, to the next
  // number said in the sentence's own run.
  const relatives = [...folded.matchAll(RELATIVE_ASIDE)].map((m) => [m.index + 2, m.index + m[0].length - 2] as const);
  const asideOf = (x: Quantity): readonly [number, number] | null => {
    const [a, b] = parenthesis(folded, x);
    if (a > 0 || b < folded.length) return [a, b];
    return relatives.find(([from, to]) => x.start >= from && x.end <= to) ?? rankAside(folded, x);
  };
  const aside = (x: Quantity) => {
    const span = asideOf(x);
    return !!span && !(q.start >= span[0] && q.end <= span[1]);
  };
  const before = quantities.slice(0, i).findLast((x) => !aside(x));
  const after = quantities.slice(i + 1).find((x) => !aside(x));
  // The halfway point to a neighbour is taken beyond the asides between them, which belong to neither.
  const asides = quantities.filter(aside).map((x) => asideOf(x)!);
  const near = Math.max(q.end, ...asides.filter(([a, b]) => a >= q.end && b <= (after?.start ?? folded.length)).map(([, b]) => Math.min(b + 1, after?.start ?? folded.length)));
  const far = Math.min(q.start, ...asides.filter(([a, b]) => a >= (before?.end ?? 0) && b <= q.start).map(([a]) => Math.max(a - 1, before?.end ?? 0)));
  // A neighbour in another clause is parted from it by the clause's break already: no halfway point between them.
  // Before the number, a break after an aside still parts it from its neighbour ("48.2% of Mexicans (62.7 million) lacked
  // social security and 34.2% …"); only where there is none is the halfway point taken short of the aside.
  const breakBefore = before && before.end > open ? lastBreak(folded, before.end, q.start, SOFT) : 0;
  const from = Math.max(wordStart(folded, q.start - reach), open, before && before.end > open ? (breakBefore > before.end ? breakBefore : Math.floor((before.end + far) / 2)) : 0);
  // A relative clause opened after the number ("13 partidos durante el Mundial 2026, que se jugará con Estados Unidos") speaks of
  // the noun before it: its words name no measure of the number.
  const relative = firstBreak(folded, q.end, folded.length, RELATIVE_OPENS);
  const to = Math.min(wordEnd(folded, q.end + reach), close, relative, after && after.start < close ? lastBreak(folded, near, after.start, SOFT, true) : folded.length);
  return { from, to };
}

/**
 * A position said of a noun in an apposition between commas ("the U.S., its largest trading partner, bought…", "Estados Unidos,
 * su principal socio comercial, compró…"): an aside naming who the noun is, no measure of the numbers around it. Its span, or
 * null when the position stands in none: a word or two may open it before the position, and no digit stands in it.
 */
function rankAside(folded: string, x: Quantity): readonly [number, number] | null {
  if (x.unit !== 'rank') return null;
  const open = folded.lastIndexOf(', ', x.start);
  const close = folded.indexOf(', ', x.end);
  if (open < 0 || close < 0) return null;
  const inside = folded.slice(open + 2, close);
  return /[\d;:()]/.test(inside) || !/^(?:\S+\s+){0,2}$/.test(folded.slice(open + 2, x.start)) ? null : [open + 2, close];
}

/** Letters and digits right before `at`: the part of a word a cut there leaves before it. */
const cutBefore = (text: string, at: number) => /[\p{L}\d]*$/u.exec(text.slice(Math.max(0, at - 40), at))![0].length;
// The reach is counted in characters but read in words: a word it cuts is taken whole at its start and left out at its
// end, as cut it reads as another ("aunque" as "ue", the EU; "estudiantes" as "udiantes"; "nota" as "no", a negation).
const wordStart = (text: string, at: number) => (at <= 0 ? 0 : at - cutBefore(text, at));
const wordEnd = (text: string, at: number) => (/[\p{L}\d]/u.test(text[at] ?? '') ? at - cutBefore(text, at) : at);

const labelPatterns = new WeakMap<readonly string[], RegExp>();
/**
 * Whether a number is said as an addition to a level ("another 26", "26 more", "otros 26", "26 narcos más"): what was added, no
 * level of its measure. "26 or more" (a bound) is not, nor "14.6% more than in 2024" (a change, which its own readers take).
 */
export function added(folded: string, start: number, end: number, before: readonly string[], after: readonly string[]): boolean {
  let ahead = addedPatterns.get(before);
  if (!ahead) addedPatterns.set(before, (ahead = new RegExp(`(?:^|\\s)(?:${before.map(escapeRegExp).join('|')})\\s*$`)));
  let behind = addedPatterns.get(after);
  if (!behind) addedPatterns.set(after, (behind = new RegExp(`^\\s+(?:(?!o\\b|or\\b)[a-z]+\\s+)?(?:${after.map(escapeRegExp).join('|')})\\b(?!\\s+(?:que|than)\\b)`)));
  return ahead.test(folded.slice(Math.max(0, start - 24), start)) || behind.test(folded.slice(end, end + 40));
}
const addedPatterns = new WeakMap<readonly string[], RegExp>();

/** "Level 2", "Sección 232": the text before the number ends in a label word. */
export function labelled(before: string, labels: readonly string[]): boolean {
  let re = labelPatterns.get(labels);
  if (!re) {
    re = new RegExp(`(?:^|\\s)(?:${labels.map(escapeRegExp).join('|')})\\s*#?$`);
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

/** A sentence's opening concessive connective ("Although", "Aunque", "Si bien"): "But" or "Pero" opens no clause of its own. */
const LEADING_CONCESSIVE = new RegExp(`^[^\\p{L}\\d]*(?:${connectives('concessive')})\\s`, 'iu');

/**
 * Where a leading concessive clause ends ("Aunque no existen cifras oficiales, …": after its comma), or 0 when the
 * sentence opens with none: what it says, a negation included, is its own, not the main clause's.
 */
export function leadingConcessiveEnd(folded: string): number {
  if (!LEADING_CONCESSIVE.test(folded)) return 0;
  const comma = folded.indexOf(', ');
  return comma < 0 ? 0 : comma + 2;
}

/** The negation stands right before the number and opens its clause: ", no al 10%", ", not 10%", "y no 3 millones". */
export function contrasted(folded: string, q: Quantity, negation: readonly string[]): boolean {
  const before = folded.slice(Math.max(0, q.start - 24), q.start);
  const last = findAll(before, negation).at(-1);
  if (!last) return false;
  // Only little words between ("no al 10%", "not the $80 billion"): "not including $2 billion" denies nothing.
  const between = before.slice(last.end).trim();
  return (
    /^(?:(?:a|al|el|la|los|las|un|una|unos|unas|de|del|en|the|an|of|in|to|about|around|some|sino|but)\s*)*[$]?$/.test(between) && /(?:[,;:]|\s(?:y|and|but|pero))\s*$/.test(before.slice(0, last.at))
  );
}
