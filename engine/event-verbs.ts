/**
 * The past forms the dated events' cues say them done with ("entró", "designó", "took"): a short sentence that says one
 * asserts the event ("El T-MEC entró en vigor en julio."), where a caption of the same length only names a subject. Only
 * verbs the record's own cues use count, so a noun that merely ends like a past form ("acción", "canción") stays a noun.
 */
import { LANGS } from './knowledge/lang';
import { seriesFigures } from './measure-cues';
import type { Fact, Lang } from './schema';
import type { VerdictWords } from './verdict-words';

/** Letters a past form has at least: shorter ones ("set", "ran", "won") are as often nouns. */
const MIN_LETTERS = 4;

/** A finite past form: an irregular one of the pack, or one by its ending ("-ó", "-ed"). */
export const finitePast = (word: string, w: VerdictWords) => word.length >= MIN_LETTERS && (w.actForms.includes(word) || w.pastEndings.some((end) => word.endsWith(end)));

/** The words of a text as written, lower case with their accents kept: "falló" is a past form, "fallo" a ruling. */
export const writtenWords = (text: string): string[] =>
  text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}']+/u)
    .filter(Boolean);

/** Per language, the past forms (as written) said in the cues of the facts' dated series (those whose figures are years). */
export function eventVerbs(facts: readonly Fact[], words: Record<Lang, VerdictWords>): Record<Lang, ReadonlySet<string>> {
  const out = Object.fromEntries(LANGS.map((lang) => [lang, new Set<string>()])) as Record<Lang, Set<string>>;
  for (const fact of facts)
    for (const series of fact.series ?? []) {
      if (seriesFigures(fact, series)[0]?.unit !== 'year') continue;
      for (const lang of LANGS) for (const cue of series.cues[lang]) for (const word of writtenWords(cue)) if (finitePast(word, words[lang])) out[lang].add(word);
    }
  return out;
}
