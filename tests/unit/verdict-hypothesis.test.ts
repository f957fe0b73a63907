/**
 * A hypothesis asserts nothing. "If Mexico were the largest U.S. trading partner, tariffs would
 * hurt more" and "Si México fuera el principal socio comercial…" do not say the typical claim they
 * hold (the packs' `hypothetical`, and `hypotheticalOpeners` read only as the first word, so the
 * emphatic "México sí es…" still says it).
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../engine/schema';
import { bundled } from './helpers/bundled';
import { fig, ratingsOn, series, seriesFact } from './helpers/sample-facts';

const FACTS: Fact[] = [
  {
    ...seriesFact('partner', 'trade-partner-rank', [], [], { en: ['trading partner'], es: ['socio comercial'] }),
    claims: [
      { text: 'Mexico is the largest trading partner of the United States', lang: 'en', rating: 'accurate' },
      { text: 'México es el principal socio comercial de Estados Unidos', lang: 'es', rating: 'accurate' },
    ],
  },
];
const verdict = ratingsOn(FACTS);

describe('a hypothesis', () => {
  it('does not meet a typical claim', () => {
    expect(verdict('If Mexico were the largest trading partner of the United States, tariffs would hurt more.')?.rating).toBe('context');
    expect(verdict('Si México fuera el principal socio comercial de Estados Unidos, los aranceles dolerían más.')?.rating).toBe('context');
  });

  it.each([
    'Como si México fuera el principal socio comercial de Estados Unidos.',
    'Whether Mexico is the largest trading partner of the United States is debated.',
    "Let's assume Mexico is the largest trading partner of the United States.",
    'Supongamos que México es el principal socio comercial de Estados Unidos.',
    'Solo si México es el principal socio comercial de Estados Unidos tiene sentido el arancel.',
    'Aun si México es el principal socio comercial de Estados Unidos, el arancel sigue.',
    'Ojalá México fuera el principal socio comercial de Estados Unidos.',
  ])('nor does one said "as if", "whether", supposed or wished: %s', (text) => expect(verdict(text)?.rating).toBe('context'));

  it('leaves the claim said plainly, or stressed, to meet it', () => {
    expect(verdict('Mexico is the largest trading partner of the United States.')?.rating).toBe('accurate');
    expect(verdict('México sí es el principal socio comercial de Estados Unidos.')?.rating).toBe('accurate');
  });
});

const scheduled: Fact[] = [
  {
    ...seriesFact('host', 'world-cup-2026', [], [], { en: ['World Cup'], es: ['Mundial'] }),
    scheduled: true,
    claims: [
      { text: 'Mexico hosts the opening match of the World Cup at Estadio Azteca', lang: 'en', rating: 'accurate' },
      { text: 'México es sede del partido inaugural del Mundial en el Estadio Azteca', lang: 'es', rating: 'accurate' },
    ],
  },
];

describe('a forecast', () => {
  it('does not meet a typical claim of a state of things', () => {
    expect(verdict('Mexico will remain the largest trading partner of the United States.')?.rating).toBe('context');
    expect(verdict('Mexico is expected to be the largest trading partner of the United States.')?.rating).toBe('context');
    expect(verdict('México será el principal socio comercial de Estados Unidos.')?.rating).toBe('context');
  });

  it.each([
    'Mexico hopes to become the largest trading partner of the United States.',
    'Mexico aims to be the largest trading partner of the United States.',
    'El gobierno quiere que México sea el principal socio comercial de Estados Unidos.',
    'México busca convertirse en el principal socio comercial de Estados Unidos.',
    'México aspira a ser el principal socio comercial de Estados Unidos.',
  ])('nor does an aim or a wish: %s', (text) => expect(verdict(text)?.rating).toBe('context'));

  it('still meets the typical claim of a thing scheduled', () => {
    const onScheduled = ratingsOn(scheduled);
    expect(onScheduled('Mexico will host the opening match of the World Cup at Estadio Azteca.')?.rating).toBe('accurate');
    expect(onScheduled('México será sede del partido inaugural del Mundial en el Estadio Azteca.')?.rating).toBe('accurate');
  });
});

const wall = ratingsOn([
  seriesFact(
    'wall',
    'border-security',
    [fig('wall-built', 452, '2021', 'mi')],
    [series('wall-built', 'wall', 'trump-first-term', 'cumulative', ['miles of wall', 'miles of border wall'], ['millas de muro', 'millas de barda'])],
    {
      en: ['border wall'],
      es: ['muro fronterizo'],
    },
  ),
]);

describe('a promise', () => {
  it('is no record of what was done', () => {
    expect(wall('Trump promised 452 miles of border wall during his first term.')?.rating).toBe('context');
    expect(wall('Trump prometió 452 millas de barda durante su primer mandato.')?.rating).toBe('context');
  });

  it('nor is a thing about to be done', () => {
    expect(wall('Trump is about to finish 600 miles of border wall.')?.rating).toBe('context');
    expect(wall('Trump is on course to finish 600 miles of border wall.')?.rating).toBe('context');
    expect(wall('Trump está a punto de terminar 600 millas de barda.')?.rating).toBe('context');
    expect(wall('Trump está por completar 600 millas de barda.')?.rating).toBe('context');
    expect(wall('Trump va a completar 600 millas de barda.')?.rating).toBe('context');
  });

  it('is no motion: "va a", "van a" foretell only before an infinitive', () => {
    // "Van a Estados Unidos" says where the exports go, as "go to the U.S." does; "van a sumar" foretells.
    expect(bundled.classify('El 83% de las exportaciones mexicanas van a Estados Unidos.', 'es')?.rating).toBe('accurate');
    expect(bundled.classify('El 95% de las exportaciones mexicanas van a Estados Unidos.', 'es')?.rating).toBe('false');
    expect(bundled.classify('83% of Mexican exports go to the United States.', 'en')?.rating).toBe('accurate');
    expect(bundled.classify('Las remesas a México van a sumar 80 mil millones de dólares en 2025.', 'es')?.rating).toBe('context');
  });

  it('leaves what was done to be judged', () => {
    expect(wall('Trump built 452 miles of border wall during his first term.')?.rating).toBe('accurate');
    expect(wall('Trump levantó 452 millas de barda durante su primer mandato.')?.rating).toBe('accurate');
  });
});
