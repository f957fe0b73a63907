/**
 * A pair of dashes sets an aside apart, as a parenthesis does, only for a number inside it (issue #12):
 * "Trade between the two countries — a record, economists say — reached $839 billion" is one clause for
 * the number, so the cue before the aside names its measure. Before, the closing dash cut the clause and
 * the number met no series. A single dash still breaks a clause; a number inside the aside keeps the aside
 * as its clause. Sentences written for the test; the checks run on the bundled facts.
 */
import { describe, expect, it } from 'vitest';
import { clauseOf } from '../../engine/number-stretch';
import { readQuantities } from '../../engine/numbers';
import type { Lang } from '../../engine/schema';
import { foldSameLength } from '../../engine/word-lists';
import { bundled as engine } from './helpers/bundled';

/** The clause of the sentence's first number that is not a year, as text. */
const clause = (text: string, lang: Lang) => {
  const folded = foldSameLength(text);
  const q = readQuantities(text, lang).find((x) => x.unit !== 'year')!;
  const [from, to] = clauseOf(folded, q);
  return text.slice(from, to).trim();
};

describe('an aside between two dashes', () => {
  it('is no break for a number outside it, in English', () => {
    const text = 'Trade between the two countries — a record, economists say — reached $839 billion in 2024.';
    expect(clause(text, 'en')).toBe(text);
    expect(engine.analyze(text)[0]).toMatchObject({ topic: 'trade-volume', rating: 'accurate', basis: 'figure' });
    expect(clause('Trade grew — it reached $839 billion in 2024.', 'en')).toBe('it reached $839 billion in 2024.');
    expect(clause('Trade — worth $839 billion in 2024 — grew again.', 'en')).toBe('worth $839 billion in 2024');
  });

  it('is no break for a number outside it, in Spanish', () => {
    const text = 'El comercio entre México y Estados Unidos – un récord, según economistas – alcanzó 839 mil millones de dólares en 2024.';
    expect(clause(text, 'es')).toBe(text);
    expect(engine.analyze(text)[0]).toMatchObject({ topic: 'trade-volume', rating: 'accurate', basis: 'figure' });
    expect(clause('El comercio creció – alcanzó 839 mil millones de dólares en 2024.', 'es')).toBe('alcanzó 839 mil millones de dólares en 2024.');
    expect(clause('El comercio – de 839 mil millones de dólares en 2024 – creció otra vez.', 'es')).toBe('de 839 mil millones de dólares en 2024');
  });
});
