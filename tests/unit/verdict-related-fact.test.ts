/**
 * The fact a card shows when no verdict is earned and no fact holds enough of the claim's own words to answer it (issue #12,
 * item 5). Before, the fact holding the most of those words was shown however few it held, so a word or two shared by chance
 * ("according to", "report", "end") outweighed the sentence's evidence as a whole; now the ranking (the facts the sentence's
 * words point to) decides, and a fact that holds a number the claim states comes first. Sentences written for the test; the
 * facts are the bundled ones.
 */
import { describe, expect, it } from 'vitest';
import { bundled as engine } from './helpers/bundled';

const shown = (text: string) => engine.classify(text)?.factId;

describe('the related fact a card shows without a verdict', () => {
  it('is the one the sentence’s words point to, not one sharing a stray word, in English and Spanish', () => {
    expect(shown('Mexican students at American universities are fewer than before the pandemic, according to the report.')).toBe('exchanges-diplomacy-mexican-students-in-us');
    expect(shown('Los estudiantes mexicanos en universidades estadounidenses son menos que antes de la pandemia, según el informe.')).toBe('exchanges-diplomacy-mexican-students-in-us');
  });

  it('is one that holds a number the claim states, in English', () => {
    expect(shown('In 2011, 45% of Americans saw Mexico favorably, according to the survey.')).toBe('public-opinion-americans-gallup');
    expect(shown('In 2024, 37% of Americans had a favorable opinion of Mexico, according to the poll.')).toBe('public-opinion-americans-pew');
    expect(shown('In the 2023/24 school year, 15,474 young Mexicans studied at American universities, the annual report said.')).toBe('exchanges-diplomacy-mexican-students-in-us');
  });

  it('is one that holds a number the claim states, in Spanish', () => {
    expect(shown('En 2019, el termómetro de los estadounidenses hacia México llegó a 58 grados, de acuerdo con la encuesta.')).toBe('public-opinion-americans-thermometer');
    expect(shown('En 2024, el 37% de los estadounidenses tenía una opinión favorable de México, de acuerdo con el sondeo.')).toBe('public-opinion-americans-pew');
  });

  it('is the agreement that renegotiated NAFTA (the USMCA) when a sentence says the renegotiation, in English and Spanish', () => {
    expect(shown('Canada, Mexico and the United States signed an agreement that renegotiated NAFTA in late 2018.')).toBe('nafta-usmca-usmca-in-force-2020');
    expect(shown('Los tres países firmaron la renegociación del TLCAN a finales de 2018.')).toBe('nafta-usmca-usmca-in-force-2020');
  });

  it('is the Laredo port record when a sentence names the busiest customs crossing, in Spanish as in English', () => {
    expect(shown('Por la aduana más activa de México cruzan cada día miles de camiones con mercancías.')).toBe('trade-volume-port-laredo');
    expect(shown('The busiest land port in the country handles much of the cross-border trade with Mexico.')).toBe('trade-volume-port-laredo');
  });
});
