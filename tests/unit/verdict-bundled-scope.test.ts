/**
 * The bundled facts' series measure the 2026 tournament, not a team's or any World Cup's history: a
 * number of matches a team played over its history is not the 2026 tournament's count (a cue that
 * named any World Cup's matches bound it; it was shown False). Run on the bundled facts; the sentences
 * are written for the test.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/engine';
import { loadData } from '../../scripts/lib/data-files';

const engine = createEngine(loadData().facts);
const rating = (text: string) => engine.analyze(text)[0]?.rating;

describe("the 2026 tournament's own measures", () => {
  it("leaves a team's history unjudged", () => {
    expect(rating('Mexico has played 60 World Cup matches in its history.')).toBe('context');
    expect(rating('México ha jugado 60 partidos del Mundial en su historia.')).toBe('context');
    expect(rating('Mexico has played 60 games at the World Cup over the decades.')).not.toBe('false');
  });

  it("still judges the tournament's own count", () => {
    expect(rating('The 2026 World Cup will have 104 matches.')).toBe('accurate');
    expect(rating('El Mundial 2026 tendrá 104 partidos en total.')).toBe('accurate');
  });
});

describe("a measure of one country's side", () => {
  it('leaves a count whose clause names only a third country unjudged', () => {
    expect(rating('Canada deployed 10,000 troops to the southern border in 2025.')).not.toMatch(/accurate|false/);
    expect(rating('In 2025 the U.S. deployed 10,000 troops to the southern border.')).toBe('accurate');
  });
});

it("a count placed across or throughout a third country is that country's", () => {
  expect(rating('Mexico operates more than 50 consulates across Canada.')).toBe('context');
  expect(rating('Mexico has 52 consulates throughout Canada.')).toBe('context');
  expect(rating('Mexico operates more than 50 consulates across the United States.')).toBe('accurate');
});

it("Mexico's tariffs on countries without a trade deal are not its tariffs on U.S. goods", () => {
  const said = {
    'Mexico raised tariffs on American goods to as much as 50%.': 'context',
    'México subió los aranceles a productos de Estados Unidos hasta 50%.': 'context',
    'Mexico raised tariffs on Chinese goods to as much as 50%.': 'accurate',
    'México subió los aranceles a productos chinos hasta 50%.': 'accurate',
  };
  for (const [text, expected] of Object.entries(said)) expect(rating(text), text).toBe(expected);
});

describe('an amount said with "los"', () => {
  it('is no decade ("los 80 mil millones" is not "los 80")', () => {
    expect(rating('Las remesas a México superaron los 80 mil millones de dólares.')).toBe('false');
    expect(rating('En los años 80, las remesas a México superaron los 60 mil millones de dólares.')).toBe('context');
  });

  it('is a decade after "en" or "durante" ("en los 90", "durante los 90")', () => {
    expect(rating('En los 90, México era el principal socio comercial de Estados Unidos.')).toBe('context');
    expect(rating('Durante los 90 México era el principal socio comercial de Estados Unidos.')).toBe('context');
    expect(rating('México es el principal socio comercial de Estados Unidos.')).toBe('accurate');
  });
});
