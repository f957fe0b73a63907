/**
 * A year said as the start of a time ("after 2018", "después de 2018") is no event's date: "The USMCA went into effect
 * after 2018" (in 2020) is not an event of 2018, shown False. Bundled facts; the sentences are written for the test.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/engine';
import { loadData } from '../../scripts/lib/data-files';

const engine = createEngine(loadData().facts);

describe('an event said after a year', () => {
  it.each([
    ['en', 'The USMCA went into effect after 2018.'],
    ['en', 'Minute 319 was signed after 2008.'],
    ['es', 'El T-MEC entró en vigor después de 2018.'],
    ['es', 'El Acta 319 se firmó después de 2008.'],
  ] as const)('is not judged as of that year when it came after it (%s): %s', (lang, text) => {
    expect(engine.classify(text, lang)?.rating).not.toBe('false');
  });
  it('leaves the event’s own year to its record', () => {
    expect(engine.classify('The USMCA went into effect in 2020.', 'en')?.rating).toBe('accurate');
    expect(engine.classify('El T-MEC entró en vigor en 2020.', 'es')?.rating).toBe('accurate');
  });
});
