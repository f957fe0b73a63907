/**
 * A multiple is a comparison with two sides ("auto exports are worth three times remittances"): a sentence that swaps
 * them ("remittances are worth three times Mexico's auto exports") met the typical claim word for word and was shown
 * Accurate. Sides are read around a multiple as around "more … than", in both languages.
 */
import { describe, expect, it } from 'vitest';
import { comparisonTurned, sidesOf } from '../../engine/claim-shape';
import { VERDICT_WORDS } from '../../engine/knowledge';
import { bundled as engine } from './helpers/bundled';

const turned = (claim: string, said: string, lang: 'en' | 'es') => comparisonTurned(sidesOf(claim, lang, VERDICT_WORDS[lang])!, sidesOf(said, lang, VERDICT_WORDS[lang]));

describe('a multiple read as a comparison', () => {
  it.each([
    ["Mexico's auto exports are worth about three times its remittances", "Mexico's remittances are worth about three times its auto exports", 'en'],
    ['Las exportaciones de autos valen el triple que las remesas', 'Las remesas valen el triple que las exportaciones de autos', 'es'],
    ['EU comercia con México el doble de mercancías que con China', 'EU comercia con China el doble de mercancías que con México', 'es'],
  ] as const)('is turned round when its sides swap: %s / %s', (claim, said, lang) => {
    expect(turned(claim, said, lang)).toBe(true);
  });

  it.each([
    ["Mexico's auto exports are worth about three times its remittances", "Mexico's auto exports are worth three times remittances", 'en'],
    ['Las exportaciones de autos valen el triple que las remesas', 'Las exportaciones de autos de México valen el triple que sus remesas', 'es'],
  ] as const)('is not turned round when its sides stay: %s / %s', (claim, said, lang) => {
    expect(turned(claim, said, lang)).toBe(false);
  });

  it('keeps the swapped sentence from the typical claim', () => {
    expect(engine.classify("Remittances are worth three times Mexico's auto exports")?.rating).not.toBe('accurate');
    expect(engine.classify("Mexico's auto exports are worth three times remittances")?.rating).toBe('accurate');
  });
});
