/**
 * A state said to have held over a span ("for the third consecutive year", "por décimo año consecutivo", "for decades",
 * "always") or to hold for the first time claims something of every year of it. A position is checked year by year over
 * the span (the record: Mexico third among U.S. trading partners in 2013-2018, first in 2019, second in 2022, first
 * 2023-2025); a span without its length, or a year the record lacks, leaves it open; a typical claim of the present
 * state does not meet it. Run on the bundled facts; the sentences are written for the test.
 */
import { describe, expect, it } from 'vitest';
import { spanIn } from '../../engine/streaks';
import { VERDICT_WORDS } from '../../engine/knowledge';
import { foldSameLength } from '../../engine/word-lists';
import { shownRating as rating } from './helpers/bundled';

describe('a span of years said of a state', () => {
  it.each([
    ['for the third consecutive year', 'en', { years: 3 }],
    ['for ten straight years', 'en', { years: 10 }],
    ['5 years in a row', 'en', { years: 5 }],
    ['por tercer año consecutivo', 'es', { years: 3 }],
    ['durante décadas', 'es', 'history'],
    ['for decades', 'en', 'history'],
    ['por décimo año consecutivo', 'es', { years: 10 }],
    ['por enésimo año consecutivo', 'es', 'open'],
    ['has always been', 'en', 'always'],
    ['siempre ha sido', 'es', 'always'],
    ['for the first time', 'en', 'first'],
    ['por primera vez', 'es', 'first'],
    ['históricamente', 'es', 'history'],
    ['in 2025', 'en', undefined],
  ] as const)('reads "%s" (%s) as %j', (text, lang, span) => expect(spanIn(foldSameLength(text), VERDICT_WORDS[lang])).toEqual(span));

  it.each([
    'Mexico has been the largest U.S. trading partner for ten consecutive years.',
    'Mexico was the top U.S. trading partner for the fifth year in a row in 2025.',
    'México fue el principal socio comercial de Estados Unidos por quinto año consecutivo en 2025.',
    'Mexico has always been the largest U.S. trading partner.',
    'México siempre ha sido el principal socio comercial de Estados Unidos.',
    'Mexico became the largest U.S. trading partner for the first time in 2023.',
    'Por primera vez, México es el principal socio comercial de Estados Unidos.',
    'Mexico has historically been the largest U.S. trading partner.',
    'Mexico has been the top U.S. trading partner for decades.',
    'México ha sido el principal socio comercial de Estados Unidos durante décadas.',
    'México ha sido el principal socio comercial de Estados Unidos por décimo año consecutivo.',
  ])('is wrong where a year of the span says otherwise: %s', (text) => expect(rating(text)).toBe('false'));

  it.each(['México ha sido el principal socio comercial de Estados Unidos por enésimo año consecutivo.', 'Mexico has been the top U.S. trading partner for umpteen consecutive years.'])(
    'is left open where its length cannot be read: %s',
    (text) => expect(rating(text)).toBe('context'),
  );

  it.each([
    'Mexico remained the United States’ largest trading partner for the third consecutive year in 2025.',
    'México se mantuvo como el principal socio comercial de Estados Unidos por tercer año consecutivo.',
    'Mexico was the top U.S. trading partner for the second year in a row.',
    // Long held, though not now: the older records bear it out.
    'Mexico has traditionally been the third-largest U.S. trading partner.',
  ])('is borne out when every year of the span is: %s', (text) => expect(rating(text)).toBe('accurate'));

  it('checks a bound over the span, leaves an amount said exactly open, and reads a share said long held as before', () => {
    expect(rating('Remittances to Mexico have topped $60 billion for three consecutive years.')).toBe('accurate');
    expect(rating('Remittances to Mexico have historically topped $60 billion.')).toBe('false');
    expect(rating('Remittances hit a record $64.7 billion in 2024, the tenth consecutive annual record.')).toBe('context');
    expect(rating('Las remesas sumaron 64 mil 745 millones de dólares en 2024, su décimo récord consecutivo.')).toBe('context');
    expect(rating('Historically, about 70% of guns traced in Mexico came from the United States.')).toBe('accurate');
    // A year of a run said with its ordinal and the way the measure went ("su tercer año de caída") is a span too.
    expect(rating('Las remesas hilaron su tercer año de caída en 2025 al sumar 61 mil 791 millones de dólares.')).toBe('context');
  });
});
