/**
 * Binding of figure shapes that name no single level: a range of two figures ("between 60% and 75%", "entre el 42% al 44%")
 * is one claim, borne out by a record inside it and shown wrong only by one clearly outside; a share said after its whole's
 * count in an opening phrase ("Of the 105,000 guns traced, 70% …") is of what that phrase names; a change in percentage
 * points over a span of two years is the difference of the rate's figures for them. Each in English and Spanish.
 */
import { describe, expect, it } from 'vitest';
import { expectRatings } from './helpers/bundled';
import { bound } from './helpers/bound-series';

describe('a range of two figures', () => {
  it('binds both ends to the measure the words around the range name', () => {
    expect(bound('Between 60% and 75% of guns traced in Mexico came from the U.S.', 'en')).toEqual([
      ['60%', 'guns-traced-us-sourced-share'],
      ['75%', 'guns-traced-us-sourced-share'],
    ]);
    expect(bound('Entre el 60% y el 75% de las armas rastreadas en México provienen de Estados Unidos.', 'es')).toEqual([
      ['60%', 'guns-traced-us-sourced-share'],
      ['75%', 'guns-traced-us-sourced-share'],
    ]);
  });

  it('is borne out by a record inside it, wrong only where the record is clearly outside', () => {
    expectRatings([
      ['Remittances were between 3% and 4% of Mexico’s GDP in 2024.', 'accurate'],
      ['Las remesas equivalen a entre el 3% y el 4% del PIB de México.', 'accurate'],
      ['Between 60% and 75% of guns traced in Mexico came from the U.S.', 'accurate'],
      ['Entre el 60% y el 75% de las armas rastreadas en México provienen de Estados Unidos.', 'accurate'],
      ['La participación de México en las importaciones de autopartes de Estados Unidos ronda entre el 42% al 44%.', 'accurate'],
      ['Remittances were between 8% and 9% of Mexico’s GDP in 2024.', 'false'],
      ['Las remesas equivalieron a entre el 8% y el 9% del PIB de México en 2024.', 'false'],
      ['Remittances to Mexico were between $63 billion and $66 billion in 2024.', 'accurate'],
      ['Las remesas a México sumaron entre 63 mil millones y 66 mil millones de dólares en 2024.', 'accurate'],
      ['Remittances to Mexico were between $50 billion and $55 billion in 2024.', 'false'],
      ['Las remesas a México sumaron entre 50 mil millones y 55 mil millones de dólares en 2024.', 'false'],
      // Outside an amount's range only by as much as sources differ: in doubt.
      ['Remittances to Mexico were between $60 billion and $63 billion in 2024.', 'context'],
      ['Las remesas a México sumaron entre 60 mil millones y 63 mil millones de dólares en 2024.', 'context'],
    ]);
  });

  it('takes two shares joined by a dash for a range, the sign said once after the high end, never its high end alone', () => {
    expect(bound('Mexico sends 75-80% of its exports to the U.S.', 'en')).toEqual([
      ['75', 'mexico-exports-share-to-us'],
      ['80%', 'mexico-exports-share-to-us'],
    ]);
    expect(bound('México envía 75–80 % de sus exportaciones a Estados Unidos.', 'es')).toEqual([
      ['75', 'mexico-exports-share-to-us'],
      ['80 %', 'mexico-exports-share-to-us'],
    ]);
    expectRatings([
      // The record (70% of traced guns, 2014–2018) inside the range bears it out; wholly below the range, it denies it.
      ['In 2014-2018, 65-75% of the guns recovered in Mexico and traced were bought in the United States.', 'accurate'],
      ['Entre 2014 y 2018, el 65–75 % de las armas recuperadas en México y rastreadas se compraron en Estados Unidos.', 'accurate'],
      ['In 2014-2018, 85-90% of the guns recovered in Mexico and traced were bought in the United States.', 'false'],
      ['Entre 2014 y 2018, el 85-90% de las armas recuperadas en México y rastreadas se compraron en Estados Unidos.', 'false'],
      // Its high end alone would be just outside the record (83% of exports): no verdict either way.
      ['Mexico sends 75-80% of its exports to the U.S.', 'context'],
      ['México envía 75–80 % de sus exportaciones a Estados Unidos.', 'context'],
    ]);
  });

  it('leaves in doubt a share just outside it', () => {
    expectRatings([
      ['Between 75% and 80% of Mexico’s exports go to the U.S.', 'context'],
      ['Entre el 75% y el 80% de las exportaciones de México van a Estados Unidos.', 'context'],
    ]);
  });

  it('takes neither end alone as the claim', () => {
    // An end of the range holds a record the other end does not: that record bears the range out no more than it.
    expectRatings([
      ['Remittances were between 3.5% and 4% of Mexico’s GDP in 2024.', 'context'],
      ['Las remesas equivalieron a entre el 3.5% y el 4% del PIB de México en 2024.', 'context'],
    ]);
  });
});

describe('a share after its whole', () => {
  it('binds a share to the measure its opening phrase names, the whole’s count aside', () => {
    expect(bound('Of the 105,000 guns traced from 2009 to 2014, 70 percent came from the U.S.', 'en')).toEqual([
      ['105,000', '-'],
      ['70 percent', 'guns-traced-us-sourced-share'],
    ]);
    expect(bound('De las 105 mil armas rastreadas entre 2009 y 2014, el 70 por ciento llegaron desde Estados Unidos.', 'es')).toEqual([
      ['105 mil', '-'],
      ['70 por ciento', 'guns-traced-us-sourced-share'],
    ]);
    expectRatings([
      ['Of the 105,000 guns traced from 2009 to 2014, 70 percent came from the U.S.', 'accurate'],
      ['De las 105 mil armas rastreadas entre 2009 y 2014, el 70 por ciento llegaron desde Estados Unidos.', 'accurate'],
    ]);
  });

  it('reads the verb of a restatement ("that is", "es decir") as no part the share is of', () => {
    expectRatings([
      ['Of the guns traced between 2009 and 2014, 70 percent -- that is, 73,684 -- came from the U.S.', 'accurate'],
      ['De las armas rastreadas entre 2009 y 2014, el 70 por ciento -es decir 73 mil 684- llegaron desde Estados Unidos.', 'accurate'],
    ]);
  });

  it('reaches back over no whole said in the middle of a clause', () => {
    expect(bound('Mexico seized 105,000 guns of the kind traced from 2009 to 2014, 70 percent came from the U.S.', 'en')[1]).toEqual(['70 percent', '-']);
  });
});

describe('a change in percentage points over a span', () => {
  it('is the difference of the rate’s figures for the span’s two years', () => {
    expectRatings([
      ['Poverty in Mexico fell 12.3 percentage points between 2018 and 2024.', 'accurate'],
      ['La pobreza en México bajó 12.3 puntos porcentuales entre 2018 y 2024.', 'accurate'],
      // A difference that goes the other way, or another size, is left open: rounded figures cannot show it false.
      ['Poverty in Mexico fell 20 percentage points between 2018 and 2024.', 'context'],
      ['La pobreza en México bajó 20 puntos porcentuales entre 2018 y 2024.', 'context'],
    ]);
  });
});
