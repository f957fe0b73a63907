/**
 * An amount said per a unit of time ("$2.4 billion a day", "2,400 millones de dólares diarios") is an average over it, so
 * words of an average ("averages", "on average", "promedia": the packs' `averageWords`) name no other measure of a series
 * counted per that unit (issue #12). Before, "average" was read as a part word, as it is beside a yearly total, and the
 * number was dropped as "a direction word". Other words of direction still set it apart. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { shownRating as rating } from './helpers/bundled';

describe('words of an average beside an amount per day', () => {
  it('leave it to the daily series, in English', () => {
    expect(rating('On average, trade between Mexico and the United States comes to about $2.4 billion a day.')).toBe('accurate');
    expect(rating('U.S.-Mexico trade averaged close to $2.4 billion per day.')).toBe('accurate');
  });

  it('leave it to the daily series, in Spanish', () => {
    expect(rating('El comercio entre México y Estados Unidos promedia unos 2,400 millones de dólares diarios.')).toBe('accurate');
    expect(rating('En promedio, el comercio entre México y Estados Unidos suma cerca de 2,400 millones de dólares al día.')).toBe('accurate');
  });

  it('do not lift another word of direction', () => {
    expect(rating('Mexican exports to the U.S. average about $2.4 billion a day.')).not.toBe('accurate');
    expect(rating('Las exportaciones de México a Estados Unidos promedian unos 2,400 millones de dólares diarios.')).not.toBe('accurate');
  });
});
