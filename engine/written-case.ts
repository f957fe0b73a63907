/**
 * Anchors that count only written in their own case, in a sentence of a language where the
 * same letters are also a common word (each pack's `writtenCase`,
 * engine/knowledge/lang/<id>/words.json): in Spanish "USA" is the country, "usa" the verb
 * ("Sheinbaum usa la mañanera"). The stems fold case away, so the anchor reading asks the raw
 * sentence: where one of these names is written in another case, the stem it became is hidden
 * from the anchors (and only from them: the word still counts for the topics and the facts).
 */
import type { Lang } from './schema';
import { toStems } from './vocabulary';
import { escapeRegExp } from './regex';

/** Hides, from a sentence's stems, those written in a case their anchor does not count in. */
export type CaseReader = (sentence: string, lang: Lang, stems: readonly string[]) => readonly string[];

const literal = (s: string) => escapeRegExp(s).replace(/\s+/g, '\\s+');

/**
 * A name counts written as listed or in capitals (a headline's "EL PASO"); any other case of
 * the same letters is a common word. An empty list reads every sentence as it is.
 */
export function writtenCaseReader(forms: readonly string[]): CaseReader {
  if (forms.length === 0) return (_s, _l, stems) => stems;
  const written = new Set(forms.flatMap((f) => [f.replace(/\s+/g, ' '), f.toUpperCase().replace(/\s+/g, ' ')]));
  const any = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map(literal).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return (sentence, lang, stems) => {
    let hidden: string[] | null = null;
    for (const m of sentence.matchAll(any)) {
      if (written.has(m[0].replace(/\s+/g, ' '))) continue;
      // The stem the name became is the one after every stem of the text before it.
      const at = toStems(sentence.slice(0, m.index), lang).length;
      if (stems[at] !== toStems(m[0], lang)[0]) continue;
      hidden ??= [...stems];
      hidden[at] = '';
    }
    return hidden ?? stems;
  };
}
