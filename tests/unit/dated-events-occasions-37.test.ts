/**
 * A dated event that happened more than once (session 37): "Remain in Mexico" was restarted by a court order in December
 * 2021 and reinstated by DHS in January 2025. A true claim of the first time was False, then Outdated, against the
 * second; each of its years is a time the event is true of, any other year is wrong. Sentences written for this test,
 * blind to the corpus.
 */
import { describe, expect, it } from 'vitest';
import { judgeFigure } from '../../engine/figures';
import { figureSentence } from '../../engine/summary';
import { describeWordings, type Table } from './helpers/wording-tables';
import { fig } from './helpers/sample-facts';

describe('a year series with two occasions', () => {
  const restarts = [fig('restart', 2021, '2021-12', 'year'), fig('restart', 2025, '2025-01', 'year')];
  const year = (value: number) => ({ value, unit: 'year' as const, per: null, qualifier: 'exact' as const, start: 0, end: 4, raw: String(value) });
  it('bears out the earlier occasion as well as the newest, and neither as outdated', () => {
    expect(judgeFigure(year(2021), restarts)).toMatchObject({ status: 'consistent', recordValue: 2021, recordPeriod: '2021-12' });
    expect(judgeFigure(year(2025), restarts)).toMatchObject({ status: 'consistent', recordValue: 2025 });
    expect(judgeFigure(year(2021), restarts, { past: true })).toMatchObject({ status: 'consistent', recordValue: 2021 });
  });
  it('contradicts a year that is none of them, and a card says every occasion', () => {
    const wrong = judgeFigure(year(2023), restarts);
    expect(wrong).toMatchObject({ status: 'contradicted', recordValue: 2025, occasions: ['2021-12', '2025-01'] });
    const check = { ...wrong!, key: 'restart' };
    expect(figureSentence(check, 'en')).toBe('The claim says 2023; the record shows Dec 2021 and Jan 2025.');
    expect(figureSentence(check, 'es')).toBe('La afirmación dice 2023; los datos muestran dic 2021 y ene 2025.');
  });
});

const RATED: Table = {
  en: [
    ['Remain in Mexico was reinstated in December 2021 under a court order.', 'accurate'],
    ['Remain in Mexico came back in 2021.', 'accurate'],
    ['Remain in Mexico was reinstated in 2025.', 'accurate'],
    ['Remain in Mexico was reinstated in 2023.', 'false'],
  ],
  es: [
    ['Quédate en México se reactivó en diciembre de 2021 por orden de un juez.', 'accurate'],
    ['Quédate en México regresó en 2021.', 'accurate'],
    ['Quédate en México se reactivó en 2019.', 'false'],
  ],
};

const NEVER: Table = {
  en: [['Biden ended Remain in Mexico in 2021.', 'false']],
  es: [['Biden terminó Quédate en México en 2021.', 'false']],
};

const OPEN: Table = {
  en: [['A federal court forced the Biden administration to restart Remain in Mexico in 2021.', 'false']],
  es: [['Un juez federal obligó al gobierno de Biden a reanudar Quédate en México en 2021.', 'false']],
};

describeWordings('Remain in Mexico restarted in 2021 and again in 2025 (session 37)', { rated: RATED, never: NEVER, open: OPEN }, 'its end');
