/**
 * Figures that named the right fact but earned no verdict (issue #12): kinds of language that kept a number from its
 * measure or gave it a wrong time. Sentences written for the test.
 *
 * - When a report came out ("a survey released in June", "una encuesta publicada este mes") is no period of its numbers.
 * - A word of "since" right after a change ("has declined by 34 percent since 2007", "ha caído 34% desde 2007") dates the
 *   change, no running total.
 * - A relative clause between commas ("Las remesas, que …, sumaron …") is an aside: the number after it reaches the words
 *   before it, as it reaches over a parenthesis.
 * - A number said as the baseline of the one before it ("69%, … compared to the 61% …") is of an earlier time: an older
 *   figure it matches does not make it outdated.
 */
import { describe, expect, it } from 'vitest';
import { VERDICT_WORDS } from '../../engine/knowledge';
import { readQuantities } from '../../engine/numbers';
import type { Lang } from '../../engine/schema';
import { statedPeriod } from '../../engine/stated-period';
import { foldSameLength } from '../../engine/word-lists';
import { judgeBinding } from '../../engine/figures';
import { seriesEntries } from '../../engine/measure-cues';
import { MeasureIndex } from '../../engine/measures';
import { loadData } from '../../scripts/lib/data-files';
import { classifiedRating as rating } from './helpers/bundled';

const period = (text: string, lang: Lang, i = 0) => statedPeriod(foldSameLength(text), readQuantities(text, lang)[i]!, VERDICT_WORDS[lang]);

describe('when a report was published', () => {
  it('gives its numbers no period, in English', () => {
    expect(period('A Pew survey released in June found that 69% of Mexicans have an unfavorable view of the United States.', 'en')).toBeNull();
    expect(rating('A Pew survey released in June found that 69% of Mexicans have an unfavorable view of the United States.', 'en')).toBe('accurate');
    // A month said of the numbers themselves is still their time.
    expect(period('In June, remittances to Mexico fell to $5.2 billion.', 'en')).toBe('part-year');
    expect(period('The report released on Monday showed remittances in June fell to $5.2 billion.', 'en')).toBe('part-year');
    // A verb that reports a result, not a publication, leaves the month to the numbers.
    expect(period('Remittances to Mexico posted gains in June of 5%.', 'en')).toBe('part-year');
  });

  it('gives its numbers no period, in Spanish', () => {
    expect(period('Según una encuesta publicada este mes, el 69% de los mexicanos tiene una opinión desfavorable de Estados Unidos.', 'es')).toBeNull();
    expect(rating('Según una encuesta publicada este mes, el 69% de los mexicanos tiene una opinión desfavorable de Estados Unidos.', 'es')).toBe('accurate');
    expect(period('En junio, las remesas a México cayeron a 5,200 millones de dólares.', 'es')).toBe('part-year');
    expect(period('Las remesas a México han presentado caídas en junio de 5%.', 'es')).toBe('part-year');
  });
});

describe('a change since a year', () => {
  it('is no running total, in English', () => {
    expect(period('The number of unauthorized Mexican immigrants has declined by 34 percent since 2007.', 'en')).toBeNull();
    expect(period('Remittances have grown 50% since 2020.', 'en')).toBeNull();
    // A count since a year is one.
    expect(period('Since 2020, CBP has seized more than 50,000 pounds of fentanyl.', 'en')).toBe('cumulative');
  });

  it('is no running total, in Spanish', () => {
    expect(period('El número de inmigrantes mexicanos indocumentados ha caído 34% desde 2007.', 'es')).toBeNull();
    expect(period('Las remesas han crecido 50% desde 2020.', 'es')).toBeNull();
    expect(period('Desde 2020, la CBP ha decomisado más de 50,000 libras de fentanilo.', 'es')).toBe('cumulative');
  });
});

describe('a relative clause between commas', () => {
  it('lets the number after it reach the words before it, in Spanish', () => {
    expect(rating('Las remesas, que en más del 95% provienen de Estados Unidos, sumaron 61,791 millones de dólares en 2025.', 'es')).toBe('accurate');
    // Said in one run with no aside, the number after the comma is still cut from the words before the other number.
    expect(rating('Las remesas, en más del 95% de Estados Unidos, sumaron 61,791 millones de dólares en 2025.', 'es')).not.toBe('accurate');
  });

  it('lets the number after it reach the words before it, in English', () => {
    expect(rating('Remittances, which are more than 95% from the United States, totaled $61.8 billion in 2025.', 'en')).not.toBe('false');
    const measures = new MeasureIndex(seriesEntries(loadData().facts, VERDICT_WORDS), VERDICT_WORDS);
    const text = 'Remittances, which are more than 95% from the United States, totaled $61.8 billion in 2025.';
    const bound = measures.bind(text, 'en', readQuantities(text, 'en'), () => true).find((b) => b.quantity.raw.includes('61.8'));
    expect(bound?.entry.series.key).toBe('remittances-per-year');
  });
});

describe('a baseline said after a number of its unit', () => {
  it('is of an earlier time, never outdated', () => {
    const measures = new MeasureIndex(seriesEntries(loadData().facts, VERDICT_WORDS), VERDICT_WORDS);
    const text = "According to a Pew poll, unfavorable views of the United States among Mexicans have climbed to 69%, a sharp drop compared to the 61% favorable views recorded in Biden's last year.";
    const bindings = measures.bind(text, 'en', readQuantities(text, 'en'), () => true);
    const baseline = bindings.find((b) => b.quantity.raw === '61%');
    expect(baseline).toBeDefined();
    expect(baseline!.past).toBe(true);
    expect(judgeBinding(baseline!)?.status).not.toBe('outdated');
  });
});
