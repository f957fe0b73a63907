/**
 * A number said as the baseline of a share ("down from 61% favorable", "frente a un 61% que lo veía bien") takes the
 * share's series only when it says nothing of another way of its subject: "69% … unfavorably, down from 61% favorable
 * in 2024" was False, the 61% judged as 2024's unfavorable share (33%).
 */
import { describe, expect, it } from 'vitest';
import { classifiedRating as rating } from './helpers/bundled';

describe('a baseline said in words of another way', () => {
  it('is not the share before it', () => {
    expect(rating("In Pew's 2025 survey, 69% of Mexicans viewed the U.S. unfavorably, down from 61% favorable in 2024.")).not.toBe('false');
    expect(rating('En 2025, 69% de los mexicanos veía mal a Estados Unidos, frente a un 61% que lo veía bien en 2024.')).not.toBe('false');
  });

  it('is the share before it when said in no words of a way', () => {
    expect(rating("In Pew's 2025 survey, 69% of Mexicans viewed the U.S. unfavorably, up from 33% in 2024.")).toBe('accurate');
  });
});
