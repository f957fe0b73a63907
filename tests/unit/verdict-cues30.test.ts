/**
 * Cues written as reporters and press offices name each measure, in English and Spanish: a poll's view named by its image
 * or impression, people handed over to the other country, a share of the diaspora or of DACA recipients, a consular
 * network, troops sent to the border, a surplus said from Mexico's side; and a running total counted since a month ("since
 * February 2025", "desde febrero de 2025"), whose start is no part of a year and no time of its count. Made-up sentences,
 * none from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { bound } from './helpers/bound-series';
import { classifiedRating } from './helpers/bundled';

const series = (text: string, lang: 'en' | 'es') => bound(text, lang).map(([, key]) => key);

describe('cues30: measures named as the press names them', () => {
  it('reads a poll’s view named by its image or impression, each side apart', () => {
    expect(series('Mexicans’ positive image of the United States fell to 29% in 2025.', 'en')).toEqual(['mexicans-favorable-us-pew']);
    expect(series('Solo 29% de los mexicanos tiene una percepción favorable de Estados Unidos.', 'es')).toEqual(['mexicans-favorable-us-pew']);
    expect(series('Some 69% of Mexicans hold a negative image of the United States.', 'en')).toEqual(['mexicans-unfavorable-us-pew']);
    expect(series('El 69% de los mexicanos tiene una percepción desfavorable de Estados Unidos.', 'es')).toEqual(['mexicans-unfavorable-us-pew']);
    expect(series('About 60% of Americans have an unfavorable impression of Mexico.', 'en')).toEqual(['americans-unfavorable-mexico-pew']);
    expect(series('El 60% de los estadounidenses tiene una valoración negativa de México.', 'es')).toEqual(['americans-unfavorable-mexico-pew']);
  });

  it('reads people handed over to the other country', () => {
    expect(series('Mexico has handed 40 cartel figures to the U.S.', 'en')).toEqual(['cartel-figures-transferred-to-us']);
    expect(series('México ha entregado a Estados Unidos a 40 narcotraficantes.', 'es')).toEqual(['cartel-figures-transferred-to-us']);
  });

  it('reads a share of the diaspora and of DACA recipients', () => {
    expect(series('About 97% of Mexicans who emigrated live in the United States.', 'en')).toEqual(['share-of-mexicans-abroad-in-us-ime']);
    expect(series('El 97% de los mexicanos que emigraron vive en Estados Unidos.', 'es')).toEqual(['share-of-mexicans-abroad-in-us-ime']);
    expect(series('Some 80% of DACA beneficiaries are Mexican.', 'en')).toEqual(['mexican-share-of-daca-recipients']);
    expect(series('Ocho de cada diez beneficiarios de DACA son mexicanos.', 'es')).toEqual(['mexican-share-of-daca-recipients']);
  });

  it('reads a consular network and troops sent to the border, each country apart (a country’s own words keep its side)', () => {
    expect(series("Mexico's consular network in the U.S. has 52 offices.", 'en')).toEqual(['mexico-consulates-in-us']);
    expect(series('México tiene una red de 52 consulados en Estados Unidos.', 'es')).toEqual(['mexico-consulates-in-us']);
    expect(series('The U.S. military deployed 10,000 personnel to the border.', 'en')).toEqual(['us-service-members-southern-border']);
    expect(series('Estados Unidos envió 10 mil soldados a la frontera.', 'es')).toEqual(['us-service-members-southern-border']);
    expect(series('México envió 10 mil soldados a la frontera norte.', 'es')).toEqual(['mexico-troops-northern-border']);
  });

  it('reads a surplus said from Mexico’s side as the U.S. deficit', () => {
    expect(series("Mexico's goods surplus with the United States reached $197 billion in 2025.", 'en')).toEqual(['us-goods-deficit-with-mexico']);
    expect(series('El superávit de México frente a Estados Unidos llegó a 197 mil millones de dólares en 2025.', 'es')).toEqual(['us-goods-deficit-with-mexico']);
  });
});

describe('cues30: a running total counted since a month', () => {
  it('reads the month and year after "since" as the total’s start, not its time', () => {
    expect(classifiedRating('Mexico has sent 92 cartel members to the United States since February 2025.', 'en')).toBe('accurate');
    expect(classifiedRating('Desde febrero de 2025, México ha enviado a 92 narcotraficantes a Estados Unidos.', 'es')).toBe('accurate');
    expect(classifiedRating('Mexico has sent 92 cartel members to the United States since 2025.', 'en')).toBe('accurate');
  });

  it('keeps a count since January a part of the year, and a count far off the record never accurate', () => {
    expect(classifiedRating('Remittances since January 2025 totaled $61 billion.', 'en')).not.toBe('accurate');
    expect(classifiedRating('Mexico has sent 300 cartel members to the United States since February 2025.', 'en')).not.toBe('accurate');
  });
});
