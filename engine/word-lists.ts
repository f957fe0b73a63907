/**
 * Compiles a list of folded words and phrases into one pattern that finds any of them as
 * whole words in folded text. Shared by the check-worthiness test and the verdict steps.
 */
import { fold } from './normalize';
import { escapeRegExp } from './regex';

const cache = new WeakMap<readonly string[], RegExp>();
/** An entry that ends in a dash ("january-", "enero-"), said joined to the next word. */
const JOINS_NEXT = /[-–]$/;

export function listPattern(words: readonly string[]): RegExp {
  let re = cache.get(words);
  if (!re) {
    const sorted = [...words].sort((a, b) => b.length - a.length);
    // A phrase is also written hyphenated ("first-half remittances", "year-on-year", "all-time high").
    const alternatives = sorted.filter((w) => !JOINS_NEXT.test(w)).map((w) => escapeRegExp(w).replace(/ /g, '[ -]'));
    // An entry ending in a dash joins the word after it ("january-june", "enero-julio"): no end of word is asked there.
    const joined = sorted.filter((w) => JOINS_NEXT.test(w)).map(escapeRegExp);
    // Lookarounds instead of \b: some entries end in punctuation ("january-", "doi:").
    re = new RegExp(`(?<![a-z0-9])(?:(?:${alternatives.join('|') || '(?!)'})(?![a-z0-9])${joined.length ? `|${joined.join('|')}` : ''})`, 'g');
    cache.set(words, re);
  }
  return re;
}

/** Every match of the list in already-folded text, with its offset. */
export function findAll(folded: string, words: readonly string[]): { at: number; end: number; word: string }[] {
  const re = listPattern(words);
  re.lastIndex = 0;
  const out: { at: number; end: number; word: string }[] = [];
  for (let m = re.exec(folded); m; m = re.exec(folded)) out.push({ at: m.index, end: m.index + m[0].length, word: m[0] });
  return out;
}

/** Whether one of the list ends the folded text: nothing but closing punctuation after it ("…, pero no."). */
export function endsWithAny(folded: string, words: readonly string[]): boolean {
  return findAll(folded, words).some((hit) => /^[\s.!?…"'”’»)\]]*$/u.test(folded.slice(hit.end)));
}

/** The text with each match of the list (read folded) turned into as many spaces, but those `keep` keeps by their end: offsets keep their place. */
export function blankAll(text: string, words: readonly string[], keep?: (end: number) => boolean): string {
  let out = '';
  let at = 0;
  for (const hit of findAll(foldSameLength(text), words)) {
    if (keep?.(hit.end)) continue;
    out += text.slice(at, hit.at) + ' '.repeat(hit.end - hit.at);
    at = hit.end;
  }
  return at ? out + text.slice(at) : text;
}

export function hasAny(folded: string, words: readonly string[]): boolean {
  const re = listPattern(words);
  re.lastIndex = 0;
  return re.test(folded);
}

/** Folds text keeping its length (so offsets stay valid): accents dropped, lower case. */
export function foldSameLength(text: string): string {
  const f = fold(text);
  return f.length === text.length ? f : text.toLowerCase();
}
