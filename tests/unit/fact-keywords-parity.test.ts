/**
 * Which fact of a topic a card shows (issue #12): with no typical claim met and no number bound, the card shows the
 * fact the sentence's words point to most, and a fact's curated keywords weigh most. The unauthorized-immigrants
 * record listed "unauthorized Mexican immigrants" in English but not its Spanish rendering ("inmigrantes mexicanos no
 * autorizados", "sin autorización"), so a Spanish sentence saying it was shown the record of all Mexican immigrants
 * while its English twin was shown the right one. The same held for other records' counterparts in one language only
 * (issue #16): the phrase a writer of the other language uses for the same thing now points to the record too.
 * Sentences written for the test; the checks run on the bundled facts.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/engine';
import type { Lang } from '../../engine/schema';
import { loadData } from '../../scripts/lib/data-files';

const engine = createEngine(loadData().facts);

const UNAUTHORIZED = 'diaspora-unauthorized-mexican-immigrants';

describe("a record's keywords in both languages", () => {
  it.each([
    ['en', 'Unauthorized Mexican immigrants in the U.S. are fewer every year.', UNAUTHORIZED],
    ['en', 'Fewer Mexican immigrants live in the U.S. without authorization every year.', UNAUTHORIZED],
    ['es', 'Los inmigrantes mexicanos no autorizados en Estados Unidos son cada vez menos.', UNAUTHORIZED],
    ['es', 'Cada vez menos inmigrantes mexicanos viven sin autorización en Estados Unidos.', UNAUTHORIZED],
    ['en', 'Mexico uses its Rio Grande tributaries to pay the water it owes the United States.', 'water-treaty-april-2025-commitments'],
    ['en', 'The World Cup opener in Mexico City comes before any U.S. match.', 'world-cup-2026-opener-final'],
    ['es', 'El desequilibrio comercial de Estados Unidos con México sigue creciendo.', 'trade-volume-us-goods-deficit-with-mexico'],
    ['es', 'México será tres veces sede del Mundial con Estados Unidos.', 'world-cup-2026-mexico-third-time'],
    ['es', 'Los crímenes de inmigrantes mexicanos en Texas son menos que los de los nativos de Estados Unidos.', 'migration-flows-immigrant-crime-texas'],
    ['en', 'Sensationalism in U.S. coverage paints Mexico as a war zone.', 'cartels-violence-media-framing'],
    ['es', 'La violencia de los cárteles afecta a México y a Estados Unidos por igual.', 'cartels-violence-harms-both-countries'],
    ['es', 'Hay más estudiantes internacionales de México en Estados Unidos que nunca.', 'exchanges-diplomacy-mexican-students-in-us'],
  ] as [Lang, string, string][])('show the record the sentence speaks of (%s): %s', (lang, text, factId) => {
    expect(engine.classify(text, lang)?.factId).toBe(factId);
  });
});
