/**
 * Binding by class, not by a cue list holding the sentence's own phrasing: the level a change reached takes the change's
 * cue, a time said in another clause names no part of the number's year, a number word starts a word, the press's
 * unpadded units after "mil" are one number, and a measure's synonyms and both languages' phrasings meet its cues. Each in
 * English and Spanish.
 */
import { describe, expect, it } from 'vitest';
import { readQuantities } from '../../engine/numbers';
import { bound } from './helpers/bound-series';

describe('binding by class', () => {
  it('binds the level a change reached to what changed, a word of the other clause aside', () => {
    expect(bound('In June 2025, remittances fell 16.2% year-on-year to $5.2 billion, the steepest monthly drop since 2012.', 'en')[1]).toEqual(['$5.2 billion', 'remittances-june']);
    expect(bound('En junio de 2025, las remesas cayeron 16.2% anual a 5 mil 201 millones de dólares, la mayor caída mensual desde 2012.', 'es')[1]).toEqual(['5 mil 201 millones', 'remittances-june']);
  });

  it('reads a number word only where a word starts', () => {
    expect(readQuantities('Estados Unidos entregaría mil 850 millones de metros cúbicos.', 'es').map((q) => q.raw)).toEqual(['mil 850 millones']);
    expect(readQuantities('Americans spent an extra million dollars.', 'en')).toEqual([]);
  });

  it('reads the units the press writes unpadded after "mil" as one number', () => {
    expect(readQuantities('Se registraron 172 mil 26 detenciones.', 'es').map((q) => q.value)).toEqual([172_026]);
    expect(readQuantities('Se incautaron 8 mil 66 kilos de fentanilo.', 'es').map((q) => q.value)).toEqual([8066]);
  });

  it('meets a measure said by its synonym or by the other language’s phrasing', () => {
    expect(bound('Border arrests totaled 237,538 in fiscal 2025.', 'en')).toEqual([['237,538', 'sw-border-apprehensions']]);
    expect(bound('Los arrestos en la frontera sumaron 237,538 en el año fiscal 2025.', 'es')).toEqual([['237,538', 'sw-border-apprehensions']]);
    expect(bound('70% of the guns submitted for tracking came from the U.S.', 'en')).toEqual([['70%', 'guns-traced-us-sourced-share']]);
    expect(bound('El 70% de las armas sometidas a seguimiento provenían de Estados Unidos.', 'es')).toEqual([['70%', 'guns-traced-us-sourced-share']]);
  });

  it('reads distrust said as a denied trust of the series’ own people, and of no others', () => {
    expect(bound('According to Pew, 91% of Mexicans don’t trust Trump.', 'en')).toEqual([['91%', 'mexicans-no-confidence-us-president-pew']]);
    expect(bound('Según Pew, 91% de los mexicanos no confía en Trump.', 'es')).toEqual([['91%', 'mexicans-no-confidence-us-president-pew']]);
    expect(bound('60% of Americans don’t trust Trump.', 'en')).toEqual([['60%', '-']]);
    expect(bound('El 60% de los estadounidenses no confía en Trump.', 'es')).toEqual([['60%', '-']]);
  });
});
