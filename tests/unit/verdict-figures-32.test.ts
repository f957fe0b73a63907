/**
 * Figure claims that named the right fact but got no verdict for want of a binding (figures32): the words writers use for a
 * measure ("se envían a Estados Unidos", "los dos países", "en el extranjero" for "en el exterior", "residen" for "viven"),
 * a period said in words the engine did not read ("la primera mitad", "the first five months"), a 0–100 rating said as a bare
 * number, a poll's share dated by its month, "entre los mexicanos" read as among whom, and a running total counted "since
 * early 2025". And what must not change: a rate per week or month, a count of people dated by a month, a count of trips.
 * Made-up sentences, none from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { bound } from './helpers/bound-series';
import { classifiedRating } from './helpers/bundled';

const series = (text: string, lang: 'en' | 'es') => bound(text, lang).map(([, key]) => key);

describe('verdict-figures-32: cue phrases writers use', () => {
  it('reads a share of exports "sent" to the U.S., in both languages', () => {
    expect(series('Cerca del 83% de las exportaciones de México se envían a Estados Unidos.', 'es')).toEqual(['mexico-exports-share-to-us']);
    expect(series("Roughly 83% of Mexico's exports are sent to the U.S.", 'en')).toEqual(['mexico-exports-share-to-us']);
    expect(classifiedRating('Cerca del 83% de las exportaciones de México se envían a Estados Unidos.', 'es')).toBe('accurate');
  });

  it('reads "los dos países" as "ambos países" and "en el extranjero" as "en el exterior"', () => {
    expect(series('El comercio entre los dos países sumó 872,800 millones de dólares en 2025.', 'es')).toEqual(['goods-trade-per-year']);
    expect(series('México recibió 61,791 millones de dólares de sus trabajadores en el extranjero en 2025.', 'es')).toEqual(['remittances-per-year']);
    expect(classifiedRating('México recibió 61,791 millones de dólares de sus trabajadores en el extranjero en 2025.', 'es')).toBe('accurate');
  });

  it('reads "residen" and "radican" as "viven"', () => {
    expect(series('El 97% de los mexicanos en el exterior residen en Estados Unidos.', 'es')).toEqual(['share-of-mexicans-abroad-in-us-ime']);
  });

  it('binds ICE removals to Mexico said with the people removed, and judges them', () => {
    expect(series('In fiscal 2024 ICE removed 87,298 people to Mexico, more than to any other country.', 'en')[0]).toBe('ice-removals-to-mexico');
  });

  it('binds a count of undocumented Mexicans said "sin papeles" or "without authorization" before the place', () => {
    expect(series('Unos 4 millones de mexicanos viven sin papeles en Estados Unidos.', 'es')).toEqual(['unauthorized-mexican-immigrants']);
    expect(series('About 4 million Mexicans live in the U.S. without authorization.', 'en')).toEqual(['unauthorized-mexican-immigrants']);
  });

  it('binds Border Patrol arrests and GDP said in other words, and judges them both ways', () => {
    expect(classifiedRating('Los agentes fronterizos aprehendieron a 237,538 migrantes en el año fiscal 2025.', 'es')).toBe('accurate');
    expect(classifiedRating('Los agentes fronterizos aprehendieron a 500,000 migrantes en el año fiscal 2025.', 'es')).not.toBe('accurate');
    expect(classifiedRating("Mexico's gross domestic product rose 1.5% in 2024.", 'en')).toBe('accurate');
    expect(classifiedRating("Mexico's gross domestic product rose 4% in 2024.", 'en')).toBe('false');
  });

  it('reads a count of trips as trips, never as Americans living in Mexico', () => {
    expect(series('U.S. citizens made about 40 million trips to Mexico in 2024.', 'en')).toEqual(['us-citizen-trips-to-mexico']);
    expect(classifiedRating('U.S. citizens made about 40 million trips to Mexico in 2024.', 'en')).not.toBe('false');
  });
});

describe('verdict-figures-32: periods, ratings and polls', () => {
  it('reads "la primera mitad" and "the first five months" as part of a year, never the year’s total', () => {
    expect(series('En la primera mitad de 2025 las remesas sumaron 29,576 millones de dólares.', 'es')).not.toContain('remittances-per-year');
    expect(series('In the first five months of 2025, remittances to Mexico totaled $24 billion.', 'en')).not.toContain('remittances-per-year');
    expect(classifiedRating('En la primera mitad de 2025 las remesas sumaron 29,576 millones de dólares.', 'es')).not.toBe('false');
  });

  it('binds a 0–100 rating said as a bare number beside its words, dated by its month or not', () => {
    expect(classifiedRating('En enero de 2019, los estadounidenses le dieron a México una calificación de 58.', 'es')).toBe('accurate');
    expect(classifiedRating('En enero de 2019, los estadounidenses le dieron a México una calificación de 80.', 'es')).toBe('false');
    expect(series("Mexico scored 58 on the Chicago Council's feeling thermometer in 2019.", 'en')).toEqual(['americans-thermometer-mexico']);
  });

  it('leaves the ends of the scale unbound', () => {
    expect(bound('On a scale of 0 to 100, Americans gave Mexico an average rating of 58 in 2019.', 'en').filter(([raw]) => raw === '0' || raw === '100')).toEqual([
      ['0', '-'],
      ['100', '-'],
    ]);
  });

  it('judges a poll’s share dated by its month as the poll’s year', () => {
    expect(classifiedRating('En junio de 2025, el 29% de los mexicanos tenía una opinión favorable de Estados Unidos, según Pew.', 'es')).toBe('accurate');
    expect(classifiedRating('In June 2025, 29% of Mexicans had a favorable view of the U.S., Pew found.', 'en')).toBe('accurate');
    expect(classifiedRating('In June 2025, 75% of Mexicans had a favorable view of the U.S., Pew found.', 'en')).toBe('false');
  });

  it('reads "entre los mexicanos" as among whom, no place apart', () => {
    expect(series('La opinión favorable de Estados Unidos entre los mexicanos cayó a 29%, según Pew.', 'es')).toEqual(['mexicans-favorable-us-pew']);
  });

  it('reads a running total "since early 2025" as running to now, not as 2025’s', () => {
    expect(classifiedRating('Mexico has sent 92 cartel figures to the United States since early 2025.', 'en')).toBe('accurate');
    expect(classifiedRating('México ha enviado a 92 integrantes de cárteles a Estados Unidos desde principios de 2025.', 'es')).not.toBe('false');
  });
});

describe('verdict-figures-32: polls said of a country, states and the treaty', () => {
  it('reads "la imagen de EU en México" as Mexicans’ view of the U.S., in both languages', () => {
    expect(classifiedRating('La imagen favorable de Estados Unidos en México cayó al 29%, según Pew.', 'es')).toBe('accurate');
    expect(classifiedRating('The unfavorable view of the U.S. in Mexico rose to 69%, Pew found.', 'en')).toBe('accurate');
    expect(series('La imagen favorable de Estados Unidos en México cayó al 70%, según Pew.', 'es')).toEqual(['mexicans-favorable-us-pew']);
    expect(classifiedRating('La imagen favorable de Estados Unidos en México cayó al 70%, según Pew.', 'es')).not.toBe('accurate');
  });

  it('never reads "la imagen de México en EU" as Mexicans’ view of the U.S.', () => {
    expect(series('La imagen favorable de México en Estados Unidos subió a 59%.', 'es')).not.toContain('mexicans-favorable-us-pew');
  });

  it('binds a state’s remittances said right after its name', () => {
    expect(classifiedRating('Guanajuato, con 5,515 millones de dólares, fue el principal receptor de remesas en 2025.', 'es')).toBe('accurate');
    expect(classifiedRating('Guanajuato, con 9,000 millones de dólares, fue el principal receptor de remesas en 2025.', 'es')).toBe('false');
    expect(series('Michoacán led all states with $5.6 billion in remittances in 2024.', 'en')).toEqual(['remittances-michoacan']);
    expect(series('Guanajuato registró 4,035 homicidios en 2024.', 'es')).toEqual(['guanajuato-homicides']);
  });

  it('reads the treaty’s deliveries "anuales" and "al año del Bravo", and "en cada ciclo de cinco años"', () => {
    expect(classifiedRating('México debe entregar 350 mil acres-pie al año del Bravo.', 'es')).toBe('accurate');
    expect(classifiedRating('México debe entregar 600 mil acres-pie al año del Bravo.', 'es')).toBe('false');
    expect(classifiedRating('Mexico must deliver 1.75 million acre-feet in each five-year cycle.', 'en')).toBe('accurate');
    expect(series('El tratado obliga a México a entregar 2,158 millones de metros cúbicos en cada ciclo de cinco años.', 'es')).toEqual(['rio-grande-cycle-delivery']);
  });
});

describe('verdict-figures-32: what must not change', () => {
  it('gives no verdict to a rate per week or per month, however close a stock’s words', () => {
    expect(series('Cada semana unas 350 personas se suman a los cárteles.', 'es')).toEqual(['-']);
    expect(classifiedRating('Each month about 1,400 people join Mexico’s cartels.', 'en') ?? 'context').toBe('context');
  });

  it('leaves a count of people dated by its month to the year’s series only, never a poll’s reading', () => {
    expect(series('En enero de 2025 vivían en México 9 millones de estadounidenses.', 'es')).toEqual(['-']);
    expect(classifiedRating('En enero de 2025 vivían en México 9 millones de estadounidenses.', 'es')).not.toBe('false');
  });

  it('keeps a share of remittances from the U.S. said in a relative clause its own, beside the year’s total', () => {
    expect(classifiedRating('Las remesas, que en más del 95% provienen de Estados Unidos, sumaron 61,791 millones de dólares en 2025.', 'es')).toBe('accurate');
  });
});
