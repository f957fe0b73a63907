/** A small, fast language guess: function-word votes plus each language's telltale characters. */
import { LANGS, TEXT_PACKS, type Lang } from './knowledge/lang';

const FUNCTION_WORDS = LANGS.map((lang) => ({ lang, words: new Set(TEXT_PACKS[lang].functionWords) }));
const MARKS = LANGS.flatMap((lang) => TEXT_PACKS[lang].marks.map((m) => ({ lang, weight: m.weight, re: new RegExp(`[${escapeClass(m.chars)}]`, 'i') })));
const LETTERS = /\p{L}+/gu;
const WORD = new RegExp(`[a-z${escapeClass(LANGS.map((lang) => TEXT_PACKS[lang].letters).join(''))}]+`, 'g');

export function guessLanguage(text: string, fallback: Lang = 'en'): Lang {
  const votes = new Map<Lang, number>(LANGS.map((lang) => [lang, 0]));
  const words = text.toLowerCase().match(WORD) ?? [];
  for (const w of words.slice(0, 200)) {
    for (const { lang, words: set } of FUNCTION_WORDS) if (set.has(w)) votes.set(lang, votes.get(lang)! + 1);
  }
  // A name keeps its marks in any language ("Michoacán", "Peña Nieto" in English news): only the other words' marks vote.
  const first = text.search(/\p{L}/u);
  const unnamed = text.replace(LETTERS, (word: string, at: number) => (at > first && /^\p{Lu}/u.test(word) ? ' ' : word));
  for (const { lang, weight, re } of MARKS) if (re.test(unnamed)) votes.set(lang, votes.get(lang)! + weight);
  const best = Math.max(...votes.values());
  // A tie leaves the caller's guess (the page's language) standing.
  if (votes.get(fallback) === best) return fallback;
  return LANGS.find((lang) => votes.get(lang) === best) ?? fallback;
}

function escapeClass(chars: string): string {
  return chars.replace(/[\\\]^-]/g, '\\$&');
}
