/**
 * figcues40: figure claims in the plain words of officials, wires and pollsters that bound to no series. A count said with
 * its noun before "a day" ("38 firearms a day") is a day's rate, as "38 a day" was; "lbs" is "pounds"; "lack" said in the
 * singular ("carece"), "garitas" for ports of entry and "de manera ilegal" for "ilegalmente" are their classes' words; and
 * measures named by their doer or verb ("agents apprehended", "Mexicans made up … of migrants
 * apprehended", "in Chiapas live in poverty", "la industria automotriz produjo"). Made-up sentences, none from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { readQuantities } from '../../engine/numbers';
import { bound } from './helpers/bound-series';
import { classifiedRating } from './helpers/bundled';

const series = (text: string, lang: 'en' | 'es') => bound(text, lang).map(([, key]) => key);
const perOf = (text: string) => readQuantities(text, 'en').map((q) => q.per);

describe('figcues40: a count with its noun before "a day"', () => {
  it('reads the noun between the number and "a day" as the rate\'s own', () => {
    expect(perOf('The army store sells roughly 38 firearms a day.')).toEqual(['day']);
    expect(perOf('Roughly 580 weapons a day are smuggled south.')).toEqual(['day']);
    expect(perOf('The two countries trade $2.3 billion worth of goods a day.')).toEqual(['day']);
  });

  it('binds it to the day series and judges it', () => {
    expect(series("Mexico's only legal gun store sells about 38 guns a day.", 'en')).toEqual(['mexico-legal-gun-sales']);
    expect(series('Roughly 580 weapons a day are smuggled into Mexico from the U.S.', 'en')).toEqual(['guns-smuggled-into-mexico-daily-estimate']);
    expect(series('The two countries trade $2.3 billion worth of goods a day.', 'en')).toEqual(['goods-trade-per-day']);
  });

  it('leaves "a day after" and "a day later" as no rate', () => {
    expect(perOf('The 25% tariff took effect a day after talks failed.')).toEqual([null]);
    expect(perOf('Tariffs of 25% hit imports a day later.')).toEqual([null]);
  });
});

/** Claims of each measure in the new wordings, with the rating each earns. */
const EN_CASES: readonly (readonly [text: string, rating: string])[] = [
  ['CBP confiscated 21,889 lbs of fentanyl in fiscal 2024.', 'accurate'],
  ['CBP confiscated 50,000 lbs of fentanyl in fiscal 2024.', 'false'],
  ['Agents apprehended about 2.2 million migrants in fiscal 2022.', 'accurate'],
  ['Mexicans made up 69% of migrants apprehended by the Border Patrol in fiscal 2025.', 'accurate'],
  ['Mexicans made up 95% of migrants apprehended by the Border Patrol in fiscal 2025.', 'false'],
  ['Two-thirds of people in Chiapas live in poverty, CONEVAL says.', 'accurate'],
  ['Americans gave Mexico an average of 58 out of 100 in 2019.', 'accurate'],
  ['Mexican imports into the U.S. came to $505.9 billion in 2024.', 'accurate'],
  ['Mexican imports into the U.S. came to $900 billion in 2024.', 'false'],
  ['Nearly 1 in 4 immigrants in the U.S. was born in Mexico.', 'accurate'],
  ['Half of immigrants in the U.S. were born in Mexico.', 'false'],
  ["Nearly three-quarters of Mexico's murders involve firearms.", 'accurate'],
  ['The U.S. is the destination for roughly 83% of Mexican exports.', 'accurate'],
  ['The U.S. is the destination for 95% of Mexican exports.', 'false'],
  ["Remittances now represent about 3.4 percent of Mexico's economy.", 'accurate'],
];

const ES_CASES: readonly (readonly [text: string, rating: string])[] = [
  ['Casi la mitad de los mexicanos carece de seguridad social.', 'accurate'],
  ['Ocho de cada diez detenidos con fentanilo en las garitas son estadounidenses.', 'accurate'],
  ['Cerca de 200 mil armas cruzan cada año de manera ilegal hacia México.', 'accurate'],
  ['Siete de cada diez armas recuperadas en México fueron fabricadas o vendidas en Estados Unidos.', 'accurate'],
  ['La industria automotriz produjo casi 4 millones de vehículos ligeros en 2024.', 'accurate'],
  ['El Tratado obliga a México a entregar 350 mil acres-pie al año en promedio.', 'accurate'],
  ['Dos terceras partes de la población de Chiapas vive en pobreza.', 'accurate'],
  ['Casi uno de cada cuatro inmigrantes en Estados Unidos nació en México.', 'accurate'],
  ['México envía a Estados Unidos el 83% de sus exportaciones.', 'accurate'],
];

describe('figcues40: a measure in its other words', () => {
  it('binds and judges English wordings: a true figure accurate, a wrong one false', () => {
    expect(EN_CASES.map(([text]) => classifiedRating(text, 'en'))).toEqual(EN_CASES.map(([, rating]) => rating));
  });

  it('binds and judges Spanish wordings', () => {
    expect(ES_CASES.map(([text]) => classifiedRating(text, 'es'))).toEqual(ES_CASES.map(([, rating]) => rating));
    expect(series('En México viven unas 800 mil personas nacidas en Estados Unidos, según el censo.', 'es')).toEqual(['us-born-residents-of-mexico-inegi']);
  });

  it('leaves a number of another measure, a part of a year or a negated one unjudged', () => {
    // Another measure: health services are no poverty rate.
    expect(series('Two-thirds of people in Chiapas lack health services.', 'en')).not.toContain('poverty-rate-chiapas');
    // A month's apprehensions are no fiscal year's.
    expect(series('Agents apprehended 9,000 migrants in March 2025.', 'en')).toEqual(['-']);
    expect(classifiedRating('Agents apprehended 9,000 migrants in March 2025.', 'en') ?? 'none').not.toMatch(/false|outdated|misleading/);
    // A contested estimate said as what NAFTA did stays a cause the record does not settle (verdict-level-change).
    expect(classifiedRating('NAFTA cost nearly 683,000 U.S. jobs by 2010.', 'en')).toBe('context');
    // Denied.
    expect(classifiedRating('It is false that NAFTA cost 2 million jobs.', 'en')).toBe('context');
    expect(classifiedRating('No es cierto que el TLCAN costó 2 millones de empleos.', 'es')).toBe('context');
  });
});
