/**
 * Dated events said with no time at all ("The Supreme Court threw out Mexico's lawsuit against U.S. gun makers"): the
 * sentence tells that the thing happened, which the record bears out however it dates it. A cue of the event's series that
 * says the thing was done names it so; one that only names it ("the first joint review", "la firma del Acta 323") is said
 * as often of what is still ahead, or as a time for another claim ("Mexico is preparing for the first joint review").
 */
import { LANGS } from './knowledge/lang';
import type { Lang, Series } from './schema';
import type { VerdictWords } from './verdict-words';
import { foldSameLength } from './word-lists';

/** Letters a word has at least for its ending to tell a past form or a participle ("sued", "dado"; "ed" alone tells nothing). */
const MIN_ENDED = 4;

/** Whether a text (a cue, a word) says a thing was done: a verb or auxiliary of the packs, or a past form (`actForms`, `actEndings`). */
export function saysAct(text: string, w: VerdictWords): boolean {
  const listed = new Set([...w.verbs, ...w.passive, ...w.auxiliaries, ...w.actForms]);
  // An ending is read on the word as written, its accent kept: "entró" is a past form, "entro" none.
  const words = text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\d']+/u)
    .filter(Boolean);
  return words.some((word) => listed.has(foldSameLength(word)) || (word.length >= MIN_ENDED && w.actEndings.some((end) => word.endsWith(end))));
}

/** A dated event's series with only the cues that say the thing was done, in each language. */
export function actSeries(series: Series, words: Record<Lang, VerdictWords>): Series {
  const cues = Object.fromEntries(LANGS.map((lang) => [lang, series.cues[lang].filter((cue) => saysAct(cue, words[lang]))])) as Series['cues'];
  return { ...series, cues };
}
