/**
 * A position said to have begun in a year ("became … in 2025", "se convirtió en … en 2025") did not begin then when the
 * record before that year already holds it: that year's record does not bear it out, nor does a typical claim that it
 * holds now. Synthetic facts written for the tests, both languages.
 */
import { describe, expect, it } from 'vitest';
import { FIRST_PARTNER_FACT, firstPartnerClaims, ratingsOn } from './helpers/sample-facts';

describe('a position said to have begun in a year', () => {
  it('is not borne out when the record before that year already holds it, in both languages', () => {
    const rate = ratingsOn([FIRST_PARTNER_FACT]);
    expect(rate('Mexico became the largest trading partner of the United States in 2025.')?.rating).toBe('context');
    expect(rate('México se convirtió en el principal socio comercial de Estados Unidos en 2025.')?.rating).toBe('context');
    expect(rate('In 2025, Mexico has become the largest trading partner of the United States.')?.rating).toBe('context');
    expect(rate('En 2025, México pasó a ser el principal socio comercial de Estados Unidos.')?.rating).toBe('context');
    // The year it began is borne out.
    expect(rate('Mexico became the largest trading partner of the United States in 2023.')?.rating).toBe('accurate');
    expect(rate('México se convirtió en el principal socio comercial de Estados Unidos en 2023.')?.rating).toBe('accurate');
  });
  it('meets no typical claim that the position holds now, in both languages', () => {
    const rate = ratingsOn([firstPartnerClaims('Mexico is the largest trading partner of the United States', 'México es el principal socio comercial de Estados Unidos')]);
    expect(rate('Mexico is the largest trading partner of the United States.')?.rating).toBe('accurate');
    expect(rate('Mexico became the largest trading partner of the United States in 2025.')?.rating).not.toBe('accurate');
    expect(rate('México se convirtió en el principal socio comercial de Estados Unidos en 2025.')?.rating).not.toBe('accurate');
  });
});
