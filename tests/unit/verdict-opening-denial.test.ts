/**
 * A denial that opens a sentence ("It is not true that …", "Es falso que …", "Stop saying …") denies its numbers
 * however far they stand from it: a number said past its stretch's reach was borne out as if nothing denied it.
 * Words that open a sentence with a negation but affirm ("No obstante", "Not surprisingly", "No es casualidad que")
 * are the packs' `affirmations`. Found by wrapping every typical claim rated accurate in denial forms.
 */
import { describe, expect, it } from 'vitest';
import { ratingsOn, sentHomeFact } from './helpers/sample-facts';

const verdict = ratingsOn([sentHomeFact({ 2024: 41_200_000_000, 2025: 44_800_000_000 })]);
const LONG_EN = 'in a year when families in many small towns depended on it heavily all year long, money sent home to Mexico totaled $44.8 billion in 2025';
const LONG_ES = 'en un año en que las familias de muchos pueblos dependieron de ellas como pocas veces antes, las remesas enviadas a México sumaron 44,800 millones de dólares en 2025';

describe('a denial that opens the sentence', () => {
  it('denies a number far from it', () => {
    const denied = [
      `It is not true that, ${LONG_EN}.`,
      `It is a lie that, ${LONG_EN}.`,
      `Only a fool would believe that, ${LONG_EN}.`,
      `Solo un tonto creería que, ${LONG_ES}.`,
      `Stop saying that, ${LONG_EN}.`,
      `Es falso que, ${LONG_ES}.`,
      `No es cierto que, ${LONG_ES}.`,
    ];
    expect(denied.filter((text) => verdict(text)?.rating === 'accurate')).toEqual([]);
  });

  it('is no denial when its words affirm', () => {
    for (const text of [
      `Not surprisingly, ${LONG_EN}.`,
      `No obstante, ${LONG_ES}.`,
      `No es casualidad que, ${LONG_ES}.`,
      `Según el informe, ${LONG_ES.split(', ')[1]}.`,
      `As reported, ${LONG_EN.split(', ')[1]}.`,
    ])
      expect(verdict(text)?.rating, text).toBe('accurate');
  });
});
