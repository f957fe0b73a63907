import { describe, expect, it } from 'vitest';
import { KNOWLEDGE } from '../../engine/knowledge';
import { LANGS, TEXT_PACKS } from '../../engine/knowledge/lang';
import { languagePrefilter, packsPrefilter } from '../../engine/prefilter';
import { bundled as engine } from './helpers/bundled';

describe('languagePrefilter', () => {
  const pre = languagePrefilter(
    ['mexic', 'frontera'],
    new Map([
      ['es', ['trump', 'texas']],
      ['en', []],
    ]),
  );

  it('stops text with no word of any pack at the first test', () => {
    expect(pre.any('The city council approved the new parking rules.')).toBe(false);
  });

  it('keeps a shared word in any language', () => {
    expect(pre.any('Trade with Mexico grew.') && pre.passes('Trade with Mexico grew.', 'en')).toBe(true);
  });

  it('counts a language-only word only in its own language', () => {
    const text = 'Trump dijo que los aranceles seguirán.';
    expect(pre.any(text)).toBe(true);
    expect(pre.passes(text, 'es')).toBe(true);
    expect(pre.passes(text, 'en')).toBe(false);
  });

  it('reads accents and case like the shared words', () => {
    expect(pre.passes('En TEXAS, la FRONTERA…', 'es')).toBe(true);
  });

  it('matches a word listed with its accents in text written without them (en, es)', () => {
    const accented = languagePrefilter(['mérida', 'peña nieto'], new Map([['en', []]]));
    expect(accented.passes('The Merida Initiative paid for helicopters.', 'en')).toBe(true);
    expect(accented.passes('Pena Nieto firmo la reforma.', 'en')).toBe(true);
    expect(accented.passes('La Iniciativa Mérida pagó helicópteros.', 'en')).toBe(true);
  });

  it('an empty list matches nothing, never everything', () => {
    const none = languagePrefilter([], new Map([['en', []]]));
    expect(none.any('anything at all')).toBe(false);
    expect(none.passes('anything at all', 'en')).toBe(false);
  });
});

describe("the packs' prefilter lets every name of Mexico and of what both share through", () => {
  const prefilter = packsPrefilter(KNOWLEDGE.langs);
  // Names a rewrite writes ("worldcup", "bajacalifornia") are never in raw text; their raw forms are the prefilter's.
  const rewritten = new Set(LANGS.flatMap((lang) => TEXT_PACKS[lang].rewrites.flatMap((r) => r.replacement.trim().split(/\s+/))));
  const raw = (anchor: string) => !anchor.split(/\s+/).some((w) => rewritten.has(w));

  it("in every language for the anchors of Mexico and of both, in its own language for a pack's own anchors", () => {
    const blocked: string[] = [];
    for (const lang of LANGS) {
      const { anchors, anchorsInLanguage } = KNOWLEDGE.langs[lang];
      for (const anchor of [...anchors.mx, ...anchors.bi].filter(raw)) for (const reader of LANGS) if (!prefilter.passes(` ${anchor} `, reader)) blocked.push(`${lang} "${anchor}" in ${reader}`);
      for (const anchor of [...anchorsInLanguage.mx, ...anchorsInLanguage.us, ...anchorsInLanguage.bi]) if (!prefilter.passes(` ${anchor} `, lang)) blocked.push(`${lang} "${anchor}"`);
    }
    expect(blocked).toEqual([]);
  });

  it('reads a sentence that names the relationship only by such a name, written without accents (en, es)', () => {
    expect(engine.classify('The Merida Initiative paid for helicopters and training for the army.')?.topic).toBe('cartels-violence');
    expect(engine.classify('La Iniciativa Merida pagó helicópteros y capacitación para el ejército.')?.topic).toBe('cartels-violence');
  });
});

describe("a sentence that names only the U.S., by the country's own name, is read in each language", () => {
  const prefilter = packsPrefilter(KNOWLEDGE.langs);

  it('lets the names of the U.S. through in their language (en, es)', () => {
    for (const name of ['the United States', 'the U.S.', 'America']) expect(prefilter.passes(`Sales fell in ${name} last year.`, 'en')).toBe(true);
    for (const name of ['Estados Unidos', 'EE.UU.']) expect(prefilter.passes(`Las ventas cayeron en ${name} el año pasado.`, 'es')).toBe(true);
  });

  it("finds the topic said in its own strong words, and nothing in the country's other news (en, es)", () => {
    expect(engine.classify('Overdoses from synthetic opioids killed more than 70,000 people in the United States in 2023.')?.topic).toBe('drugs-fentanyl');
    expect(engine.classify('Las sobredosis de opioides sintéticos mataron a más de 70 mil personas en Estados Unidos en 2023.')?.topic).toBe('drugs-fentanyl');
    expect(engine.classify('The United States Senate passed the budget bill on Tuesday after a long debate.')).toBeNull();
    expect(engine.classify('El Senado de Estados Unidos aprobó el presupuesto el martes tras un largo debate.')).toBeNull();
  });
});

describe('a sentence that names neither country nor anything they share is read when it states a figure in a series’ own words', () => {
  it('finds the topic whose cue binds the number (en, es)', () => {
    expect(engine.classify('Two-way trade in goods reached $840 billion in 2024, a record.')?.topic).toBe('trade-volume');
    expect(engine.classify('Some 450 miles of wall were built between 2017 and 2021.')?.topic).toBe('border-security');
    expect(engine.classify('Se construyeron unas 450 millas de barda entre 2017 y 2021.')?.topic).toBe('border-security');
  });

  it('rates it only where the record bears its number out: a record that denies it may be of another subject (en, es)', () => {
    expect(engine.classify('The two sides trade $1.4 billion a day.')).toMatchObject({ topic: 'trade-volume', rating: 'context' });
    expect(engine.classify('Las dos partes comercian 1,400 millones de dólares diarios.')).toMatchObject({ topic: 'trade-volume', rating: 'context' });
    expect(engine.classify('The two sides trade $2.4 billion a day.')?.rating).toBe('accurate');
    expect(engine.classify('Las dos partes comercian 2,400 millones de dólares diarios.')?.rating).toBe('accurate');
    // Named, the countries make the record the sentence's own.
    expect(engine.classify('Mexico and the U.S. trade $1.4 billion a day.')?.rating).toBe('outdated');
    expect(engine.classify('México y EE.UU. comercian 1,400 millones de dólares diarios.')?.rating).toBe('outdated');
  });

  it('reads nothing where no cue binds the number, whatever else the sentence names (en, es)', () => {
    expect(engine.classify('The council approved 12 new parking rules in 2024.')).toBeNull();
    expect(engine.classify('El cabildo aprobó 12 reglas de estacionamiento en 2024.')).toBeNull();
    // The U.S. alone, by a name English news uses for home, is no way in for a sentence its prefilter would stop.
    expect(engine.classify('Trump signed 12 executive orders on his first day in 2025.')).toBeNull();
    expect(engine.analyze('The council approved 12 new parking rules in 2024. Its budget grew 3% to $40 million.')).toEqual([]);
  });
});
