/**
 * Text normalisation shared by every engine step: case and accent folding, quote and dash
 * unification, and canonical tokens for the two countries' many spellings, so that
 * "EE.UU.", "EU" (in Spanish), "U.S.", "USA" and "Estados Unidos" all meet as `usa`.
 */
import { LANGS, TEXT_PACKS, type Lang } from './knowledge/lang';

const QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u00B4`]/g;
const DQUOTES = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;

/** Lowercase, strip diacritics (keeping ñ as n is fine for matching). */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
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
 * Canonical multi-word and abbreviated names, applied to folded text before tokenising.
 * Order matters: longer, more specific phrases first. False anchors ("New Mexico",
 * "Gulf of Mexico", "Mexico City Policy") become single tokens that anchor nothing.
 */
const PHRASES: [RegExp, string][] = [
  [/\bnew mexic(o|an|ans)\b/g, ' newmexico '],
  [/\bnuevo mexico\b/g, ' newmexico '],
  [/\bbaja california( sur)?\b/g, ' bajacalifornia '],
  [/\bgulf of mexico\b/g, ' gulfofmexico '],
  [/\bgolfo de mexico\b/g, ' gulfofmexico '],
  [/\bgulf of america\b/g, ' gulfofmexico '],
  [/\bmexico city policy\b/g, ' mexicocitypolicy '],
  [/\bu\.\s?s\.\s?a\.?(?=[\s,;:!?)"']|$)/g, ' usa '],
  [/\bu\.\s?s\.(?=[\s,;:!?)"'-]|$)/g, ' usa '],
  [/\bu\.s\b/g, ' usa '],
  [/\bee\.\s?uu\.?/g, ' usa '],
  [/\beeuu\b/g, ' usa '],
  [/\be\.\s?u\.(?=[\s,;:!?)"']|$)/g, ' usa '],
  [/\bunited states( of america)?\b/g, ' usa '],
  [/\bestados unidos( de america)?\b/g, ' usa '],
  [/\bus-mexico\b/g, ' usa mexico '],
  [/\bnorth america\b/g, ' northamerica '],
  [/\bnorteamerica\b/g, ' northamerica '],
  [/\blatin america\b/g, ' latinamerica '],
  [/\bamerica latina\b/g, ' latinamerica '],
  [/\bcentral america\b/g, ' centralamerica '],
  [/\bcentroamerica\b/g, ' centralamerica '],
  [/\blos angeles\b/g, ' losangeles '],
  [/\bel paso\b/g, ' elpaso '],
  [/\bciudad de mexico\b/g, ' cdmx '],
  [/\bmexico city\b/g, ' cdmx '],
  [/\bt-mec\b/g, ' tmec '],
  [/\bt mec\b/g, ' tmec '],
  [/\bworld cup\b/g, ' worldcup '],
  [/\bcopa (del )?mundo\b/g, ' worldcup '],
  [/\bcopa mundial\b/g, ' worldcup '],
  [/\brio grande\b/g, ' riogrande '],
  [/\brio bravo\b/g, ' riogrande '],
];

/** Informal spellings of posts, read as the words they stand for. */
const SLANG: [RegExp, string][] = [
  [/\bdlls?\b/g, ' dolares '],
  [/\busd\b/g, ' dolares '],
];

/** Each language's own spellings (Spanish "EU" is the United States), from its pack. */
const ALIASES = new Map(LANGS.map((lang) => [lang, TEXT_PACKS[lang].aliases.map((a): [RegExp, string] => [new RegExp(a.pattern, 'g'), a.replacement])]));

/** Cheap test for any text the phrase table could rewrite; most text has none. */
const PHRASE_TRIGGER = /los angeles|el paso|mexic|baja c|u\.|ee\.|eeuu|e\.|united|estados|america|t-mec|t mec|world cup|copa|rio |gulf|golfo|nuevo|us-/;

/** "US"/"USA" in capitals is the country; lowercase "us" is a pronoun, so this runs before folding. */
const US_CAPS = /(^|[^A-Za-z])USA?(?![A-Za-z])/g;

const POSSESSIVE = /([a-z.])'s\b/g;

export function canonical(text: string, lang: Lang): string {
  // An English possessive ("Mexico's exports") is the word itself, not a word plus a stray "s".
  let out = ` ${fold(text.includes('US') ? text.replace(US_CAPS, '$1 U.S. ') : text).replace(POSSESSIVE, '$1')} `;
  if (PHRASE_TRIGGER.test(out)) for (const [re, rep] of PHRASES) out = out.replace(re, rep);
  for (const [re, rep] of ALIASES.get(lang) ?? []) out = out.replace(re, rep);
  if (/\b(?:dll|usd)/.test(out)) for (const [re, rep] of SLANG) out = out.replace(re, rep);
  return out;
}

const TOKEN = /[a-z0-9]+(?:[.,][0-9]+)*%?/g;

export function tokens(canonicalText: string): string[] {
  return canonicalText.match(TOKEN) ?? [];
}
