/**
 * Remittances, tourism and oil earnings are measures every country has: a sentence that names no country may give
 * Guatemala's or El Salvador's figure, which Mexico's record must not deny. The record still bears out Mexico's own figure,
 * denies a figure misdated by a year whose digits are Mexico's, and, on a page, takes Mexico from the sentence before that
 * named it. Run on the bundled facts; the sentences are written for the test.
 */
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../engine/reply';
import { loadData } from '../../scripts/lib/data-files';
import { bundled, expectRatings } from './helpers/bundled';

/** The rating of each sentence of a passage, as a page reads it (`analyze` over the whole text). */
const passage = (text: string) => bundled.analyze(text, { includeUncheckworthy: true }).map((f) => [text.slice(f.start, f.end), f.rating]);

describe('a remittance figure in a sentence that names no country', () => {
  it('is never denied by Mexico’s record: it may be another country’s', () => {
    expectRatings([
      ['Remittances reached $21.5 billion in 2024.', 'context'],
      ['Las remesas sumaron 21,510 millones de dólares en 2024.', 'context'],
      ['Remittances account for 19% of GDP.', 'context'],
      ['Las remesas representan el 19% del PIB.', 'context'],
      ['Remittances in the first half of 2025 reached $10.8 billion.', 'context'],
    ]);
  });

  it('is borne out by Mexico’s figure, to the digits of both', () => {
    expectRatings([
      ['Remittances reached $64.7 billion in 2024.', 'accurate'],
      ['El país terminó 2024 con un récord de remesas de 64 mil 745 millones de dólares.', 'accurate'],
    ]);
  });

  it('is denied where its digits are Mexico’s figure of the year beside the one it is said of', () => {
    expectRatings([
      ['Remittances totaled $64.7 billion in 2025.', 'false'],
      ['Las remesas llegaron a 64,746 millones de dólares en 2025.', 'false'],
    ]);
  });

  it('is not denied by a year further off, nor by a round figure that could be anyone’s', () => {
    expectRatings([
      // Mexico's 2013 figure is $21.6 billion: eleven years off names no one.
      ['Remittances reached $21.6 billion in 2024.', 'context'],
      ['Remittances reached $64 billion in 2025.', 'context'],
    ]);
  });

  it('is still judged where Mexico is named', () => {
    expectRatings([
      ['Remittances to Mexico reached $50 billion in 2024.', 'false'],
      ['Las remesas a México representan el 19% del PIB.', 'false'],
    ]);
  });
});

describe('a passage that named Mexico just before', () => {
  it('names Mexico for the next sentence that names no country', () => {
    expect(passage("Mexico's remittances fell for the first time in a decade. Remittances reached $50 billion in 2025.")).toEqual([
      ["Mexico's remittances fell for the first time in a decade.", 'accurate'],
      ['Remittances reached $50 billion in 2025.', 'false'],
    ]);
    expect(passage('Las remesas de México cayeron por primera vez en once años. Las remesas sumaron 50 mil millones de dólares en 2025.')).toEqual([
      ['Las remesas de México cayeron por primera vez en once años.', 'accurate'],
      ['Las remesas sumaron 50 mil millones de dólares en 2025.', 'false'],
    ]);
  });

  it('does not, where the last country named was another, or Mexico beside another', () => {
    const lastOf = (lead: string) => passage(`${lead} Remittances reached $21.5 billion in 2024.`).at(-1);
    expect(lastOf("Mexico's remittances fell. Guatemala had a record year.")).toEqual(['Remittances reached $21.5 billion in 2024.', 'context']);
    expect(lastOf('Mexico and the U.S. trade a lot.')).toEqual(['Remittances reached $21.5 billion in 2024.', 'context']);
    expect(passage('Guatemala tuvo un año récord. Las remesas sumaron 21,510 millones de dólares en 2024.').at(-1)).toEqual(['Las remesas sumaron 21,510 millones de dólares en 2024.', 'context']);
  });
});

describe('a measure any two countries have, said naming neither', () => {
  it('is never denied by the U.S.–Mexico record: it may be another pair’s', () => {
    expectRatings([
      ['Trade between the two countries reached $762 billion in 2024.', 'context'],
      ['Bilateral trade totaled $762 billion in 2024.', 'context'],
      ['El intercambio comercial bilateral sumó 762 mil millones de dólares en 2024.', 'context'],
      // The U.S.–Canada border's length.
      ['The border is 5,525 miles long.', 'context'],
      ['La frontera mide 8,891 kilómetros.', 'context'],
    ]);
  });

  it('is borne out by the record, and still judged where the countries are named', () => {
    expectRatings([
      ['Bilateral trade totaled $839.9 billion in 2024.', 'accurate'],
      ['The two countries trade $2 billion a day.', 'accurate'],
      ['The border is 1,954 miles long.', 'accurate'],
      ['La frontera entre México y Estados Unidos mide 5,000 kilómetros.', 'false'],
      ['U.S.-Mexico trade reached $700 billion in 2024.', 'false'],
      ['El comercio entre México y Estados Unidos sumó 700 mil millones de dólares en 2024.', 'false'],
    ]);
  });

  it('takes the pair from a passage that named Mexico, the U.S. beside it or not, and no third country', () => {
    const last = (text: string) => passage(text).at(-1);
    expect(last("Mexico and the U.S. are each other's top partners. Bilateral trade totaled $762 billion in 2024.")).toEqual(['Bilateral trade totaled $762 billion in 2024.', 'false']);
    expect(last('Canada and the U.S. are close partners. Bilateral trade totaled $762 billion in 2024.')).toEqual(['Bilateral trade totaled $762 billion in 2024.', 'context']);
  });
});

describe('a reply draft that names no country', () => {
  const factsById = new Map(loadData().facts.map((f) => [f.id, f]));
  const post = 'Mexico and the U.S. trade $1.4 billion a day.';

  it('is read with the post it answers: the post’s countries are the draft’s', () => {
    const [warning] = checkDraft('We trade $1.4 billion a day', bundled, factsById, { lang: 'en', context: post });
    expect(warning?.status).toBe('outdated');
    const [aviso] = checkDraft('Comerciamos 1,400 millones de dólares al día.', bundled, factsById, { lang: 'es', context: 'México y Estados Unidos comercian 1,400 millones de dólares al día.' });
    expect(aviso?.status).toBe('outdated');
  });

  it('gets no warning where nothing names the pair, nor where the post names another', () => {
    expect(checkDraft('Bilateral trade totaled $762 billion in 2024.', bundled, factsById, { lang: 'en' })).toEqual([]);
    expect(checkDraft('Bilateral trade totaled $762 billion in 2024.', bundled, factsById, { lang: 'en', context: 'Canada and the U.S. are close partners.' })).toEqual([]);
  });
});
