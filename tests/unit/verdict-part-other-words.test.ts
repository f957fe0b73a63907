/**
 * A part of a count said in other words than its cue's order ("5.1 million Mexican immigrants in the U.S. were
 * unauthorized": the unauthorized count, a part of all Mexican immigrants) is not judged against the whole: the
 * 5.1 million unauthorized were shown False against the 10.9 million Mexican immigrants. Run on the bundled facts;
 * the sentences are written for the test.
 */
import { describe, expect, it } from 'vitest';
import { bundled as engine } from './helpers/bundled';

const rating = (text: string) => engine.classify(text)?.rating ?? null;

describe('a part of a count said in other words', () => {
  it.each([
    'About 5.1 million Mexican immigrants in the U.S. were unauthorized in 2022.',
    'Some 5.1 million Mexican immigrants in the United States are undocumented.',
    'Unos 5.1 millones de inmigrantes mexicanos en Estados Unidos eran indocumentados en 2022.',
    '5.1 millones de mexicanos que viven en Estados Unidos son indocumentados.',
    // The part's own words said, though none of its cues is said whole.
    'About 5.1 million of the people born in Mexico who live in the U.S. are undocumented.',
    'Unos 5.1 millones de los nacidos en México que viven en Estados Unidos son indocumentados.',
  ])('is not judged against the whole: %s', (text) => {
    expect(rating(text)).not.toBe('false');
  });

  it.each([
    ['About 10.9 million Mexican immigrants lived in the U.S. in 2023.', 'accurate'],
    ['Cerca de 10.9 millones de inmigrantes mexicanos vivían en Estados Unidos en 2023.', 'accurate'],
    ['About 5.1 million undocumented Mexican immigrants live in the U.S.', 'accurate'],
    ['Unos 5.1 millones de mexicanos indocumentados viven en Estados Unidos.', 'accurate'],
    ['Mexico received $45 billion in remittances in 2023.', 'false'],
    ['Las exportaciones de Estados Unidos a México sumaron 338 mil millones de dólares en 2025.', 'accurate'],
  ])('leaves the whole and the part said in their own words judged: %s', (text, expected) => {
    expect(rating(text)).toBe(expected);
  });
});
