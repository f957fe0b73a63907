/**
 * A negation that is part of a measure's own name ("do not travel", "no viajar", "little or no
 * confidence", "sin papeles") does not deny the number said with it; any other negation in the
 * sentence still does. Synthetic facts written for the tests, both languages.
 */
import { describe, expect, it } from 'vitest';
import { VERDICT_WORDS } from '../../engine/knowledge';
import { seriesEntries } from '../../engine/measure-cues';
import { MeasureIndex } from '../../engine/measures';
import { readQuantities } from '../../engine/numbers';
import type { Lang } from '../../engine/schema';
import { fig, ratingsOn, series, seriesFact } from './helpers/sample-facts';

const FACTS = [
  seriesFact(
    'travel',
    'cartels-violence',
    [fig('no-travel', 6, '2025', 'count')],
    [series('no-travel', 'do-not-travel-states', 'states', 'point', ['states under do not travel', 'do not travel advisory'], ['estados con alerta de no viajar', 'alerta de no viajar'])],
    { en: ['do not travel'], es: ['no viajar'] },
  ),
  seriesFact(
    'confidence',
    'public-opinion',
    [fig('no-confidence', 80, '2025', 'percent'), fig('favorable', 30, '2025', 'percent')],
    [
      series('no-confidence', 'confidence-us-president', 'none', 'point', ['little or no confidence in Trump'], ['poca o ninguna confianza en Trump', 'no confían en Trump']),
      series('favorable', 'view-of-us', 'favorable', 'point', ['favorable view of the U.S.'], ['opinión favorable de Estados Unidos']),
    ],
    { en: ['confidence'], es: ['confianza'] },
  ),
  seriesFact(
    'papers',
    'diaspora',
    [fig('undocumented', 4e6, '2022', 'people')],
    [series('undocumented', 'unauthorized-mexicans', 'mexicans-in-us', 'point', ['Mexicans without papers'], ['mexicanos sin papeles'])],
    { en: ['undocumented'], es: ['sin papeles'] },
  ),
];

const index = new MeasureIndex(seriesEntries(FACTS, VERDICT_WORDS), VERDICT_WORDS);
const bound = (text: string, lang: Lang) => index.bind(text, lang, readQuantities(text, lang), () => true).map((b) => `${b.quantity.value}:${b.entry.series.key}`);

describe('a negation inside a cue', () => {
  it('does not deny the number said with the cue, in both languages', () => {
    expect(bound('Mexico has 6 states under a do not travel advisory.', 'en')).toEqual(['6:no-travel']);
    expect(bound('Mexico has 6 states under a "do-not-travel" advisory.', 'en')).toEqual(['6:no-travel']);
    expect(bound('Hay 6 estados con alerta de no viajar.', 'es')).toEqual(['6:no-travel']);
    expect(bound('80% of Mexicans have little or no confidence in Trump.', 'en')).toEqual(['80:no-confidence']);
    expect(bound('El 80% de los mexicanos no confían en Trump.', 'es')).toEqual(['80:no-confidence']);
    expect(bound('Some 4 million Mexicans without papers are in the U.S.', 'en')).toEqual(['4000000:undocumented']);
    expect(bound('Unos 4 millones de mexicanos sin papeles están en EE.UU.', 'es')).toEqual(['4000000:undocumented']);
  });

  it('still lets a negation outside the cue deny the number', () => {
    expect(bound('Mexico does not have 6 states under a do not travel advisory.', 'en')).toEqual([]);
    expect(bound('6 states are not under a do not travel advisory.', 'en')).toEqual([]);
    expect(bound('No hay 6 estados con alerta de no viajar.', 'es')).toEqual([]);
    expect(bound('80% of Mexicans do not have confidence in Trump.', 'en')).toEqual([]);
  });

  it('binds through a cue’s negation only to that cue’s series', () => {
    expect(bound('30% no confían en Trump y tienen una opinión favorable de Estados Unidos.', 'es')).not.toContain('30:favorable');
  });

  it('is no negation of the sentence for typical claims, in both languages', () => {
    expect(index.negationCount('Some Mexican states are under a do not travel advisory.', 'en') > 0).toBe(false);
    expect(index.negationCount('Some Mexican states are not under a do not travel advisory.', 'en') > 0).toBe(true);
    expect(index.negationCount('Hay estados de México con alerta de no viajar.', 'es') > 0).toBe(false);
    expect(index.negationCount('No hay estados de México con alerta de no viajar.', 'es') > 0).toBe(true);
    expect(index.negationCount('Most Mexicans have little or no confidence in Trump.', 'en') > 0).toBe(false);
    expect(index.negationCount('La mayoría de los mexicanos nunca tuvo poca o ninguna confianza en Trump.', 'es') > 0).toBe(true);
  });

  it('lets the engine check the number', () => {
    const rate = ratingsOn(FACTS);
    expect(rate('80% of Mexicans have little or no confidence in Trump.')?.figures).toEqual(['no-confidence:consistent']);
    expect(rate('El 80% de los mexicanos tiene poca o ninguna confianza en Trump.')?.figures).toEqual(['no-confidence:consistent']);
  });
});

describe('a negation inside a cue or a typical claim', () => {
  const SAID = [
    seriesFact(
      'trust',
      'public-opinion',
      [fig('no-trust', 80, '2025', 'percent')],
      [series('no-trust', 'trust-in-us-president', 'none', 'point', ['have no confidence in Trump'], ['no confían en Trump'])],
      { en: ['confidence'], es: ['confianza'] },
    ),
    {
      ...seriesFact('warned', 'cartels-violence', [fig('warned-states', 6, '2025', 'count')], [series('warned-states', 'warned-states', 'states', 'point', ['warned not to travel'], ['no viajar'])], {
        en: ['travel', 'cartel violence'],
        es: ['viajar', 'violencia de los cárteles'],
      }),
      claims: [
        { text: 'Because of cartel violence, Americans are warned not to travel to some Mexican states', lang: 'en' as const, rating: 'accurate' as const },
        { text: 'Por la violencia de los cárteles, a los estadounidenses se les pide no viajar a algunos estados de México', lang: 'es' as const, rating: 'accurate' as const },
      ],
    },
  ];
  const said = new MeasureIndex(seriesEntries(SAID, VERDICT_WORDS), VERDICT_WORDS);
  const boundIn = (text: string, lang: Lang) => said.bind(text, lang, readQuantities(text, lang), () => true).map((b) => `${b.quantity.value}:${b.entry.series.key}`);

  it('must be said for the cue to name its measure, in both languages', () => {
    expect(boundIn('80% of Mexicans have no confidence in Trump.', 'en')).toEqual(['80:no-trust']);
    expect(boundIn('80% of Mexicans have confidence in Trump.', 'en')).toEqual([]);
    expect(boundIn('El 80% de los mexicanos no confían en Trump.', 'es')).toEqual(['80:no-trust']);
    expect(boundIn('El 80% de los mexicanos confían en Trump.', 'es')).toEqual([]);
  });

  it('must be said for the typical claim to be met, in both languages', () => {
    const rate = ratingsOn(SAID);
    expect(rate('Because of cartel violence, Americans are warned not to travel to some Mexican states.')?.rating).toBe('accurate');
    expect(rate('Because of cartel violence, Americans are warned to travel to some Mexican states.')?.rating).not.toBe('accurate');
    expect(rate('Por la violencia de los cárteles, a los estadounidenses se les pide no viajar a algunos estados de México.')?.rating).toBe('accurate');
    expect(rate('Por la violencia de los cárteles, a los estadounidenses se les pide viajar a algunos estados de México.')?.rating).not.toBe('accurate');
  });
});

describe('a number left unbound', () => {
  const why = (text: string, lang: Lang) => {
    const heard: string[] = [];
    index.bind(
      text,
      lang,
      readQuantities(text, lang),
      () => true,
      (q, reason) => heard.push(`${q.value}:${reason}`),
    );
    return heard;
  };

  it('is told with the reason, in both languages', () => {
    expect(why('Mexico does not have 6 states under a do not travel advisory.', 'en')).toEqual(['6:negated']);
    expect(why('No hay 6 estados con alerta de no viajar.', 'es')).toEqual(['6:negated']);
    expect(why('Mexico has 6 ports.', 'en')).toEqual(['6:no cue']);
    expect(why('México tiene 6 puertos.', 'es')).toEqual(['6:no cue']);
  });

  it('is not told of a number that was bound', () => {
    expect(why('Mexico has 6 states under a do not travel advisory.', 'en')).toEqual([]);
    expect(why('Hay 6 estados con alerta de no viajar.', 'es')).toEqual([]);
  });
});

describe('a negation in a leading clause of contrast', () => {
  it('is that clause’s own and denies no number of the main clause, in both languages', () => {
    expect(bound('Although no official count exists, some 4 million Mexicans without papers are in the U.S.', 'en')).toEqual(['4000000:undocumented']);
    expect(bound('Aunque no existen cifras oficiales, unos 4 millones de mexicanos sin papeles están en EE.UU.', 'es')).toEqual(['4000000:undocumented']);
  });
  it('still denies a number said inside it, and the main clause’s own negation still denies, in both languages', () => {
    expect(bound('Although 6 states are not under a do not travel advisory, the rest are safe.', 'en')).toEqual([]);
    expect(bound('Although the count is new, 4 million Mexicans without papers are not in the U.S.', 'en')).toEqual([]);
    expect(bound('Aunque el conteo es nuevo, no hay 4 millones de mexicanos sin papeles en EE.UU.', 'es')).toEqual([]);
  });
});
