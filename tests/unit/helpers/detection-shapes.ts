/** A table of shapes of text that make no claim, each beside claims in like words, checked per language in one loop. */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../engine/schema';
import { bundled } from './bundled';

export interface Shape {
  /** Text of the shape, on topic, that must be counted as no claim. */
  none: readonly string[];
  /** Claims in like words that must still be found. */
  claims: readonly string[];
}

const findings = (s: string, lang: Lang, includeUncheckworthy: boolean) => bundled.analyze(s, { lang, includeUncheckworthy });
/** The sentences the detector counts as a claim on any topic, highlighted or not. */
export const detected = (sentences: readonly string[], lang: Lang) => sentences.filter((s) => findings(s, lang, true).length > 0);
/** The sentences it finds nothing in. */
export const missed = (sentences: readonly string[], lang: Lang) => sentences.filter((s) => findings(s, lang, true).length === 0);
/** The sentences a page would not highlight. */
export const unmarked = (sentences: readonly string[], lang: Lang) => sentences.filter((s) => !findings(s, lang, false).some((f) => f.checkworthy));
/** The sentences a page would highlight. */
export const marked = (sentences: readonly string[], lang: Lang) => sentences.filter((s) => findings(s, lang, false).some((f) => f.checkworthy));

/** Every shape's `none` is no finding; its claims are found, and with `highlighted`, also highlighted. */
export function describeShapes(shapes: Record<string, Record<Lang, Shape>>, highlighted = false): void {
  for (const [shape, byLang] of Object.entries(shapes))
    describe(shape, () => {
      for (const [lang, { none, claims }] of Object.entries(byLang) as [Lang, Shape][])
        it(`in ${lang}`, () => {
          expect(detected(none, lang)).toEqual([]);
          expect((highlighted ? unmarked : missed)(claims, lang)).toEqual([]);
        });
    });
}
