/**
 * A cue that names only who is counted is no measure of a share of them. The poll shares of Americans with a favorable
 * view of Mexican immigrants living legally or illegally had "legal Mexican immigrants", "inmigrantes mexicanos
 * legales", "illegal Mexican immigrants" and "inmigrantes mexicanos indocumentados" as
 * cues, and Mexicans' share of unauthorized immigrants had "of the undocumented are Mexican" and "mexicanos son de los
 * indocumentados", which read without their copula ("are", "son") as "undocumented Mexican(s)": any percentage said of
 * unauthorized Mexican immigrants ("60% of undocumented Mexican immigrants have lived here a decade") was bound to one
 * of them and contradicted. Their cues now say the view, or the share of the whole. On the bundled facts; sentences
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { VERDICT_WORDS } from '../../engine/knowledge';
import { seriesEntries } from '../../engine/measure-cues';
import { MeasureIndex } from '../../engine/measures';
import { readQuantities } from '../../engine/numbers';
import type { Lang } from '../../engine/schema';
import { loadData } from '../../scripts/lib/data-files';

const measures = new MeasureIndex(seriesEntries(loadData().facts, VERDICT_WORDS), VERDICT_WORDS);
const bound = (text: string, lang: Lang) => measures.bind(text, lang, readQuantities(text, lang), () => true).map((b) => b.entry.series.key);
const SHARES = new Set(['americans-favorable-unauthorized-mexican-immigrants', 'americans-favorable-legal-mexican-immigrants', 'mexican-share-of-unauthorized-immigrants']);
const shares = (text: string, lang: Lang) => bound(text, lang).filter((k) => SHARES.has(k));

describe('a share said of the people a cue names', () => {
  it('is no share of them unless the cue says which, in English', () => {
    expect(shares('About 60% of undocumented Mexican immigrants have lived in the U.S. for more than a decade.', 'en')).toEqual([]);
    expect(shares('About 60% of undocumented Mexicans live in California or Texas.', 'en')).toEqual([]);
    expect(shares('About 45% of illegal Mexican immigrants have lived in the U.S. for more than 10 years.', 'en')).toEqual([]);
    expect(shares('Mexicans make up 45% of the undocumented.', 'en')).toEqual(['mexican-share-of-unauthorized-immigrants']);
    expect(shares('Only 20% of U.S. adults have a favorable view of Mexican immigrants living illegally.', 'en')).toEqual(['americans-favorable-unauthorized-mexican-immigrants']);
    expect(shares('About 60% of legal Mexican immigrants own a home.', 'en')).toEqual([]);
    expect(shares('About 69% of U.S. adults have a favorable view of Mexican immigrants living legally in the country.', 'en')).toEqual(['americans-favorable-legal-mexican-immigrants']);
  });

  it('is no share of them unless the cue says which, in Spanish', () => {
    expect(shares('Cerca del 60% de los inmigrantes mexicanos indocumentados lleva más de 10 años en Estados Unidos.', 'es')).toEqual([]);
    expect(shares('Los mexicanos representan el 45% de los indocumentados.', 'es')).toEqual(['mexican-share-of-unauthorized-immigrants']);
    expect(shares('El 45% de la población indocumentada es mexicana.', 'es')).toEqual(['mexican-share-of-unauthorized-immigrants']);
    expect(shares('Solo el 20% de los estadounidenses ve bien a los mexicanos indocumentados.', 'es')).toEqual(['americans-favorable-unauthorized-mexican-immigrants']);
    expect(shares('El 60% de los inmigrantes mexicanos en situación legal ya tiene la ciudadanía.', 'es')).toEqual([]);
    expect(shares('El 69% de los estadounidenses ve bien a los inmigrantes mexicanos legales.', 'es')).toEqual(['americans-favorable-legal-mexican-immigrants']);
  });
});
