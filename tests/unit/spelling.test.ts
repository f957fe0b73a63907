import { describe, expect, it } from 'vitest';
import { createSpellingRepair, typoOf } from '../../engine/spelling';
import { bundled as engine } from './helpers/bundled';

const topicOf = (sentence: string) => engine.classify(sentence)?.topic ?? 'none';

describe('spelling repair takes a typo for its word, and another word for itself', () => {
  it('repairs the shapes typing leaves: two letters swapped, a letter dropped or doubled (en, es stems)', () => {
    const repair = createSpellingRepair(new Set(['transnacional', 'government', 'remittanc', 'deportation', 'migration']));
    expect(repair('trasnacional')).toBe('transnacional');
    expect(repair('goverment')).toBe('government');
    expect(repair('remmittanc')).toBe('remittanc');
    expect(repair('deportatoin')).toBe('deportation');
    expect(repair('migartion')).toBe('migration');
  });

  it('repairs a stem of seven letters: "migrnats", "migarntes" are migrants (en, es)', () => {
    const repair = createSpellingRepair(new Set(['migrant']));
    expect(repair('migrnat')).toBe('migrant');
    expect(repair('migarnt')).toBe('migrant');
  });

  it('leaves a word one letter from a known one: a letter put for another, a letter added, another ending (en, es stems)', () => {
    const repair = createSpellingRepair(new Set(['revolution', 'comunidad', 'consulad', 'confidenc', 'terminad', 'producer']));
    for (const word of ['resolution', 'comunicad', 'consultad', 'confident', 'terminar', 'producir']) expect(repair(word)).toBe(word);
  });

  it('reads the swap anywhere, a dropped or doubled letter only where the ending is kept', () => {
    expect(typoOf('migrnat', 'migrant')).toBe(true);
    expect(typoOf('goverment', 'government')).toBe(true);
    expect(typoOf('remitanc', 'remittanc')).toBe(true);
    expect(typoOf('consulad', 'consulado')).toBe(false);
    expect(typoOf('consulado', 'consulad')).toBe(false);
  });

  it('does not read a word near a topic word as that topic: "consulted" is no consulate, "confident" no confidence poll (en, es)', () => {
    expect(topicOf('Officials in Mexico and the United States say they are confident about the talks.')).toBe('none');
    expect(topicOf('El 60% de los mexicanos consultados dice que la relación con Estados Unidos es buena.')).toBe('public-opinion');
  });
});
