/**
 * A typical claim said in another form of its words (issue #12): the packs' `cueClasses` read a verb's forms as one word,
 * but the progressive form ("is coming", "está viniendo") stems apart from the others ("coming" is "com", "comes" is
 * "come"), so a sentence saying the claim in it missed the claim. So did a sentence saying an opinion as its adjective
 * ("a favorable view of Mexico") where the claim says it as the adverb ("view Mexico favorably"), and a Spanish sentence
 * saying a word the English pack already reads as one with its like ("armas" for "armas de fuego", as "guns" for "firearms";
 * "indocumentados" for "ilegales"). Opposites stay apart. Synthetic facts and sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { claimFact, ratingsOn } from './helpers/sample-facts';

const rating = ratingsOn([
  claimFact('source', 'drugs-fentanyl', { en: ['fentanyl'], es: ['fentanilo'] }, [
    { text: 'Most fentanyl comes from Mexico', lang: 'en', rating: 'accurate' },
    { text: 'La mayor parte del fentanilo viene de México', lang: 'es', rating: 'accurate' },
  ]),
  claimFact('views', 'public-opinion', { en: ['view of Mexico'], es: ['opinión de México'] }, [
    { text: 'Most Americans view Mexico favorably', lang: 'en', rating: 'accurate' },
    { text: 'La mayoría de los estadounidenses ve favorablemente a México', lang: 'es', rating: 'accurate' },
  ]),
  claimFact('guns', 'guns-trafficking', { en: ['guns seized'], es: ['armas decomisadas'] }, [
    { text: 'Most firearms seized in Mexico come from the U.S.', lang: 'en', rating: 'accurate' },
    { text: 'La mayoría de las armas de fuego decomisadas en México vienen de Estados Unidos', lang: 'es', rating: 'accurate' },
  ]),
]);

describe('a typical claim said in another form of its words', () => {
  it.each([
    ['its verb in the progressive', 'Most fentanyl is coming from Mexico.'],
    ['its verb in the progressive', 'La mayor parte del fentanilo está viniendo de México.'],
    ['an opinion said as its adjective', 'Most Americans hold a favorable view of Mexico.'],
    ['an opinion said as its adjective', 'La mayoría de los estadounidenses ve de forma favorable a México.'],
    ['a word of the same class', 'Most guns seized in Mexico come from the U.S.'],
    ['a word of the same class', 'La mayoría de las armas decomisadas en México vienen de Estados Unidos.'],
  ])('is met: %s: %s', (_, text) => expect(rating(text)?.rating).toBe('accurate'));

  it.each([
    'Most fentanyl is going to Mexico.',
    'La mayor parte del fentanilo está yendo a México.',
    'Most Americans hold an unfavorable view of Mexico.',
    'La mayoría de los estadounidenses ve de forma desfavorable a México.',
  ])('is not met by another verb or the opposite word: %s', (text) => expect(rating(text)?.rating).not.toBe('accurate'));
});
