/**
 * Which fact of a topic a card shows (issue #12): with no typical claim met and no number bound, the card shows the
 * fact the sentence's words point to most, and a fact's curated keywords weigh most. The unauthorized-immigrants
 * record listed "unauthorized Mexican immigrants" in English but not its Spanish rendering ("inmigrantes mexicanos no
 * autorizados", "sin autorización"), so a Spanish sentence saying it was shown the record of all Mexican immigrants
 * while its English twin was shown the right one. Sentences written for the test; the checks run on the bundled facts.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/engine';
import type { Lang } from '../../engine/schema';
import { loadData } from '../../scripts/lib/data-files';

const engine = createEngine(loadData().facts);

describe("a record's keywords in both languages", () => {
  it.each([
    ['en', 'Unauthorized Mexican immigrants in the U.S. are fewer every year.'],
    ['en', 'Fewer Mexican immigrants live in the U.S. without authorization every year.'],
    ['es', 'Los inmigrantes mexicanos no autorizados en Estados Unidos son cada vez menos.'],
    ['es', 'Cada vez menos inmigrantes mexicanos viven sin autorización en Estados Unidos.'],
  ] as [Lang, string][])('show the record the sentence speaks of (%s): %s', (lang, text) => {
    expect(engine.classify(text, lang)?.factId).toBe('diaspora-unauthorized-mexican-immigrants');
  });
});
