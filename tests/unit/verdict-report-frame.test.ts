/**
 * Who says a claim, before it ("Trump said that …", "Según Trump, …", "Las autoridades dijeron que …") or after it ("…,
 * aseguró Trump"), is no word of it: a typical claim the sentence says plainly inside the frame is met as if said alone.
 * Told to someone ("US citizens are being told not to travel …"), the verb is the claim's own.
 */
import { describe, expect, it } from 'vitest';
import { VERDICT_WORDS } from '../../engine/knowledge';
import { reportFrame } from '../../engine/report-frame';
import { foldSameLength } from '../../engine/word-lists';
import { expectRatings } from './helpers/bundled';

const frame = (text: string, lang: 'en' | 'es') => {
  const folded = foldSameLength(text);
  const at = reportFrame(folded, VERDICT_WORDS[lang]);
  return at && text.slice(at[0], at[1]).trim();
};

describe('a claim reported in a frame', () => {
  it('finds the frame before or after the claim, in both languages', () => {
    expect(frame('Trump said that Mexico paid for the border wall.', 'en')).toBe('Trump said that');
    expect(frame('According to Trump, Mexico paid for the border wall.', 'en')).toBe('According to Trump,');
    expect(frame('Mexico paid for the border wall, Trump said.', 'en')).toBe(', Trump said.');
    expect(frame('Según Trump, México pagó el muro fronterizo.', 'es')).toBe('Según Trump,');
    expect(frame('México pagó el muro fronterizo, aseguró Trump.', 'es')).toBe(', aseguró Trump.');
    expect(frame('BREAKING: Mexico paid for the border wall.', 'en')).toBe('BREAKING:');
    expect(frame('Última hora: México pagó el muro fronterizo.', 'es')).toBe('Última hora:');
    expect(frame('As the data show, Mexico paid for the border wall.', 'en')).toBe('As the data show,');
    expect(frame('Remittances to Mexico in 2025: $61.8 billion, down 4.6%.', 'en')).toBeNull();
    expect(frame('US citizens are being told not to travel to Sinaloa.', 'en')).toBeNull();
    expect(frame('Remittances to Mexico fell 4.6% in 2025, the lowest since 2019, according to Banxico, which said the drop was broad.', 'en')).toBeNull();
  });

  it('meets the typical claim said inside it', () => {
    expectRatings([
      ['Trump said that Mexico paid for the border wall.', 'false'],
      ['According to Trump, Mexico paid for the border wall.', 'false'],
      ['Trump dijo que México pagó el muro fronterizo.', 'false'],
      ['Según Trump, México pagó el muro fronterizo.', 'false'],
      ['Officials said that Mexico never paid for the border wall.', 'accurate'],
    ]);
  });

  it('reads a claim behind a label or a source the same ("BREAKING:", "ÚLTIMA HORA:", "As the data show,")', () => {
    expectRatings([
      ['BREAKING: Canada, not Mexico, is the largest U.S. trading partner.', 'false'],
      ['ÚLTIMA HORA: China, y no México, es el principal proveedor de Estados Unidos.', 'false'],
      ['As the data show, on June 5, 2025, the U.S. Supreme Court unanimously rejected a lawsuit filed by Mexico against American gun manufacturers.', 'accurate'],
    ]);
  });

  it("leaves a year said first in the claim its number's or its event's time", () => {
    // Spanish "que" after a report's verb opens the claim; it sets no year against the number, as "más que en 2024" does.
    expectRatings([
      ['Analistas dijeron que en 2025 las remesas a México sumaron 61,791 millones de dólares.', 'accurate'],
      ['Analistas dijeron que en 2024 las remesas a México sumaron 61,791 millones de dólares.', 'false'],
      ['Officials said that on June 5, 2025, the U.S. Supreme Court unanimously rejected a lawsuit filed by Mexico against American gun manufacturers.', 'accurate'],
      ['Analysts said that in 2019 the U.S. Supreme Court rejected a lawsuit filed by Mexico against American gun manufacturers.', 'false'],
    ]);
  });
});
