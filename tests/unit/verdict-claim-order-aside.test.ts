/**
 * A typical claim and a sentence must name the countries in one order ("Mexicans dislike the U.S." is not "Americans
 * dislike Mexico"). A country named again in a later clause that says none of the claim's words ("…, a move Trump
 * ordered", "…, una medida de Trump": Trump reads as the U.S.) is an aside: the order that counts is the one of the
 * clauses that say the claim, where the sentence names the claim's countries first. Before, the aside turned the
 * sentence's order into "U.S., Mexico, U.S." and the claim was not met. A country named first, before the claim's
 * ("In Mexico, …", "Para México, …"), still turns it. So is a headline's label before its colon, who says it ("ATF: …":
 * the ATF reads as the U.S.), where the rest names the claim's countries in its order. So is a country said as the owner
 * of a body that acts ("the U.S. Supreme Court", "la Suprema Corte de EU"): where the body sits, no side of the claim; the
 * orders are also compared read without it, on both sides.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../engine/schema';
import { claimFact, ratingsOn } from './helpers/sample-facts';

const FACTS: Fact[] = [
  claimFact('designations', 'cartels-violence', { en: ['cartels', 'terrorist'], es: ['cárteles', 'terroristas'] }, [
    { text: 'The U.S. designated six Mexican cartels as terrorist organizations', lang: 'en', rating: 'accurate' },
    { text: 'Estados Unidos designó a seis cárteles mexicanos como organizaciones terroristas', lang: 'es', rating: 'accurate' },
  ]),
  claimFact('found', 'guns-trafficking', { en: ['guns'], es: ['armas'] }, [
    { text: '70% of the guns found in Mexico come from the U.S.', lang: 'en', rating: 'misleading' },
    { text: 'El 70% de las armas encontradas en México vienen de EU', lang: 'es', rating: 'misleading' },
  ]),
  claimFact('suit', 'guns-trafficking', { en: ['suit', 'dealers'], es: ['demanda', 'vendedores'] }, [
    { text: "The Supreme Court dismissed Mexico's suit against U.S. gun dealers", lang: 'en', rating: 'accurate' },
    { text: 'La Suprema Corte de EU rechazó la demanda de México contra vendedores de armas', lang: 'es', rating: 'accurate' },
  ]),
  claimFact('ally', 'public-opinion', { en: ['ally'], es: ['aliado'] }, [
    { text: 'The U.S. sees Mexico as a close ally', lang: 'en', rating: 'accurate' },
    { text: 'Estados Unidos ve a México como un aliado cercano', lang: 'es', rating: 'accurate' },
  ]),
];
const verdict = ratingsOn(FACTS);

describe('a country named again in an aside after the claim', () => {
  it('leaves the claim met', () => {
    expect(verdict('The U.S. designated six Mexican cartels as terrorist organizations, a move Trump ordered on his first day.')?.rating).toBe('accurate');
    expect(verdict('Estados Unidos designó a seis cárteles mexicanos como organizaciones terroristas, una medida que firmó Trump.')?.rating).toBe('accurate');
  });

  it('but a sentence that names the claim’s countries the other way first still does not meet it', () => {
    expect(verdict('Mexico sees the U.S. as a close ally, a view Trump welcomed.')?.rating).toBe('context');
    expect(verdict('México ve a Estados Unidos como un aliado cercano, una visión que Trump celebró.')?.rating ?? 'none').not.toBe('accurate');
  });
});

describe('a headline’s label before its colon', () => {
  it('is who says the claim, no country of it', () => {
    expect(verdict('ATF: 70 percent of guns found in Mexico come from US')?.rating).toBe('misleading');
    expect(verdict('ATF: el 70% de las armas encontradas en México vienen de EU')?.rating).toBe('misleading');
  });

  it('but the rest must name the claim’s countries in its order', () => {
    expect(verdict('U.S. poll: Mexico sees the U.S. as a close ally.')?.rating ?? 'none').not.toBe('accurate');
    expect(verdict('Encuesta de EU: México ve a Estados Unidos como un aliado cercano.')?.rating ?? 'none').not.toBe('accurate');
  });
});

describe("a country said as a body's owner", () => {
  it('is no side of the claim, in English', () => {
    expect(verdict("The U.S. Supreme Court dismissed Mexico's suit against U.S. gun dealers.")?.rating).toBe('accurate');
  });
  it('is no side of the claim, in Spanish, whether the claim or the sentence says it', () => {
    for (const sentence of ['La Suprema Corte rechazó la demanda de México contra vendedores de armas.', 'La Suprema Corte de Estados Unidos rechazó la demanda de México contra vendedores de armas.'])
      expect(verdict(sentence)?.rating, sentence).toBe('accurate');
  });
  it('leaves the order of the countries that own no body to count', () => {
    for (const sentence of ['The Supreme Court dismissed the U.S. suit against Mexican gun dealers.', 'La Suprema Corte de México rechazó la demanda de Estados Unidos contra vendedores de armas.'])
      expect(verdict(sentence)?.rating, sentence).toBe('context');
  });
});
