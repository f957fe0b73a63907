/**
 * A state said to have ended ("has stopped being", "ceased being", "lost its title as", "ha dejado de ser", "deja de
 * ser", "perdió su título de") denies it holds now, as "no longer" and "dejó de ser" do: the record that it holds
 * never bears the sentence out. Mexico has been the first U.S. trading partner since 2023 (bundled facts); the
 * sentences are written for the test.
 */
import { describe, expect, it } from 'vitest';
import { bundled as engine } from './helpers/bundled';

describe('a state said to have ended', () => {
  it.each([
    ['en', 'Mexico has stopped being the largest trading partner of the United States.'],
    ['en', 'Mexico ceased being the top U.S. trading partner.'],
    ['en', 'Mexico ceases to be the largest trading partner of the United States.'],
    ['en', 'Mexico lost its title as the top U.S. trading partner.'],
    ['en', 'Mexico lost its status as the largest trading partner of the United States.'],
    ['es', 'México ha dejado de ser el principal socio comercial de Estados Unidos.'],
    ['es', 'México deja de ser el mayor socio comercial de EU.'],
    ['es', 'México perdió su título de principal socio comercial de Estados Unidos.'],
    ['es', 'México perdió su condición de principal socio comercial de Estados Unidos.'],
    ['es', 'México perdió el puesto de mayor socio comercial de EU.'],
  ] as const)('is not borne out by the record that it holds (%s): %s', (lang, text) => {
    expect(engine.classify(text, lang)?.rating).not.toBe('accurate');
  });

  it('leaves the state itself to its record', () => {
    expect(engine.classify('Mexico is the largest trading partner of the United States.', 'en')?.rating).toBe('accurate');
    expect(engine.classify('México es el principal socio comercial de Estados Unidos.', 'es')?.rating).toBe('accurate');
  });
});
