/**
 * Flags are pairs of regional indicator letters, not Extended_Pictographic: left unstripped around a post, they made a
 * short claim read as a caption ("The USMCA expires automatically in 2026. 🇲🇽🇺🇸" lost its verdict).
 */
import { describe, expect, it } from 'vitest';
import { notCheckworthy } from '../../engine/checkworthy';
import { VERDICT_WORDS } from '../../engine/knowledge';
import { bundled } from './helpers/bundled';

describe('flags around a post', () => {
  it('say nothing about its form, after it or before it', () => {
    expect(notCheckworthy('NAFTA took effect in 1994. 🇲🇽🇺🇸', VERDICT_WORDS.en)).toBeNull();
    expect(notCheckworthy('🇲🇽 El TLCAN entró en vigor en 1994.', VERDICT_WORDS.es)).toBeNull();
    // A caption stays a caption with or without its flags.
    expect(notCheckworthy('The U.S.-Mexico Relationship 🇲🇽🇺🇸', VERDICT_WORDS.en)).toBe('title');
  });

  it('leave a short claim its verdict in both languages', () => {
    for (const [post, rating] of [
      ['The USMCA expires automatically in 2026. 🇲🇽🇺🇸', 'false'],
      ['🇲🇽 El T-MEC entró en vigor en 2018.', 'false'],
    ] as const) {
      const [f] = bundled.analyze(post);
      expect(f?.checkworthy, post).toBe(true);
      expect(f?.rating, post).toBe(rating);
    }
  });
});
