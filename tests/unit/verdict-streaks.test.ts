/**
 * A state said to have held for a span ("for the third consecutive year", "por décimo año consecutivo", "for decades")
 * claims every year of it. A position is checked year by year over the span (Mexico was the top U.S. trading partner
 * in 2023, 2024 and 2025, second in 2022); a span without its length, or a year the record lacks, leaves it open; a
 * typical claim of the present state does not meet it. Run on the bundled facts; the sentences are written for the test.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/engine';
import { streakIn } from '../../engine/streaks';
import { VERDICT_WORDS } from '../../engine/knowledge';
import { foldSameLength } from '../../engine/word-lists';
import { loadData } from '../../scripts/lib/data-files';

const engine = createEngine(loadData().facts);
const rating = (text: string) => engine.analyze(text)[0]?.rating;

describe('a span of years said of a state', () => {
  it.each([
    ['for the third consecutive year', 'en', 3],
    ['for ten straight years', 'en', 10],
    ['5 years in a row', 'en', 5],
    ['por tercer año consecutivo', 'es', 3],
    ['durante décadas', 'es', null],
    ['for decades', 'en', null],
    ['in 2025', 'en', undefined],
  ] as const)('reads "%s" (%s) as %s years', (text, lang, years) => expect(streakIn(foldSameLength(text), VERDICT_WORDS[lang])).toBe(years));

  it.each([
    'Mexico has been the largest U.S. trading partner for ten consecutive years.',
    'Mexico was the top U.S. trading partner for the fifth year in a row in 2025.',
    'México fue el principal socio comercial de Estados Unidos por quinto año consecutivo en 2025.',
  ])('is wrong where a year of the span says otherwise: %s', (text) => expect(rating(text)).toBe('false'));

  it.each(['Mexico has been the top U.S. trading partner for decades.', 'México ha sido el principal socio comercial de Estados Unidos durante décadas.'])(
    'is left open without its length: %s',
    (text) => expect(rating(text)).toBe('context'),
  );

  it.each([
    'Mexico remained the United States’ largest trading partner for the third consecutive year in 2025.',
    'México se mantuvo como el principal socio comercial de Estados Unidos por tercer año consecutivo.',
    'Mexico was the top U.S. trading partner for the second year in a row.',
  ])('is borne out when every year of the span is: %s', (text) => expect(rating(text)).toBe('accurate'));
});
