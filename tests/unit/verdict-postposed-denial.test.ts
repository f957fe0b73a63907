/**
 * A claim called false after it, as the subject of the denial ("The claim that … is a myth", "La afirmación de que … es
 * falsa", "… carece de sustento"): the sentence says the opposite of the claim, so the claim's record never makes it
 * Accurate. Before, "es falso" was read but not "es falsa", "is false" but not "are false" or "is a myth".
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../engine/schema';
import { fig, ratingsOn, series, seriesFact } from './helpers/sample-facts';

const partnerRank = series('us-trade-partner-rank', 'trade-partner-rank', 'two-way', 'point', ['top trading partner', 'largest trading partner'], ['principal socio comercial']);
const FACTS: Fact[] = [seriesFact('partner', 'trade-partner-rank', [fig('us-trade-partner-rank', 1, '2025', 'rank')], [partnerRank], { en: ['trading partner'], es: ['socio comercial'] })];
const verdict = ratingsOn(FACTS);

describe('a claim denied after it, as the subject of the denial', () => {
  it.each([
    'The claim that Mexico is the top trading partner of the United States is a myth.',
    'Claims that Mexico is the top trading partner of the United States are false.',
    'The idea that Mexico is the top trading partner of the United States is just a myth.',
    'Reports that Mexico is the top trading partner of the United States are unfounded.',
    'The notion that Mexico is the top trading partner of the United States is wrong, and the data disagree.',
  ])('English: %s', (sentence) => expect(verdict(sentence)?.rating).toBe('context'));

  it.each([
    'La afirmación de que México es el principal socio comercial de Estados Unidos es falsa.',
    'Las versiones de que México es el principal socio comercial de Estados Unidos son falsas.',
    'La idea de que México es el principal socio comercial de Estados Unidos es un mito, y los datos cuentan otra historia.',
    'La versión de que México es el principal socio comercial de Estados Unidos carece de sustento.',
    'La noticia de que México es el principal socio comercial de Estados Unidos fue desmentida.',
  ])('Spanish: %s', (sentence) => expect(verdict(sentence)?.rating).toBe('context'));

  it('still rates the claim said plainly', () => {
    expect(verdict('Mexico is the top trading partner of the United States.')?.rating).toBe('accurate');
    expect(verdict('México es el principal socio comercial de Estados Unidos.')?.rating).toBe('accurate');
  });
});
