/**
 * Word classes in cue matching (issue #12, "measures, not units"): a figure series names its
 * measure in a few phrasings, and a reader's own wording of the same measure ("a negative
 * perception of", "una imagen negativa de") meets it through the language's classes
 * (engine/knowledge/lang/<lang>/words.json, `verdict.cueClasses`). On a small synthetic fact
 * set whose cues list none of the phrasings the sentences use.
 */
import { describe, expect, it } from 'vitest';
import { VERDICT_WORDS } from '../../engine/knowledge';
import { cueClassMaps, inClasses } from '../../engine/measure-cues';
import type { Fact } from '../../engine/schema';
import { toStems } from '../../engine/vocabulary';
import { fig, ratingsOn, series, seriesFact } from './helpers/sample-facts';

const fact = seriesFact;

const FACTS: Fact[] = [
  fact(
    'views',
    'public-opinion',
    [fig('us-unfavorable', 60, '2024', 'percent'), fig('us-favorable', 37, '2024', 'percent')],
    [
      series('us-unfavorable', 'american-views-of-mexico', 'unfavorable', 'point', ['unfavorable view of Mexico'], ['opinión desfavorable de México']),
      series('us-favorable', 'american-views-of-mexico', 'favorable', 'point', ['favorable view of Mexico'], ['opinión favorable de México']),
    ],
    { en: ['Americans', 'view of Mexico'], es: ['estadounidenses', 'opinión de México'] },
  ),
  fact(
    'relations',
    'public-opinion',
    [fig('ally', 27, '2018', 'percent'), fig('ally-or-friend', 72, '2018', 'percent')],
    [
      series('ally', 'american-views-of-relations', 'ally', 'point', ['consider Mexico an ally'], ['consideran a México un aliado']),
      series('ally-or-friend', 'american-views-of-relations', 'ally-or-friendly', 'point', ['consider Mexico an ally or a friend'], ['consideran a México un aliado o un amigo']),
    ],
    { en: ['ally'], es: ['aliado'] },
  ),
  fact(
    'americans',
    'diaspora',
    [fig('us-in-mx', 1.6e6, '2024', 'people')],
    [series('us-in-mx', 'americans-in-mexico', 'americans-in-mx', 'point', ['Americans living in Mexico'], ['estadounidenses viven en México'])],
    { en: ['Americans'], es: ['estadounidenses'] },
  ),
];

const verdict = ratingsOn(FACTS);

describe('word classes in cue matching', () => {
  it('meets a series in a phrasing its cues do not list, in English', () => {
    expect(verdict('60% of Americans have a negative perception of Mexico.')).toEqual({ rating: 'accurate', figures: ['us-unfavorable:consistent'] });
    expect(verdict('Only 37% of Americans have a positive image of Mexico.')).toEqual({ rating: 'accurate', figures: ['us-favorable:consistent'] });
    expect(verdict('Some 1.6 million Americans reside in Mexico.')).toEqual({ rating: 'accurate', figures: ['us-in-mx:consistent'] });
  });

  it('meets a series in a phrasing its cues do not list, in Spanish', () => {
    expect(verdict('El 60% de los estadounidenses tiene una imagen negativa de México.')).toEqual({ rating: 'accurate', figures: ['us-unfavorable:consistent'] });
    expect(verdict('Apenas el 37% de los estadounidenses tiene una percepción positiva de México.')).toEqual({ rating: 'accurate', figures: ['us-favorable:consistent'] });
  });

  it('keeps apart the measures the classes keep apart: a positive view is not an unfavorable one', () => {
    expect(verdict('60% of Americans have a positive perception of Mexico.')).toEqual({ rating: 'false', figures: ['us-favorable:contradicted'] });
    expect(verdict('El 60% de los estadounidenses tiene una percepción positiva de México.')).toEqual({ rating: 'false', figures: ['us-favorable:contradicted'] });
  });

  it('reads every word of a class as one stem, in both languages', () => {
    const classes = cueClassMaps(VERDICT_WORDS);
    const read = (text: string, lang: 'en' | 'es') => inClasses(toStems(text, lang), classes[lang]).join(' ');
    expect(read('negative perception', 'en')).toBe(read('unfavorable view', 'en'));
    expect(read('imagen negativa', 'es')).toBe(read('opinión desfavorable', 'es'));
    expect(read('positive view', 'en')).not.toBe(read('negative view', 'en'));
  });

  it('reads a member of several words only when said whole ("their northern neighbor" is the U.S.; "neighbor" alone is not)', () => {
    expect(verdict('60% of Americans have a negative perception of their southern neighbor.')).toEqual({ rating: 'accurate', figures: ['us-unfavorable:consistent'] });
    expect(verdict('El 60% de los estadounidenses tiene una opinión negativa de su vecino del sur.')).toEqual({ rating: 'accurate', figures: ['us-unfavorable:consistent'] });
    const classes = cueClassMaps(VERDICT_WORDS);
    const read = (text: string, lang: 'en' | 'es') => inClasses(toStems(text, lang), classes[lang]);
    expect(read('their northern neighbor', 'en')).toEqual(['usa', 'usa']);
    expect(read('el país del norte', 'es')).toEqual(['usa', 'usa']);
    expect(read('a good neighbor', 'en')).toEqual(toStems('a good neighbor', 'en'));
    expect(read('el norte de México', 'es')).toEqual(toStems('el norte de México', 'es'));
  });

  it('binds the longer of two sibling cues when the shorter lies inside it ("an ally" inside "an ally or a friend")', () => {
    expect(verdict('Just 72 percent of Americans consider Mexico an ally or a friend.')).toEqual({ rating: 'accurate', figures: ['ally-or-friend:consistent'] });
    expect(verdict('Only 27 percent of Americans consider Mexico an ally.')).toEqual({ rating: 'accurate', figures: ['ally:consistent'] });
    expect(verdict('El 72% de los estadounidenses consideran a México un aliado o un amigo.')).toEqual({ rating: 'accurate', figures: ['ally-or-friend:consistent'] });
  });

  it('leaves a share of a party unchecked against the whole population ("80% of Republicans")', () => {
    expect(verdict('About 80% of Republicans have an unfavorable view of Mexico.')?.figures ?? []).toEqual([]);
    expect(verdict('El 80% de los republicanos tiene una opinión desfavorable de México.')?.figures ?? []).toEqual([]);
    expect(verdict('About 60% of Americans have an unfavorable view of Mexico.')).toEqual({ rating: 'accurate', figures: ['us-unfavorable:consistent'] });
  });
});
