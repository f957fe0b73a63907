/**
 * A state a dated event began, said until a year, over a span of years, or at a year. "El TLCAN estuvo vigente hasta 2020"
 * was False, and "El TLCAN estaba vigente en 2005", "El T-MEC estaba vigente en 2023" too: the year was read as the date of
 * the entry into force (1994, 2020). A year after "until" ("hasta", the packs' `untilTime`), or the last year of a span
 * ("from 1994 to 2020", "de 1994 a 2020"), is the state's end: the date of the thing's one later event (NAFTA's end), checked
 * with its record. A year said of the state held (the packs' `inForce`: "in force", "vigente"), later than its start and
 * after no word of a start, is a time it held: it settles nothing, unless past the thing's end.
 */
import { describe, expect, it } from 'vitest';
import { classifiedRating } from './helpers/bundled';

describe('a state said until a year or over a span', () => {
  it('is checked at its end by the record of the later event', () => {
    expect(classifiedRating('NAFTA was in force until 2020.')).toBe('accurate');
    expect(classifiedRating('El TLCAN estuvo vigente hasta 2020.')).toBe('accurate');
    expect(classifiedRating('NAFTA was in force from 1994 to 2020.')).toBe('accurate');
    expect(classifiedRating('El TLCAN estuvo vigente de 1994 a 2020.')).toBe('accurate');
  });

  it('is wrong when it ends at another year', () => {
    expect(classifiedRating('NAFTA was in force until 2018.')).toBe('false');
    expect(classifiedRating('El TLCAN estuvo vigente de 1994 a 2018.')).toBe('false');
  });
});

describe('a state said at a year', () => {
  it('settles nothing at a year after its start, up to its end', () => {
    expect(classifiedRating('NAFTA was in force in 2005.')).toBe('context');
    expect(classifiedRating('El TLCAN estaba vigente en 2005.')).toBe('context');
    expect(classifiedRating('El T-MEC estaba vigente en 2023.')).toBe('context');
  });

  it('is wrong before its start or past its end, and its entry is still an event', () => {
    expect(classifiedRating('NAFTA was in force in 1990.')).toBe('false');
    expect(classifiedRating('El TLCAN estaba vigente en 2022.')).toBe('false');
    expect(classifiedRating('The USMCA took effect in 2023.')).toBe('false');
    expect(classifiedRating('El T-MEC entró en vigor en 2023.')).toBe('false');
    expect(classifiedRating('El T-MEC está vigente desde 2018.')).toBe('false');
  });
});
