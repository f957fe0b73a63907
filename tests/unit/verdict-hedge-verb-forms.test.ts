import { describe, expect, it } from 'vitest';
import { readQuantities } from '../../engine/numbers';
import { shownRating } from './helpers/bundled';

// "Over" said by a verb in any of its forms ("topping", "surpassing", "superó", "sobrepasó", "rebasó") or by a comparison
// right before the number ("greater than", "por encima de los") is the number's hedge: a lower bound, never the exact figure.
// Two-way goods trade was $872.8 billion in 2025 and remittances $61.8 billion.
describe('a hedge of "over" in any verb form, or a comparison word before the number', () => {
  it.each([
    'In 2025, trade between Mexico and the United States hit a record, topping $900 billion.',
    'En 2025, el comercio entre México y Estados Unidos sobrepasó los 900 mil millones de dólares.',
    'El comercio entre México y Estados Unidos superó los 900 mil millones de dólares en 2025.',
  ])('a lower bound the record never reached is not borne out: %s', (text) => {
    expect(shownRating(text)).not.toBe('accurate');
  });

  it.each([
    'Trade between Mexico and the United States was greater than $840 billion in 2025.',
    'In 2025, trade between Mexico and the United States hit a record, surpassing $860 billion.',
    'El comercio entre México y Estados Unidos superó los 840 mil millones de dólares en 2025.',
    'En 2025, las remesas a México estuvieron por encima de los 60 mil millones de dólares.',
  ])('a lower bound the record passed is borne out: %s', (text) => {
    expect(shownRating(text)).toBe('accurate');
  });
});

// "Under", "almost" and "about" in the forms writers use ("inferior a", "lower than", "rozaron", "en torno a", "on the order of").
describe('hedges of "under", "almost" and "about" in their other forms', () => {
  it.each(['En 2025, el comercio entre México y Estados Unidos fue inferior a 850 mil millones de dólares.', 'In 2025, trade between Mexico and the United States was no more than $850 billion.'])(
    'an upper bound the record passed is not borne out: %s',
    (text) => {
      expect(shownRating(text)).not.toBe('accurate');
    },
  );

  it.each([
    'In 2025, trade between Mexico and the United States was lower than $900 billion.',
    'En 2025, el comercio entre México y Estados Unidos fue menor a 900 mil millones de dólares.',
    'En 2025, las remesas rozaron los 62 mil millones de dólares.',
    'In 2025, trade between Mexico and the United States was on the order of $870 billion.',
    'En 2025, el comercio entre México y Estados Unidos se ubicó en torno a los 870 mil millones de dólares.',
  ])('a bound or an estimate the record bears out: %s', (text) => {
    expect(shownRating(text)).toBe('accurate');
  });
});

// An estimate is said as one ("an estimated", "estimated at", "se estima que", "se calcula que", "un estimado de"): read as
// "about", as "unos" and "about" are, so the same claim is judged alike however its estimate is worded.
describe('estimates and "upward of" as hedges', () => {
  it.each([
    ['estimated at 1.5 million Americans', 'en', 'about'],
    ['se estima que 1.5 millones de estadounidenses', 'es', 'about'],
    ['se calcula que 1.5 millones de estadounidenses', 'es', 'about'],
    ['un estimado de 1.5 millones de estadounidenses', 'es', 'about'],
    ['upward of $60 billion', 'en', 'over'],
  ] as const)('%s', (text, lang, qualifier) => {
    expect(readQuantities(text, lang)[0]?.qualifier).toBe(qualifier);
  });

  it('judges an estimate alike in each wording', () => {
    const ratings = [
      'About 1.5 million Americans live in Mexico.',
      'Estimated at 1.5 million, Americans living in Mexico outnumber those in all of Europe.',
      'Unos 1.5 millones de estadounidenses viven en México.',
      'Se estima que 1.5 millones de estadounidenses viven en México.',
    ].map(shownRating);
    expect(new Set(ratings).size).toBe(1);
  });
});
