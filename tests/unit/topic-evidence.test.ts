import { describe, expect, it } from 'vitest';
import type { LexiconPayload } from '../../engine/compiled-index';
import { buildFactIndex } from '../../engine/fact-index';
import type { Lang } from '../../engine/schema';
import { evidenceGatherer, longestFirst } from '../../engine/topic-evidence';
import { PhraseIndex, toStems } from '../../engine/vocabulary';

/** A lexicon as compiled: a topic's strong single words before its strong phrases (engine/compiled-index.ts). */
function gatherWith(lang: Lang, word: string, phrase: string) {
  const lexicon = new PhraseIndex<LexiconPayload>();
  lexicon.add(toStems(word, lang), { topic: 'mexico-economy', weight: 2 });
  lexicon.add(toStems(phrase, lang), { topic: 'mexico-economy', weight: 3 });
  const gather = evidenceGatherer(lexicon, [], [], buildFactIndex([], []));
  return (sentence: string) => gather(sentence, lang, toStems(sentence, lang), { mx: true, us: true, bi: false }, [], []).evidence.get('mexico-economy')!;
}

describe('topic phrases that start with a strong word of their topic', () => {
  it('weighs "economía mexicana" as the phrase, not as the word "economía" it starts with (es)', () => {
    const of = gatherWith('es', 'economía', 'economía mexicana');
    expect(of('La economía mexicana creció este año.').strong).toBe(3);
    expect(of('La economía creció este año.').strong).toBe(2);
  });

  it('weighs "gun manufacturers" as the phrase, not as the word "gun" (en)', () => {
    const of = gatherWith('en', 'gun', 'gun manufacturers');
    expect(of('Mexico sued American gun manufacturers.').strong).toBe(3);
    expect(of('A gun was found.').strong).toBe(2);
  });

  it('orders hits by word, the longest first at each word', () => {
    const hits = [
      { at: 2, length: 1 },
      { at: 0, length: 1 },
      { at: 0, length: 2 },
    ];
    expect(longestFirst(hits)).toEqual([
      { at: 0, length: 2 },
      { at: 0, length: 1 },
      { at: 2, length: 1 },
    ]);
  });
});
