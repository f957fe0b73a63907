/**
 * A wrong verdict found in a blind probe (issue #12): "México tiene nueve consulados de EU en su territorio" (true: the
 * U.S. has an embassy and nine consulates in Mexico) was False, its number checked against Mexico's 52 consulates in the
 * U.S. because "consulados" is a word of that series' cues. A country's name right after a word of the field
 * ("consulados de EU", "consulates of the United States") says whose the noun is; where the series' cues give that noun
 * another holder ("consulados de México"), the number is another measure (engine/noun-holders.ts). A people's word or
 * a name before the noun ("Mexican goods", "U.S. imports") is not read so: it says where a thing comes from as often as
 * whose it is. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { shownRating as rating } from './helpers/bundled';

describe('a noun said with another holder than its series gives it', () => {
  it('is another measure: no verdict from that series', () => {
    expect(rating('México tiene nueve consulados de EU en su territorio.')).toBe('context');
    expect(rating('En México hay nueve consulados de Estados Unidos.')).toBe('context');
    expect(rating('EU tiene 52 consulados de México en su territorio.')).toBe('context');
  });

  it('leaves a noun whose holder is unsaid, or said as its series says it, to the record', () => {
    expect(rating('México tiene 52 consulados en Estados Unidos.')).toBe('accurate');
    expect(rating('Mexico has 52 consulates in the U.S.')).toBe('accurate');
    expect(rating('México tiene nueve consulados en EU.')).toBe('false');
    expect(rating('Mexico has nine consulates in the U.S.')).toBe('false');
  });

  it('does not read a people or a name before a noun as its holder', () => {
    expect(rating('U.S. imports from Mexico totaled about $535 billion in 2025.')).toBe('accurate');
    expect(rating('The number of Mexican-born residents in the U.S. stood at about 10.9 million in 2023.')).toBe('accurate');
  });
});
