/**
 * A poll of one public about the other is not the other's poll: where every cue of a series
 * names the two countries in one order ("Americans consider Mexico an ally"), a number whose
 * clause names them the other way round ("Mexicans consider the U.S. an ally") is not bound to it.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/engine';
import type { Fact } from '../../engine/schema';
import { loadData } from '../../scripts/lib/data-files';
import { fig, ratingsOn, series, seriesFact } from './helpers/sample-facts';

const FACTS: Fact[] = [
  seriesFact(
    'ally',
    'public-opinion',
    [fig('us-ally-or-friend', 72, '2018', 'percent')],
    [
      series(
        'us-ally-or-friend',
        'americans-views-of-mexico',
        'ally-or-friendly',
        'point',
        ['ally or friend', 'Americans consider Mexico an ally or a friend'],
        ['aliado o amigo', 'estadounidenses consideran a México un aliado o un amigo'],
      ),
    ],
    { en: ['ally'], es: ['aliado'] },
  ),
];
const verdict = ratingsOn(FACTS);

describe('the order of the countries in a poll', () => {
  it('leaves the other public’s view unjudged', () => {
    expect(verdict('About 30% of Mexicans consider the U.S. an ally or friend.')).toEqual({ rating: 'context', figures: [] });
    expect(verdict('Un 30% de los mexicanos considera a Estados Unidos un aliado o amigo.')).toEqual({ rating: 'context', figures: [] });
  });

  it('still judges the series’ own public', () => {
    expect(verdict('Some 72% of Americans see Mexico as an ally or friend.')).toEqual({ rating: 'accurate', figures: ['us-ally-or-friend:consistent'] });
  });
});

/** A share whose cues name one country alone (U.S. citizens, Americans) is not said of the other's people. */
const SIDE_FACTS: Fact[] = [
  seriesFact(
    'convicted',
    'drugs-fentanyl',
    [fig('traffickers-us-citizens', 89, '2022', 'percent')],
    [
      series(
        'traffickers-us-citizens',
        'fentanyl-traffickers',
        'us-citizens',
        'year',
        ['convicted fentanyl traffickers', 'of convicted fentanyl traffickers are U.S. citizens'],
        ['condenados por tráfico de fentanilo', 'de los condenados por tráfico de fentanilo son ciudadanos estadounidenses'],
      ),
    ],
    { en: ['fentanyl'], es: ['fentanilo'] },
  ),
  seriesFact(
    'overdoses',
    'drugs-fentanyl',
    [fig('us-overdose-deaths', 80391, '2024', 'people', 'year')],
    [series('us-overdose-deaths', 'overdoses', 'none', 'year', ['overdose deaths', 'overdose deaths in the U.S.'], ['muertes por sobredosis', 'muertes por sobredosis en Estados Unidos'])],
    { en: ['overdose'], es: ['sobredosis'] },
  ),
];
SIDE_FACTS.push(
  seriesFact(
    'fdi',
    'mexico-economy',
    [fig('fdi-per-year', 40.871e9, '2025', 'usd', 'year')],
    [series('fdi-per-year', 'fdi', 'inflow', 'year', ['FDI', 'FDI in Mexico', 'foreign investment in Mexico'], ['IED', 'inversión extranjera en México'])],
    { en: ['FDI', 'investment'], es: ['inversión'] },
  ),
);
const sideVerdict = ratingsOn(SIDE_FACTS);

describe('the one country a share names', () => {
  it("leaves the other country's people unjudged", () => {
    expect(sideVerdict('Some 89% of convicted fentanyl traffickers are Mexican citizens.')?.rating).toBe('context');
    expect(sideVerdict('El 89% de los condenados por tráfico de fentanilo son ciudadanos mexicanos.')?.rating).toBe('context');
  });

  it("leaves the other country's people unjudged where the share is counted in the series' country", () => {
    expect(sideVerdict('Some 89% of convicted fentanyl traffickers in the U.S. are Mexican citizens.')?.rating).toBe('context');
    expect(sideVerdict('La mayoría de los condenados por tráfico de fentanilo en Estados Unidos son mexicanos.')?.rating).toBe('context');
    expect(sideVerdict('Some 89% of convicted fentanyl traffickers in the U.S. are U.S. citizens.')?.rating).toBe('accurate');
  });

  it('leaves an amount placed in the other country unjudged', () => {
    expect(sideVerdict('Mexican FDI in the U.S. reached $40.9 billion in 2025.')?.rating).toBe('context');
    expect(sideVerdict('FDI in Mexico reached $40.9 billion in 2025.')).toEqual({ rating: 'accurate', figures: ['fdi-per-year:consistent'] });
  });

  it('leaves a count in the other country unjudged', () => {
    expect(sideVerdict('Overdose deaths in Mexico reached 80,000 in 2024.')?.rating).toBe('context');
    expect(sideVerdict('Las muertes por sobredosis en México llegaron a 80 mil en 2024.')?.rating).toBe('context');
    expect(sideVerdict('Overdose deaths in the U.S. fell to about 80,000 in 2024, Mexico says.')?.rating).toBe('accurate');
  });

  it('leaves a count the other country records unjudged', () => {
    expect(sideVerdict('Mexico recorded 80,000 overdose deaths in 2024.')?.rating).toBe('context');
    expect(sideVerdict('México registró 80 mil muertes por sobredosis en 2024.')?.rating).toBe('context');
    expect(sideVerdict('In 2024 the U.S. recorded about 80,000 overdose deaths, more than Mexico.')?.rating).toBe('accurate');
  });

  it('still judges its own people, and a flow from the other country', () => {
    expect(sideVerdict('Some 89% of convicted fentanyl traffickers are U.S. citizens, not migrants from Mexico.')?.rating).toBe('accurate');
    expect(sideVerdict('Some 89% of convicted fentanyl traffickers are U.S. citizens.')).toEqual({ rating: 'accurate', figures: ['traffickers-us-citizens:consistent'] });
  });
});

/** The bundled polls of each public's view of the other (Pew: Americans' unfavorable view of Mexico 60%, Mexicans' of the U.S. 69%). */
const bundled = createEngine(loadData().facts);
const ratingOf = (sentence: string) => bundled.classify(sentence)?.rating ?? 'none';

describe('the public a poll measured, said as the place', () => {
  // "Views of the U.S. … in Mexico" are Mexicans' views, whichever country is named first: never judged by Americans' poll (were False).
  it('never judges one public’s view by the other public’s poll', () => {
    for (const sentence of ['Unfavorable views of the U.S. rose in Mexico to 69%.', 'La opinión desfavorable sobre Estados Unidos aumentó en México a 69%.'])
      expect(['false', 'outdated', 'misleading'], sentence).not.toContain(ratingOf(sentence));
    // Americans' view is 60%: 69% is no Accurate (was Accurate by Mexicans' poll).
    for (const sentence of ['Unfavorable views of Mexico rose in the U.S. to 69%.', 'La opinión desfavorable sobre México aumentó en Estados Unidos a 69%.'])
      expect(ratingOf(sentence), sentence).not.toBe('accurate');
  });

  it('still judges a public said as the place where the poll’s own words say one', () => {
    expect(ratingOf('In Mexico, unfavorable views of the U.S. rose to 69%.')).toBe('accurate');
  });
});
