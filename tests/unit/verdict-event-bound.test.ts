/**
 * A year said as a bound of a time ("after 2018", "before 2020", "después de 2018", "antes de 2020") is no event's
 * date: "The USMCA went into effect after 2018" (in 2020) is not an event of 2018, shown False, nor "… before 2020" one
 * of 2020, shown Accurate. "Until 2036" may be an end's own date and stays one. Bundled facts; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { bundled as engine } from './helpers/bundled';

describe('an event said before or after a year', () => {
  it.each([
    ['en', 'The USMCA went into effect after 2018.'],
    ['en', 'Minute 319 was signed after 2008.'],
    ['es', 'El T-MEC entró en vigor después de 2018.'],
    ['es', 'El Acta 319 se firmó después de 2008.'],
  ] as const)('is not judged as of that year when it came after it (%s): %s', (lang, text) => {
    expect(engine.classify(text, lang)?.rating).not.toBe('false');
  });
  it.each([
    ['en', 'The USMCA went into effect before 2020.'],
    ['en', 'Minute 319 was signed before 2012.'],
    ['es', 'El T-MEC entró en vigor antes de 2020.'],
    ['es', 'El Acta 319 se firmó antes de 2012.'],
  ] as const)('is not borne out by that year’s event when it came in it (%s): %s', (lang, text) => {
    expect(engine.classify(text, lang)?.rating).not.toBe('accurate');
  });
  it('leaves the event’s own year to its record', () => {
    expect(engine.classify('The USMCA went into effect in 2020.', 'en')?.rating).toBe('accurate');
    expect(engine.classify('El T-MEC entró en vigor en 2020.', 'es')?.rating).toBe('accurate');
    expect(engine.classify('The USMCA remains in force until 2036.', 'en')?.rating).toBe('accurate');
  });
});
