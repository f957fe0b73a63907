/**
 * Binding that does not lean on a cue list holding the sentence's own phrasing: a pronoun or a relative clause stands for
 * the cue said before it, a decimal typed with a space is one number, a year, the number or its unit inside a cue's words
 * takes no room of its gap, and a noun's words said in another order still name it. Each in English and Spanish.
 */
import { describe, expect, it } from 'vitest';
import { readQuantities } from '../../engine/numbers';
import { bound } from './helpers/bound-series';

describe('binding past the cue lists', () => {
  it('reads a pronoun as the cue said before it in its clause', () => {
    expect(bound('The Mexican immigrant population in the U.S. stood at 11.7 million in 2014, and it fell to 10.7 million in 2022.', 'en')).toEqual([
      ['11.7 million', 'mexican-born-us-residents'],
      ['10.7 million', 'mexican-born-us-residents'],
    ]);
    expect(bound('La población de inmigrantes mexicanos en Estados Unidos era de 11.7 millones en 2014 y esta cifra bajó a 10.7 millones en 2022.', 'es')).toEqual([
      ['11.7 millones', 'mexican-born-us-residents'],
      ['10.7 millones', 'mexican-born-us-residents'],
    ]);
  });

  it('reads no pronoun as a cue where no verb of level or change follows it', () => {
    expect(bound('Migrants in the U.S. sent $64.7 billion in remittances home in 2024, and they number about 11 million.', 'en')[1]).toEqual(['11 million', '-']);
    expect(bound('Los migrantes en Estados Unidos enviaron 64,745 millones de dólares en remesas en 2024, y esta cifra de migrantes ronda los 11 millones.', 'es')[1]).toEqual(['11 millones', '-']);
  });

  it('reads a relative clause after a dash as the cue that ends before it', () => {
    expect(bound('Many families in Mexico depend on remittances -- which reached $64.7 billion in 2024.', 'en')).toEqual([['$64.7 billion', 'remittances-per-year']]);
    expect(bound('Muchas familias en México dependen de las remesas -- que sumaron 64,745 millones de dólares en 2024.', 'es')).toEqual([['64,745 millones', 'remittances-per-year']]);
  });

  it('passes over a nearer cue that the stretch’s word of part denies, to the one it names', () => {
    expect(bound('In 2024 the average remittance sent to Mexico came to some $390.', 'en')).toEqual([['$390', 'average-remittance']]);
    expect(bound('En 2024 la remesa promedio enviada a México fue de unos 390 dólares.', 'es')).toEqual([['390', 'average-remittance']]);
  });

  it('finds a noun’s words said side by side in another order', () => {
    expect(bound('Fans will see a World Cup of 48 teams and 104 matches.', 'en')[0]).toEqual(['48', 'world-cup-2026-teams']);
    expect(bound('Los aficionados verán un Mundial de 48 selecciones y 104 partidos.', 'es')[0]).toEqual(['48', 'world-cup-2026-teams']);
  });

  it('reads a decimal point typed with a space before a scale word as one number', () => {
    expect(readQuantities('It stood at 10. 7 million in 2022.', 'en').map((q) => q.value)).toEqual([10_700_000]);
    expect(readQuantities('Llegó a 10. 7 millones en 2022.', 'es').map((q) => q.value)).toEqual([10_700_000]);
    // A sentence's end before a number with no scale word after it stays two numbers.
    expect(readQuantities('They counted 12. 8 of them left.', 'en').map((q) => q.value)).toEqual([12, 8]);
  });

  it('reaches over the number’s own unit inside a cue', () => {
    expect(bound('México debe entregar 2 mil 158 millones de metros cúbicos de agua del río a Estados Unidos cada cinco años.', 'es')).toEqual([['2 mil 158 millones', 'rio-grande-cycle-delivery']]);
    expect(bound('Mexico must deliver 1.75 million acre-feet of its river water to the U.S. every five years.', 'en')).toEqual([['1.75 million', 'rio-grande-cycle-delivery']]);
  });
});
