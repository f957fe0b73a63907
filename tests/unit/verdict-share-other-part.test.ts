/**
 * A share whose part is said after a copula in none of its series' words ("80% of people caught with fentanyl at ports
 * of entry were migrants", a share of U.S. citizens) speaks of another part of the same whole: it was shown Accurate
 * against the citizens' share, whose cues name only the whole ("of individuals caught with fentanyl"). No record
 * settles it, nor a typical claim of the fact. Run on the bundled facts; the sentences are written for the test.
 */
import { describe, expect, it } from 'vitest';
import { bundled as engine } from './helpers/bundled';

const rating = (text: string) => engine.classify(text)?.rating ?? null;
const VERDICTS = ['accurate', 'false', 'outdated', 'misleading'];

describe('a share said of another part of its whole', () => {
  it.each([
    '80% of people caught with fentanyl at ports of entry were migrants.',
    '89% of people convicted of fentanyl trafficking were immigrants.',
    '81.9% of people sentenced for drug trafficking were foreigners.',
    'El 80% de los detenidos con fentanilo en la frontera son migrantes.',
    'El 89% de los condenados por tráfico de fentanilo son inmigrantes.',
    'El 81.9% de los sentenciados por narcotráfico en EE.UU. eran extranjeros.',
  ])('gets no verdict: %s', (text) => {
    expect(VERDICTS).not.toContain(rating(text));
  });

  it.each([
    ['80% of people caught with fentanyl at ports of entry were U.S. citizens.', 'accurate'],
    ['89% of people convicted of fentanyl trafficking were U.S. citizens.', 'accurate'],
    ['El 80% de los detenidos con fentanilo en los puertos de entrada son ciudadanos estadounidenses.', 'accurate'],
    ['El 89% de los condenados por tráfico de fentanilo son estadounidenses.', 'accurate'],
    // A copula inside a clause of its own, or before a change, names no part.
    ['In 2024, 29.6% of Mexicans were poor.', 'accurate'],
    ['Solo el 16% de los estadounidenses cree que México es un aliado cercano.', 'accurate'],
  ])('leaves the share said of its own part judged: %s', (text, expected) => {
    expect(rating(text)).toBe(expected);
  });
});
