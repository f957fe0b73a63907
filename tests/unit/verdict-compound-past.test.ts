/**
 * A compound past is the verb's past. English "has designated" already stems as "designated"; Spanish "ha designado",
 * "han superado", "ha crecido" stemmed apart from "designó", "superó", "creció" (the participle keeps its "-ad", "-id"),
 * so "Estados Unidos ha designado a seis cárteles mexicanos como organizaciones terroristas" met no typical claim said
 * "designó". The Spanish pack's aliases read a participle right after a form of "haber" as the past (four letters before
 * its ending at least: "ha dado", "ha sido", "ha habido" stay as they are).
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../engine/schema';
import { toStems } from '../../engine/vocabulary';
import { claimFact, ratingsOn } from './helpers/sample-facts';

const FACTS: Fact[] = [
  claimFact('designations', 'cartels-violence', { en: ['cartels', 'terrorist'], es: ['cárteles', 'terroristas'] }, [
    { text: 'The U.S. designated six Mexican cartels as terrorist organizations', lang: 'en', rating: 'accurate' },
    { text: 'Estados Unidos designó a seis cárteles mexicanos como organizaciones terroristas', lang: 'es', rating: 'accurate' },
  ]),
];
const verdict = ratingsOn(FACTS);

describe('a compound past', () => {
  it('stems as the verb’s past', () => {
    expect(toStems('ha designado', 'es')).toEqual(toStems('designó', 'es'));
    expect(toStems('han superado', 'es')).toEqual(toStems('superó', 'es'));
    expect(toStems('ha crecido', 'es')).toEqual(toStems('creció', 'es'));
    expect(toStems('ha sustituido', 'es')).toEqual(toStems('sustituyó', 'es'));
    expect(toStems('has designated', 'en')).toEqual(toStems('designated', 'en'));
  });

  it('leaves short participles and nouns as they are', () => {
    expect(toStems('ha sido', 'es')).toEqual([]);
    expect(toStems('ha dado', 'es')).toEqual(toStems('dado', 'es'));
    expect(toStems('el Senado aprobó', 'es')).toEqual(['senad', 'aprob']);
  });

  it('meets a typical claim said in the simple past', () => {
    expect(verdict('Estados Unidos ha designado a seis cárteles mexicanos como organizaciones terroristas.')?.rating).toBe('accurate');
    expect(verdict('The U.S. has designated six Mexican cartels as terrorist organizations.')?.rating).toBe('accurate');
  });
});
