/**
 * A wrong verdict found auditing real text (issue #12): a position among the suppliers of one industry ("the seventh
 * supplier to the aerospace industry") is no place among all sources of U.S. imports, yet it was bound to that ranking
 * and shown False. An industry named, by its name or by the word "industry" itself (the packs' `sectors`), says what is
 * ranked, as "steel" or "auto" did. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { shownRating as rating } from './helpers/bundled';

describe('a position among one industry’s suppliers', () => {
  it('is no place among all sources of U.S. imports, in English', () => {
    expect(rating('Mexico is the sixth-largest supplier of the U.S. aerospace industry.')).toBe('context');
    expect(rating('Mexico ranks as the fifth-largest supplier to the U.S. defense industry.')).not.toBe('false');
    // All goods, no industry said: judged as before.
    expect(rating('Mexico is the sixth-largest supplier of U.S. imports.')).toBe('false');
  });

  it('is no place among all sources of U.S. imports, in Spanish', () => {
    expect(rating('México es el séptimo proveedor de la industria aeroespacial de Estados Unidos.')).toBe('context');
    expect(rating('México es el quinto proveedor de la industria de defensa de EU.')).toBe('context');
    expect(rating('México es el séptimo proveedor de las importaciones de Estados Unidos.')).toBe('false');
  });
});
