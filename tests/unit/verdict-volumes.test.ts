/**
 * Volumes of water: acre-feet, cubic meters and cubic hectometres are read in both languages
 * (cubic meters as acre-feet, as precise as they were said), shown as acre-feet, and checked
 * against a series of volumes. Synthetic facts written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { formatValue } from '../../engine/format';
import { readQuantities } from '../../engine/numbers';
import type { Lang } from '../../engine/schema';
import { fig, ratingsOn, series, seriesFact } from './helpers/sample-facts';

const read = (text: string, lang: Lang) => readQuantities(text, lang).map((q) => `${q.value} ${q.unit}`);

describe('volumes', () => {
  it('reads acre-feet, cubic meters and cubic hectometres in English and Spanish', () => {
    expect(read('Mexico owes 1.75 million acre-feet per cycle.', 'en')).toEqual(['1750000 acre-ft']);
    expect(read('México debe 1.75 millones de acres-pie por ciclo.', 'es')).toEqual(['1750000 acre-ft']);
    expect(read('about 1.85 billion cubic meters a year', 'en')).toEqual(['1500000 acre-ft']);
    expect(read('unos 1,850 millones de metros cúbicos al año', 'es')).toEqual(['1500000 acre-ft']);
    expect(read('un déficit de 1,067 millones de m³', 'es')).toEqual(['865000 acre-ft']);
    expect(read('1,850 hectómetros cúbicos', 'es')).toEqual(['1500000 acre-ft']);
  });

  it('shows a volume in acre-feet', () => {
    expect(formatValue(1.5e6, 'acre-ft', 'year', 'en')).toBe('1.5 million acre-feet a year');
    expect(formatValue(350000, 'acre-ft', null, 'es')).toBe('350,000 acres-pie');
  });

  it('checks a volume against its series, whichever unit it is said in', () => {
    const rate = ratingsOn([
      seriesFact(
        'water',
        'water-treaty',
        [fig('colorado', 1.5e6, '1944', 'acre-ft', 'year')],
        [series('colorado', 'colorado-allotment', 'us-to-mx', 'year', ['treaty allots Mexico of Colorado River water'], ['el tratado asigna a México del río Colorado'])],
        { en: ['water treaty'], es: ['tratado de aguas'] },
      ),
    ]);
    expect(rate('The 1944 water treaty allots Mexico 1.5 million acre-feet of Colorado River water a year.')).toMatchObject({ rating: 'accurate', figures: ['colorado:consistent'] });
    expect(rate('El tratado de aguas asigna a México 1,850 millones de metros cúbicos del río Colorado al año.')).toMatchObject({ rating: 'accurate', figures: ['colorado:consistent'] });
    expect(rate('The 1944 water treaty allots Mexico 3 million acre-feet of Colorado River water a year.')).toMatchObject({ rating: 'false', figures: ['colorado:contradicted'] });
  });
});
