import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/engine';
import { readQuantities } from '../../engine/numbers';
import { segmentSentences } from '../../engine/segment';
import { SAMPLE_FACTS } from './helpers/sample-facts';

const engine = createEngine(SAMPLE_FACTS);

function wellFormed(text: string) {
  const out = engine.analyze(text);
  expect(Array.isArray(out)).toBe(true);
  for (const c of out) {
    expect(c.start).toBeGreaterThanOrEqual(0);
    expect(c.end).toBeLessThanOrEqual(text.length);
    expect(c.start).toBeLessThan(c.end);
    expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(c.score).toBeGreaterThanOrEqual(0);
    expect(c.score).toBeLessThanOrEqual(1);
  }
  return out;
}

describe('engine on bad input', () => {
  it.each([
    ['empty', ''],
    ['spaces', '   \n\t  '],
    ['binary junk', '\u0000\u0001\u0002\uFFFD\uD800 \uDFFF\u0007'],
    ['emoji only', '🇲🇽🇺🇸👨‍👩‍👧‍👦🔥🔥🔥'],
    ['right-to-left', 'المكسيك والولايات المتحدة تتبادلان التجارة كل يوم'],
    ['html in text', '<script>alert(1)</script><img src=x onerror=alert(1)> Mexico <b>trade</b>'],
    ['unbalanced quotes', '“Mexico and the U.S. trade $1.4 billion a day said nobody ever ""'],
  ])('%s gives a clean result', (_name, text) => {
    wellFormed(text);
  });

  it('reads a 1 MB line without an exception and still finds a claim in it', () => {
    const claim = 'Mexico and the United States trade $1.4 billion a day. ';
    const text = 'lorem ipsum dolor sit amet '.repeat(40_000) + claim + 'x'.repeat(1000);
    expect(text.length).toBeGreaterThan(1_000_000);
    const out = wellFormed(text);
    expect(out.some((c) => c.topic === 'trade-volume')).toBe(true);
  });

  it('never throws and keeps offsets exact on thousands of random inputs', () => {
    const pieces = fc.constantFrom(
      'Mexico',
      'México',
      'EE.UU.',
      'U.S.',
      ' trade ',
      ' $1.4 billion ',
      ' a day',
      ' 70% ',
      ' armas ',
      '. ',
      '\n',
      '¿',
      '“',
      '🇲🇽',
      'New Mexico',
      ' remesas ',
      '1,700 millones',
      ' mil ',
      'de cada',
      '<b>',
      '\u202E',
    );
    const text = fc.oneof(
      fc.string({ maxLength: 400 }),
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc.array(pieces, { maxLength: 40 }).map((a) => a.join('')),
    );
    fc.assert(
      fc.property(text, (t) => {
        wellFormed(t);
        segmentSentences(t).forEach((s) => expect(t.slice(s.start, s.end)).toBe(s.text));
        readQuantities(t, 'en');
        readQuantities(t, 'es');
      }),
      { numRuns: 3000 },
    );
  });
});
