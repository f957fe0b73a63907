/**
 * Comparisons of two measures said with a verb ("topped", "exceeded", "superaron a", "quedaron por debajo de") as with
 * "more … than", in sentences written for this test blind to the corpus (session 36). Each side is read from its own
 * words; a number said before the link is the first side's, never the measure its other side names; one said after it
 * may be either side's and settles nothing.
 */
import { describe, expect, it } from 'vitest';
import { describeWordings } from './helpers/wording-tables';
import { bundled, evalRating as rated } from './helpers/bundled';
import { figureSentence } from '../../engine/summary';

describeWordings(
  'two measures compared by a verb or "more … than" (session 36)',
  {
    rated: {
      en: [
        ['In 2024, remittances to Mexico surpassed oil exports.', 'accurate'],
        ["Remittances, at about $65 billion in 2024, exceeded Mexico's oil exports.", 'accurate'],
        ['Oil exports exceeded remittances to Mexico in 2024.', 'false'],
        ['U.S. exports to Mexico exceeded imports from Mexico in 2024.', 'false'],
        ['Americans living in Mexico outnumber Mexicans living in the U.S.', 'false'],
      ],
      es: [
        ['Las remesas a México, de unos US$65 mil millones en 2024, superaron a las exportaciones petroleras.', 'accurate'],
        ['Las remesas fueron mayores que las exportaciones petroleras en 2024.', 'accurate'],
        ['Las exportaciones petroleras superaron a las remesas en 2024.', 'false'],
        ['Las remesas quedaron por debajo de las exportaciones petroleras en 2024.', 'false'],
      ],
    },
    never: {
      // The passive turns the sides round; a side of two measures joined is their sum: neither is read as the plain comparison.
      en: [
        ['U.S. imports from Mexico were surpassed by U.S. exports to Mexico in 2024.', 'accurate'],
        ['Remittances exceeded oil exports and tourism revenue combined in 2024.', 'accurate'],
      ],
      es: [['Las remesas superaron a las exportaciones petroleras y a las automotrices en 2024.', 'accurate']],
    },
    open: {
      // A number said after the link may be either side's: it is no figure of the other side's measure.
      en: [
        ['Remittances to Mexico topped oil exports in 2024 at $65 billion.', 'false'],
        ['Remittances to Mexico exceeded oil exports in 2024 by more than $35 billion.', 'false'],
        ['Mexican remittances exceeded oil exports in 2024, reaching a record $64.7 billion.', 'false'],
        // Nor where the other side names two things: the number is still either side's.
        ['Remittances exceeded oil exports and tourism revenue in 2024 at $64.7 billion.', 'false'],
      ],
      es: [['Las remesas superaron a las exportaciones petroleras en 2024 al sumar 64,745 millones de dólares.', 'false']],
    },
  },
  'a passive or a sum',
);

describe('a number said after the link of a comparison (session 36)', () => {
  it('is left unsettled rather than read as the other side’s figure, whatever its value', () => {
    // Were $95 billion read as oil exports' (or remittances') it would be judged; either side's, it settles nothing.
    expect(rated('Remittances to Mexico topped oil exports in 2024 at $95 billion.')).not.toBe('accurate');
    expect(rated('Las remesas superaron a las exportaciones petroleras en 2024 con 95 mil millones de dólares.')).not.toBe('accurate');
  });
});

/**
 * A measure said to have hit its record high or low in a year, with no number: false where the record holds an earlier year
 * past that year's figure; never borne out, since the record may not reach back to the measure's whole history.
 */
describeWordings(
  'a record said of a year, with no number (session 36)',
  {
    rated: {
      en: [
        ['Remittances to Mexico hit a record high in 2025.', 'false'],
        ['Homicides in Mexico hit a record high in 2024.', 'false'],
        ['Remittances to Mexico broke the record in 2025.', 'false'],
      ],
      es: [
        ['Las remesas a México alcanzaron un nuevo récord en 2025.', 'false'],
        ['Los homicidios en México alcanzaron un máximo histórico en 2024.', 'false'],
        ['Las remesas a México rompieron récord en 2025.', 'false'],
      ],
    },
    never: {
      // A month's record, a denied one and one followed by a fall are other claims; the year's figure past all earlier ones
      // the record holds is no proof of a record of all time.
      en: [
        ['Remittances to Mexico hit a record high in March 2025.', 'false'],
        ['It is not true that remittances hit a record high in 2025.', 'false'],
        ['Remittances to Mexico fell in 2025 after hitting a record in 2024.', 'false'],
        ['Migrant encounters at the southern border hit a record in 2022.', 'accurate'],
      ],
      es: [['Las remesas a México alcanzaron un récord en marzo de 2025.', 'false']],
    },
    open: { en: [], es: [] },
  },
  'another time or a denial',
);

describe('the card of a record said of a year (session 36)', () => {
  it('names the record and the earlier year past it, in both languages', () => {
    const en = bundled.analyze('Remittances to Mexico hit a record high in 2025.', { lang: 'en' })[0]!;
    expect(figureSentence(en.figures![0]!, 'en')).toMatch(/^The claim says it is a record high, more than in 2024 \(.+\); the record shows .+ \(2025\)\.$/);
    const es = bundled.analyze('Las remesas a México alcanzaron un nuevo récord en 2025.', { lang: 'es' })[0]!;
    expect(figureSentence(es.figures![0]!, 'es')).toMatch(/^La afirmación dice que es un máximo histórico, más que en 2024 \(.+\); los datos muestran .+ \(2025\)\.$/);
  });
});
