/** Tables of sentences and the topics the detector may read them as, checked per class and language in one loop. */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../engine/schema';
import { bundled } from './bundled';

/** The topic of the claim the detector counts in a sentence (its best, highlighted or not), or 'none'. */
export const topicOf = (sentence: string, lang: Lang): string => {
  const found = bundled.analyze(sentence, { lang, includeUncheckworthy: true });
  return found.length ? found.reduce((a, b) => (b.score > a.score ? b : a)).topic : 'none';
};

/** A sentence and the topics it may be read as ('none': no claim). */
export type Case = readonly [sentence: string, topics: readonly string[]];

/** The cases read as a topic they do not allow, each with the topic read. */
export const wrongOnes = (cases: readonly Case[], lang: Lang) =>
  cases.map(([sentence, topics]) => [sentence, topicOf(sentence, lang), topics] as const).filter(([, got, topics]) => !topics.includes(got));

/** Every class's cases, in both languages, are read as one of their topics; so are the known misses, kept as they are. */
export function describeClasses(title: string, classes: Record<string, Record<Lang, readonly Case[]>>, knownMisses: Record<Lang, readonly Case[]>): void {
  describe(title, () => {
    for (const [name, byLang] of Object.entries(classes)) {
      it(name, () => {
        for (const lang of ['en', 'es'] as const) expect(wrongOnes(byLang[lang], lang)).toEqual([]);
      });
    }
    it('known misses are still what they were (update the list when one is found)', () => {
      for (const lang of ['en', 'es'] as const) expect(wrongOnes(knownMisses[lang], lang)).toEqual([]);
    });
  });
}
