/**
 * A page's text keeps its source's white space: runs of spaces, an indented line joined to the next, a tab. The engine
 * reads each run as one space, and its findings keep the text and offsets of the sentence as it stands on the page.
 */
import { describe, expect, it } from 'vitest';
import { bundled } from './helpers/bundled';

// As content/textmap.ts gives a wrapped, indented line of a paragraph: its line break a space, its indent kept.
const spread = (t: string) => t.replace(/ (?=\d)/g, '   ').replace(/ (?=to |a )/g, ' \t      ');

describe('runs of white space in a sentence', () => {
  const claims = [
    'Remittances to Mexico fell 4.6% in 2025.',
    'In 2024, Mexico received $64.7 billion in remittances.',
    'Two-way trade with Mexico runs at about $2.4 billion a day.',
    'Mexico ranks third among U.S. trade partners, behind China and Canada.',
    'Las remesas a México cayeron 4.6% en 2025.',
    'En 2025, México recibió 61,791 millones de dólares en remesas.',
    'México y Estados Unidos comercian unos 2,400 millones de dólares al día.',
  ];

  it('change no rating, in either language', () => {
    const plain = claims.map((c) => bundled.analyze(c)[0]?.rating);
    expect(plain.every(Boolean)).toBe(true);
    expect(claims.map((c) => bundled.analyze(spread(c))[0]?.rating)).toEqual(plain);
    expect(claims.map((c) => bundled.analyze(c.replace(/ /g, '  '))[0]?.rating)).toEqual(plain);
  });

  it('leave the finding on the sentence as it stands', () => {
    const page = `Intro line.  ${spread(claims[0]!)}  Next line.`;
    const [f] = bundled.analyze(page);
    expect(f?.text).toBe(spread(claims[0]!));
    expect(page.slice(f!.start, f!.end)).toBe(f!.text);
  });
});
