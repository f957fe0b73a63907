import { describe, expect, it } from 'vitest';
import { languagePrefilter } from '../../engine/prefilter';

describe('languagePrefilter', () => {
  const pre = languagePrefilter(
    ['mexic', 'frontera'],
    new Map([
      ['es', ['trump', 'texas']],
      ['en', []],
    ]),
  );

  it('stops text with no word of any pack at the first test', () => {
    expect(pre.any('The city council approved the new parking rules.')).toBe(false);
  });

  it('keeps a shared word in any language', () => {
    expect(pre.any('Trade with Mexico grew.') && pre.passes('Trade with Mexico grew.', 'en')).toBe(true);
  });

  it('counts a language-only word only in its own language', () => {
    const text = 'Trump dijo que los aranceles seguirán.';
    expect(pre.any(text)).toBe(true);
    expect(pre.passes(text, 'es')).toBe(true);
    expect(pre.passes(text, 'en')).toBe(false);
  });

  it('reads accents and case like the shared words', () => {
    expect(pre.passes('En TEXAS, la FRONTERA…', 'es')).toBe(true);
  });

  it('an empty list matches nothing, never everything', () => {
    const none = languagePrefilter([], new Map([['en', []]]));
    expect(none.any('anything at all')).toBe(false);
    expect(none.passes('anything at all', 'en')).toBe(false);
  });
});
