/**
 * The prefilter: which text could hold a claim at all, read before the engine exists. Its
 * own module, apart from the engine, because a page's reader tests text with it before it
 * fetches the engine (content/session/page-session.ts): most pages never need one.
 */
import type { Lang } from './schema';

/**
 * A case- and accent-tolerant regex that finds any of the given words in raw text. It lets
 * the engine skip the vast majority of page text (no anchor at all) before any real work.
 */
export function anchorPrefilter(words: readonly string[]): RegExp {
  const accent: Record<string, string> = { a: '[aáà]', e: '[eéè]', i: '[iíï]', o: '[oóò]', u: '[uúü]', n: '[nñ]' };
  // A word listed with its accents ("mérida", "peña") matches text written without them too: the classes are built from its bare letters.
  const parts = [...new Set(words.map((w) => w.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')))]
    .sort((a, b) => b.length - a.length)
    .map((w) =>
      w
        .split('')
        .map((ch) => accent[ch] ?? (/[a-z0-9]/.test(ch) ? ch : ch === ' ' ? '\\s+' : `\\${ch}`))
        .join(''),
    );
  return new RegExp(parts.join('|'), 'i');
}

/**
 * The prefilter in two steps. The first is one regex of every pack's words, shared or not:
 * most page text has none and stops there, before any language guess. Text that passes
 * is kept when a shared word is in it, or a word its own language counts ("Trump" is the
 * relationship often enough when Mexicans write it, seldom in English news).
 */
export interface LanguagePrefilter {
  /** The first, cheap test: false means no pack could want the text. */
  any(text: string): boolean;
  /** The full test, once the text's language is known. */
  passes(text: string, lang: Lang): boolean;
}

export function languagePrefilter(shared: readonly string[], inLanguage: ReadonlyMap<Lang, readonly string[]>): LanguagePrefilter {
  // An empty list must match nothing (an empty alternation would match everything).
  const regexOf = (words: readonly string[]) => (words.length ? anchorPrefilter(words) : null);
  const sharedRe = regexOf(shared);
  const own = new Map<Lang, RegExp | null>([...inLanguage].map(([lang, words]) => [lang, regexOf(words)]));
  const anyRe = regexOf([...shared, ...[...inLanguage.values()].flat()]);
  return {
    any: (text) => anyRe?.test(text) ?? false,
    passes: (text, lang) => (sharedRe?.test(text) ?? false) || (own.get(lang)?.test(text) ?? false),
  };
}

/** The prefilter of every registered pack's words (`prefilter` shared, `prefilterInLanguage` its own). */
export function packsPrefilter(langs: Record<Lang, { prefilter: readonly string[]; prefilterInLanguage: readonly string[] }>): LanguagePrefilter {
  const packs = Object.entries(langs) as [Lang, (typeof langs)[Lang]][];
  return languagePrefilter(
    packs.flatMap(([, words]) => words.prefilter),
    new Map(packs.map(([lang, words]) => [lang, words.prefilterInLanguage])),
  );
}
