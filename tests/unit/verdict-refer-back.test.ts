/**
 * A possessive before the number ("its two-way trade", "su comercio") speaks of a subject named before it, in an earlier
 * clause too: a part named there (a port, a state) is the number's subject, not the whole country's record. "Port Laredo
 * is the main gateway for U.S.–Mexico trade: its two-way trade rose to $339 billion in 2024" was False against the
 * national total.
 */
import { describe, expect, it } from 'vitest';
import { classifiedRating as rating } from './helpers/bundled';

describe('a possessive before the number', () => {
  it('takes the part named in an earlier clause as its subject', () => {
    expect(rating('Port Laredo is the main gateway for U.S.–Mexico trade: its two-way trade rose to $339 billion in 2024.')).not.toBe('false');
    expect(rating('Texas is the state that trades most with Mexico: its trade with Mexico reached $339 billion in 2024.')).not.toBe('false');
    expect(rating('Texas es el estado que más comercia con México: su comercio con México sumó 339 mil millones de dólares en 2024.')).not.toBe('false');
  });

  it('still reads the country named before as the subject', () => {
    expect(rating('Mexico is the largest U.S. trading partner: its two-way trade with the U.S. reached $839.9 billion in 2024.')).toBe('accurate');
  });
});
