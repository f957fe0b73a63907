/**
 * A typical claim told in one tense or number meets the same claim told in another. The stemmer joins "pays" and "paying"
 * but not the irregular "paid", nor Spanish "paga", "pagan", "pagó", "pagaron" (a short root keeps its vowel, a plural its
 * "-n"): so "México nunca paga el muro" met no typical claim said "México nunca pagó el muro". The packs' `verbForms` and
 * `irregularForms` read each verb in one form, for claim matching only (the topic vocabularies write the forms they mean).
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../engine/schema';
import { toStems, verbFormStems } from '../../engine/vocabulary';
import { claimFact, ratingsOn } from './helpers/sample-facts';

const FACTS: Fact[] = [
  claimFact('wall-funding', 'border-security', { en: ['wall', 'paid'], es: ['muro', 'pagó'] }, [
    { text: 'Mexico never paid for the border wall', lang: 'en', rating: 'accurate' },
    { text: 'U.S. taxpayers paid for the border wall', lang: 'en', rating: 'accurate' },
    { text: 'México nunca pagó el muro fronterizo', lang: 'es', rating: 'accurate' },
    { text: 'El muro fronterizo lo pagaron los contribuyentes estadounidenses', lang: 'es', rating: 'accurate' },
  ]),
  claimFact('fentanyl-ports', 'drugs-fentanyl', { en: ['fentanyl', 'ports of entry'], es: ['fentanilo', 'puertos de entrada'] }, [
    { text: 'Fentanyl smugglers use ports of entry', lang: 'en', rating: 'accurate' },
    { text: 'Los traficantes de fentanilo eligieron los puertos de entrada de Estados Unidos', lang: 'es', rating: 'accurate' },
  ]),
];
const verdict = ratingsOn(FACTS);
const oneForm = (text: string, lang: 'en' | 'es') => {
  const verbs = verbFormStems(text, lang);
  return toStems(text, lang).map((s) => verbs.get(s) ?? s);
};

describe('a verb in another tense or number', () => {
  it('is read in one form', () => {
    for (const form of ['pagan', 'pagó', 'pagaron', 'pagaba']) expect(oneForm(form, 'es')).toEqual(toStems('paga', 'es'));
    for (const form of ['envían', 'envió', 'enviaron']) expect(oneForm(form, 'es')).toEqual(toStems('envía', 'es'));
    for (const form of ['vendieron', 'venden']) expect(oneForm(form, 'es')).toEqual(toStems('vende', 'es'));
    // A noun in "-en" is read so too, with its plural: its number still meets.
    expect(oneForm('crímenes', 'es')).toEqual(oneForm('crimen', 'es'));
    expect(oneForm('paid', 'en')).toEqual(toStems('pays', 'en'));
    expect(oneForm('Overtook', 'en')).toEqual(toStems('overtakes', 'en'));
    expect(oneForm('brought', 'en')).toEqual(toStems('brings', 'en'));
    // A short verb that drops its "e" before "-ing", "-ed": the stemmer keeps "us" of "using" apart from "use".
    for (const form of ['using', 'used']) expect(oneForm(form, 'en')).toEqual(toStems('uses', 'en'));
    for (const form of ['moving', 'moved']) expect(oneForm(form, 'en')).toEqual(toStems('moves', 'en'));
    for (const word of ['bring', 'thing', 'need']) expect(oneForm(word, 'en')).toEqual(toStems(word, 'en'));
  });

  it('leaves acronyms, names in "-án" and other languages as they are', () => {
    expect(verbFormStems('el TLCAN', 'es').size).toBe(0);
    expect(oneForm('Michoacán', 'es')).toEqual(oneForm('michoacan', 'es'));
    expect(verbFormStems('the Mexican caravan', 'en').size).toBe(0);
    expect(verbFormStems('sent', 'es').size).toBe(0);
  });

  it('meets a typical claim told in another tense (EN)', () => {
    expect(verdict('Mexico never pays for the border wall.')?.rating).toBe('accurate');
    expect(verdict('U.S. taxpayers pay for the border wall.')?.rating).toBe('accurate');
    expect(verdict('Fentanyl smugglers are using ports of entry.')?.rating).toBe('accurate');
  });

  it('meets a typical claim told in another tense or number (ES)', () => {
    expect(verdict('México nunca paga el muro fronterizo.')?.rating).toBe('accurate');
    expect(verdict('El muro fronterizo lo pagan los contribuyentes estadounidenses.')?.rating).toBe('accurate');
    expect(verdict('Los traficantes de fentanilo eligen los puertos de entrada de Estados Unidos.')?.rating).toBe('accurate');
  });
});
