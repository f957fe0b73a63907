/**
 * A typical claim that compares two things ("more … illegally than legally", "China, not Mexico, is…")
 * is not met by a sentence that turns its comparison round: the other way ("fewer … than", "más … que"
 * for "menos … que") or its sides swapped. Bag-of-words matching read both as the claim. Sentences
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { claimFact, ratingsOn } from './helpers/sample-facts';

const rating = ratingsOn([
  claimFact('crossings', 'border-security', { en: ['border crossings'], es: ['cruces fronterizos'] }, [
    { text: 'More people cross the southern border illegally than legally', lang: 'en', rating: 'false' },
  ]),
  claimFact('residents', 'diaspora', { en: ['Mexican immigrants'], es: ['inmigrantes mexicanos'] }, [
    { text: 'Hoy viven en EU menos inmigrantes mexicanos que en 2007', lang: 'es', rating: 'accurate' },
  ]),
  claimFact('source', 'drugs-fentanyl', { en: ['fentanyl'], es: ['fentanilo'] }, [
    { text: 'China, not Mexico, is the main source of fentanyl in the U.S.', lang: 'en', rating: 'outdated' },
    { text: 'China, y no México, es la principal fuente del fentanilo en EU', lang: 'es', rating: 'outdated' },
  ]),
]);

describe('a comparison turned round', () => {
  it.each([
    'More people cross the southern border legally than illegally.',
    'Fewer people cross the southern border illegally than legally.',
    'Hoy viven en EU más inmigrantes mexicanos que en 2007.',
    'Mexico, not China, is the main source of fentanyl in the U.S.',
    'México, y no China, es la principal fuente del fentanilo en EU.',
  ])('meets no claim that says it the other way: %s', (text) => expect(rating(text)?.rating).toBe('context'));

  it('still meets the claim said its own way', () => {
    expect(rating('More people cross the southern border illegally than legally, the ad says.')?.rating).toBe('false');
    expect(rating('Hoy viven en EU menos inmigrantes mexicanos que en 2007.')?.rating).toBe('accurate');
    expect(rating('China, not Mexico, is the main source of fentanyl in the U.S.')?.rating).toBe('outdated');
    expect(rating('China, y no México, es la principal fuente del fentanilo en EU.')?.rating).toBe('outdated');
  });
});
