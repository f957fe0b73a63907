/**
 * A wrong verdict found auditing real text (issue #12): a total said over a span of fiscal years ("over the past two
 * fiscal years, more than 3.3 million encounters") was read as one fiscal year's and shown False against the newest
 * year's count. A span said in words around a number (the packs' `range`) is several years, fiscal or not: no year's
 * figure settles it. Spanish says the plural "años fiscales" too (the packs' `fiscal`). Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { VERDICT_WORDS } from '../../engine/knowledge';
import { readQuantities } from '../../engine/numbers';
import type { Lang } from '../../engine/schema';
import { statedPeriod } from '../../engine/stated-period';
import { foldSameLength } from '../../engine/word-lists';
import { shownRating as rating } from './helpers/bundled';

const period = (text: string, lang: Lang) => statedPeriod(foldSameLength(text), readQuantities(text, lang)[0]!, VERDICT_WORDS[lang]);

describe('a total over a span of fiscal years', () => {
  it('is no one fiscal year’s figure, in English', () => {
    expect(period('Over the last two fiscal years, CBP encountered more than 4 million migrants at the southwest border.', 'en')).toBe('range');
    expect(rating('Over the last two fiscal years, CBP encountered more than 4 million migrants at the southwest border.')).toBe('context');
    // One fiscal year: judged as before.
    expect(period('In fiscal year 2024, CBP encountered more than 4 million migrants at the southwest border.', 'en')).toBe('fiscal');
    expect(rating('In fiscal year 2024, CBP encountered more than 4 million migrants at the southwest border.')).toBe('false');
  });

  it('is no one fiscal year’s figure, in Spanish', () => {
    expect(period('En los últimos dos años fiscales hubo más de 4 millones de encuentros en la frontera suroeste.', 'es')).toBe('range');
    expect(period('En los años fiscales 2022 y 2023 hubo más de 4 millones de encuentros en la frontera suroeste.', 'es')).toBe('fiscal');
    expect(period('En el año fiscal 2024 hubo más de 2 millones de encuentros en la frontera suroeste.', 'es')).toBe('fiscal');
  });
});
