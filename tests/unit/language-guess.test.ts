/**
 * The language guess reads function words and each language's telltale marks; a name keeps its marks in any language
 * ("Michoacán", "Peña Nieto", "Querétaro" in English news), so only the marks of words that are not names vote. An
 * English sentence read as Spanish is read with the Spanish packs: "Before NAFTA, Michoacán received $5.4 billion a
 * year" met no "before" and was Accurate against 2025's record.
 */
import { describe, expect, it } from 'vitest';
import { guessLanguage } from '../../engine/language';

describe('the language guess', () => {
  it('does not count the marks of a name inside the text', () => {
    expect(guessLanguage('Before NAFTA, Michoacán received $5.4 billion a year.', 'en')).toBe('en');
    expect(guessLanguage('No aerospace cluster on Earth is growing faster than Querétaro.', 'es')).toBe('en');
    expect(guessLanguage('Canelo Álvarez retained his super middleweight titles with a unanimous decision in Las Vegas.', 'en')).toBe('en');
  });

  it('reads "in" and a possessive or contraction\'s "s" as English, against a name with its accent that opens the text', () => {
    expect(guessLanguage("México's GDP grew 3.3% in 2025.", 'es')).toBe('en');
    expect(guessLanguage('México’s exports rose 5% in 2024.', 'es')).toBe('en');
    expect(guessLanguage('Querétaro’s factories grew in 2024.', 'es')).toBe('en');
    expect(guessLanguage('México creció 3.3% en 2025.', 'en')).toBe('es');
  });

  it('still counts the marks of the words that are not names, and of the first word', () => {
    expect(guessLanguage('Resolución final', 'en')).toBe('es');
    expect(guessLanguage('Las remesas a Michoacán crecieron más que nunca.', 'en')).toBe('es');
    expect(guessLanguage('¿Quién paga el muro?', 'en')).toBe('es');
  });
});
