/**
 * Text normalisation shared by every engine step: case and accent folding, quote and dash
 * unification, and canonical tokens for the two countries' many spellings, so that
 * "EE.UU.", "EU" (in Spanish), "U.S.", "USA" and "Estados Unidos" all meet as `usa` (the
 * spellings are in each language pack: `rewrites`, read in any language, and `aliases`,
 * read only in the pack's own language).
 */
import { LANGS, TEXT_PACKS, type Lang } from './knowledge/lang';
import { escapeRegExp } from './regex';

const QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u00B4`]/g;
const DQUOTES = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;

/** Lowercase, strip diacritics (keeping ñ as n is fine for matching). */
export function foldAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** Lowercase, strip diacritics, unify punctuation. */
export function fold(text: string): string {
  return foldAccents(text)
    .replace(QUOTES, "'")
    .replace(DQUOTES, '"')
    .replace(DASHES, '-')
    .replace(/\u00A0/g, ' ');
}

/**
 * Canonical multi-word and abbreviated names, and informal spellings, from every pack:
 * applied to folded text of any language before tokenising, in pack order (within a pack,
 * longer, more specific phrases first). False anchors ("New Mexico", "Gulf of Mexico",
 * "Mexico City Policy") become single tokens that anchor nothing.
 */
const REWRITES: [RegExp, string][] = [...new Map(LANGS.flatMap((lang) => TEXT_PACKS[lang].rewrites.map((r) => [r.pattern, r.replacement] as const)))].map(([pattern, replacement]) => [
  new RegExp(pattern, 'g'),
  replacement,
]);
/** Cheap test for any text a rewrite could change; most text has none. */
const REWRITE_HINT = new RegExp([...new Set(LANGS.flatMap((lang) => TEXT_PACKS[lang].rewriteHints))].map(escapeRegExp).join('|'));

/** Each language's own spellings (Spanish "EU" is the United States), from its pack. */
const ALIASES = new Map(LANGS.map((lang) => [lang, TEXT_PACKS[lang].aliases.map((a): [RegExp, string] => [new RegExp(a.pattern, 'g'), a.replacement])]));

/** "US"/"USA" in capitals is the country; lowercase "us" is a pronoun, so this runs before folding. */
const US_CAPS = /(^|[^A-Za-z])USA?(?![A-Za-z])/g;

const POSSESSIVE = /([a-z.])'s\b/g;

export function canonical(text: string, lang: Lang): string {
  // An English possessive ("Mexico's exports") is the word itself, not a word plus a stray "s".
  let out = ` ${fold(text.includes('US') ? text.replace(US_CAPS, '$1 U.S. ') : text).replace(POSSESSIVE, '$1')} `;
  if (REWRITE_HINT.test(out)) for (const [re, rep] of REWRITES) out = out.replace(re, rep);
  for (const [re, rep] of ALIASES.get(lang) ?? []) out = out.replace(re, rep);
  return out;
}

const TOKEN = /[a-z0-9]+(?:[.,][0-9]+)*%?/g;

export function tokens(canonicalText: string): string[] {
  return canonicalText.match(TOKEN) ?? [];
}
