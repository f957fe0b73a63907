/**
 * A number whose measure is named beyond its reach of 90 characters, in a long subject of its own clause ("Remittances sent
 * home by … reached $64.7 billion", "70 percent of the firearms that … then traced in Mexico"): read again over the whole
 * clause, up to its neighbours, it is bound as a cue beside it would bind it. Only a number no cue in its reach named is read
 * so; a neighbour's cue stays the neighbour's, and the narrower measure and each side of a poll keep their own series.
 * Made-up sentences, none from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { bound } from './helpers/bound-series';
import { classifiedRating } from './helpers/bundled';

const series = (text: string, lang: 'en' | 'es') => bound(text, lang).map(([, key]) => key);

const MIGRANTS_EN = 'sent home by the millions of migrants who work in construction and in restaurants in dozens of U.S. states';
const MIGRANTS_ES = 'por los millones de migrantes que trabajan en la construcción y en restaurantes de decenas de estados de EU';
const POLLED_EN = 'of the adults whom pollsters reached by telephone across all of the states over those weeks';
const POLLED_ES = 'de los adultos a los que los encuestadores llamaron por teléfono en todos los estados durante esas semanas';

describe('binding-reach-31: a cue beyond the reach, in the number’s own clause', () => {
  it('binds an annual total named at the head of a long subject', () => {
    expect(series(`Remittances ${MIGRANTS_EN} reached $64.7 billion in 2024.`, 'en')).toEqual(['remittances-per-year']);
    expect(series(`Las remesas enviadas ${MIGRANTS_ES} sumaron 64.7 mil millones de dólares en 2024.`, 'es')).toEqual(['remittances-per-year']);
  });

  it('binds a share whose whole is named at the end of a long noun phrase', () => {
    expect(series('Some 70 percent of the firearms that police seized at crime scenes over those five years and then traced in Mexico came from U.S. sellers.', 'en')).toEqual([
      'guns-traced-us-sourced-share',
    ]);
  });

  it('keeps each side of a poll apart, however far its words stand, and judges it', () => {
    expect(series(`Some 69 percent ${POLLED_EN} held an unfavorable view of the United States.`, 'en')).toEqual(['mexicans-unfavorable-us-pew']);
    expect(series(`Some 60 percent ${POLLED_EN} held an unfavorable view of Mexico.`, 'en')).toEqual(['americans-unfavorable-mexico-pew']);
    expect(series(`Alrededor del 69% ${POLLED_ES} tenía una opinión desfavorable de Estados Unidos.`, 'es')).toEqual(['mexicans-unfavorable-us-pew']);
    expect(series(`Alrededor del 60% ${POLLED_ES} tenía una opinión desfavorable de México.`, 'es')).toEqual(['americans-unfavorable-mexico-pew']);
    expect(classifiedRating(`Some 69 percent ${POLLED_EN} held an unfavorable view of the United States.`, 'en')).toBe('accurate');
    expect(classifiedRating(`Alrededor del 60% ${POLLED_ES} tenía una opinión desfavorable de México.`, 'es')).toBe('accurate');
    expect(classifiedRating(`Some 40 percent ${POLLED_EN} held an unfavorable view of the United States.`, 'en')).not.toBe('accurate');
    expect(classifiedRating(`Alrededor del 90% ${POLLED_ES} tenía una opinión desfavorable de México.`, 'es')).toBe('false');
  });

  it('keeps a narrower measure of the same noun its own', () => {
    expect(series(`The average remittance ${MIGRANTS_EN} was $390 in 2024.`, 'en')).toEqual(['average-remittance']);
    expect(series(`La remesa promedio enviada ${MIGRANTS_ES} fue de 390 dólares en 2024.`, 'es')).toEqual(['average-remittance']);
  });

  it('leaves a neighbour’s cue to the neighbour', () => {
    expect(series(`Remittances reached $64.7 billion in 2024 and the migrants who work in construction and in restaurants in dozens of U.S. states and send them numbered 12 million.`, 'en')).toEqual([
      'remittances-per-year',
      '-',
    ]);
    expect(
      series(
        'Las remesas sumaron 64.7 mil millones de dólares en 2024 y los migrantes que trabajan en la construcción y en restaurantes de decenas de estados de EU y las envían eran 12 millones.',
        'es',
      ),
    ).toEqual(['remittances-per-year', '-']);
  });

  it('binds no share of guns bought in one state to the share of all traced guns', () => {
    expect(series('Some 70 percent of the firearms that police seized at crime scenes over those five years and then traced in Mexico had been bought in Texas.', 'en')).not.toContain(
      'guns-traced-us-sourced-share',
    );
  });
});
