/**
 * A long typical claim may leave one of its words unsaid, and the matching leaves a state's name out as it
 * does the countries', so a sentence that says the claim of another state ("Arizona" for "Texas": the packs'
 * `parts`) or with the opposite word ("oppose" for "support", "fewest" for "most", "menos" for "más": the
 * packs' `opposites`) met it and took its rating. So did a sentence naming a part the claim does not ("socio comercial
 * de Texas" for the United States' partner), unless the claim speaks of parts of that kind ("some Mexican states": the
 * packs' `partKinds`). Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { claimFact, ratingsOn } from './helpers/sample-facts';

const rating = ratingsOn([
  claimFact('guns', 'guns-trafficking', { en: ['gun shops'], es: ['armas rastreadas'] }, [
    { text: 'Texas es el principal origen de las armas rastreadas que llegan a México', lang: 'es', rating: 'accurate' },
    { text: 'Mexico sued Arizona gun shops over cartel weapons', lang: 'en', rating: 'accurate' },
  ]),
  claimFact('partner', 'trade-partner-rank', { en: ['trading partner'], es: ['socio comercial'] }, [
    { text: 'Mexico is the largest trading partner of the United States', lang: 'en', rating: 'accurate' },
    { text: 'México es el principal socio comercial de Estados Unidos', lang: 'es', rating: 'accurate' },
  ]),
  claimFact('wall', 'border-security', { en: ['border wall'], es: ['muro fronterizo'] }, [{ text: 'A majority of Americans now support expanding the border wall', lang: 'en', rating: 'accurate' }]),
  claimFact('homicides', 'cartels-violence', { en: ['homicides'], es: ['homicidios'] }, [
    { text: 'Guanajuato records the most homicides of any Mexican state', lang: 'en', rating: 'accurate' },
    { text: 'Guanajuato es el estado con más homicidios del país', lang: 'es', rating: 'accurate' },
    { text: 'Homicides are concentrated in a few Mexican states', lang: 'en', rating: 'accurate' },
  ]),
]);

const CASES = {
  "another state than the claim's": {
    other: ['Arizona es el principal origen de las armas rastreadas que llegan a México.', 'Mexico sued Texas gun shops over cartel weapons.', 'Mexico sued Nevada gun shops over cartel weapons.'],
    own: ['Texas es el principal origen de las armas rastreadas que llegan a México.', 'Mexico sued Arizona gun shops over cartel weapons.'],
  },
  'a part the claim does not name': {
    other: [
      'Mexico is the largest trading partner of Texas.',
      'México es el principal socio comercial de Texas.',
      'Mexico is the largest trading partner of California, not of the United States as a whole.',
    ],
    own: ['Mexico is the largest trading partner of the United States.', 'Homicides are concentrated in a few Mexican states, such as Colima and Sinaloa.'],
  },
  'the opposite word': {
    other: ['A majority of Americans now oppose expanding the border wall.', 'Guanajuato records the fewest homicides of any Mexican state.', 'Guanajuato es el estado con menos homicidios del país.'],
    own: ['A majority of Americans now support expanding the border wall.', 'Guanajuato records the most homicides of any Mexican state.', 'Guanajuato es el estado con más homicidios del país.'],
  },
};

describe("a claim said in the reader's own words (the packs' `cueClasses`)", () => {
  it.each(['Guanajuato records the most murders of any Mexican state.', 'Guanajuato es el estado con más asesinatos del país.', 'Mexico sued Arizona gun shops over cartel firearms.'])(
    'is met: %s',
    (text) => expect(rating(text)?.rating).toBe('accurate'),
  );
  it.each(['Guanajuato records the fewest murders of any Mexican state.', 'Guanajuato es el estado con menos asesinatos del país.'])('is not met with the opposite word: %s', (text) =>
    expect(rating(text)?.rating).toBe('context'),
  );
});

describe.each(Object.entries(CASES))('a claim said with %s', (_, { other, own }) => {
  it.each(other)('is not met: %s', (text) => expect(rating(text)?.rating).toBe('context'));
  it.each(own)('is met when said its own way: %s', (text) => expect(rating(text)?.rating).toBe('accurate'));
});
