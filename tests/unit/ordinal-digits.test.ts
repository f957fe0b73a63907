import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/engine';
import { readQuantities } from '../../engine/numbers';
import { ordinalsAsWords } from '../../engine/ordinal-digits';
import { loadData } from '../../scripts/lib/data-files';

describe('ordinals in digits', () => {
  it('reads each way of writing one as its word, masculine and feminine', () => {
    const cases: [string, string][] = [
      ['el 1er semestre', 'el primer semestre'],
      ['el 1.er semestre', 'el primer semestre'],
      ['el 1º semestre', 'el primer semestre'],
      ['el 2.º lugar', 'el segundo lugar'],
      ['por 1a vez', 'por primera vez'],
      ['por 1ra vez', 'por primera vez'],
      ['por 1.ª vez', 'por primera vez'],
      ['la 2ª economía', 'la segunda economía'],
      ['por 3ra vez', 'por tercera vez'],
      ['the 2nd quarter', 'the second quarter'],
      ['for the 3rd straight year', 'for the third straight year'],
    ];
    for (const [said, word] of cases) expect(ordinalsAsWords(said)).toBe(word);
  });

  it('leaves a day of the month, a code and a number past ten as they are', () => {
    for (const said of ['el 1o de mayo', 'el 1.º de enero', 'June 1st', 'the 1st of May', 'H-2A visas', 'h-2a visas', 'at 1a.m.', 'T2a', 'Grade 1A', 'el 12.º lugar'])
      expect(ordinalsAsWords(said)).toBe(said);
  });

  it('reads no amount in an ordinal past ten, in either language', () => {
    expect(readQuantities('Es su 12a edición y su 15.ª sede.', 'es')).toEqual([]);
    expect(readQuantities('It is its 12th edition.', 'en')).toEqual([]);
  });

  it('gives the verdict its word gets', () => {
    const engine = createEngine(loadData().facts);
    const rating = (text: string) => engine.classify(text, 'es')?.rating;
    const said = 'Según Banxico, las remesas cayeron en 2025 por primera vez en más de una década.';
    expect(rating(said)).toBe('accurate');
    expect(rating(said.replace('primera', '1a'))).toBe(rating(said));
    expect(rating(said.replace('primera', '1.ª'))).toBe(rating(said));
    const rank = 'México es el tercer socio comercial de Estados Unidos.';
    expect(rating(rank)).toBe('outdated');
    expect(rating(rank.replace('tercer', '3.er'))).toBe(rating(rank));
    expect(rating(rank.replace('tercer', '3º'))).toBe(rating(rank));
  });
});
