/**
 * A claim the sentence itself denies. "It is false that…", "es falso que…", "falsely claimed"
 * before it, or "…, but that is wrong", "…, pero eso es falso", "…, afirmó falsamente" after it:
 * the sentence says the opposite of its claim, so the claim's record never makes it Accurate.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../engine/schema';
import { fig, ratingsOn, series, seriesFact } from './helpers/sample-facts';

const partnerRank = series('us-trade-partner-rank', 'trade-partner-rank', 'two-way', 'point', ['top trading partner', 'largest trading partner'], ['principal socio comercial']);

const FACTS: Fact[] = [seriesFact('partner', 'trade-partner-rank', [fig('us-trade-partner-rank', 1, '2025', 'rank')], [partnerRank], { en: ['trading partner'], es: ['socio comercial'] })];
const verdict = ratingsOn(FACTS);

describe('a claim the sentence denies', () => {
  it('is never rated as the claim itself', () => {
    for (const denied of [
      'It is false that Mexico is the top trading partner of the United States.',
      'Some say Mexico is the top trading partner of the United States, but that is wrong.',
      'Es falso que México sea el principal socio comercial de Estados Unidos.',
      'Dicen que México es el principal socio comercial de Estados Unidos, pero eso es falso.',
      'The senator falsely claimed that Mexico is the top trading partner of the United States.',
      'Mexico is the top trading partner of the United States, the senator claimed falsely.',
      'El senador afirmó falsamente que México es el principal socio comercial de Estados Unidos.',
    ])
      expect(verdict(denied)?.rating, denied).toBe('context');
  });

  it('is never rated when called a myth or only alleged', () => {
    for (const doubted of [
      'Myth: Mexico is the top trading partner of the United States.',
      'Mexico is supposedly the top trading partner of the United States.',
      'Mexico is allegedly the top trading partner of the United States.',
      'Mito: México es el principal socio comercial de Estados Unidos.',
      'México es supuestamente el principal socio comercial de Estados Unidos.',
      'México es presuntamente el principal socio comercial de Estados Unidos.',
    ])
      expect(verdict(doubted)?.rating, doubted).toBe('context');
  });

  it('still rates the claim said plainly, or said to be true', () => {
    expect(verdict('Mexico is the top trading partner of the United States.')).toEqual({ rating: 'accurate', figures: ['us-trade-partner-rank:consistent'] });
    expect(verdict('It is true that Mexico is the top trading partner of the United States.')).toEqual({ rating: 'accurate', figures: ['us-trade-partner-rank:consistent'] });
    expect(verdict('México es el principal socio comercial de Estados Unidos.')).toEqual({ rating: 'accurate', figures: ['us-trade-partner-rank:consistent'] });
  });
});
