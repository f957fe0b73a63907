/**
 * Figures a fact's own statement states, made checkable (issue #12): each gets a series whose cues name its measure
 * as the press and officials say it, so a true number is Accurate, a wrong one False, and a sibling measure's number
 * stays unjudged by it. Run on the bundled facts; the sentences are written for the test.
 */
import { describe, expect, it } from 'vitest';
import { bundled as engine } from './helpers/bundled';

const finding = (text: string) => engine.analyze(text)[0];
const checked = (text: string) => (finding(text)?.figures ?? []).map((f) => f.key);

/** Each sentence with the rating it earns and the series its number is checked against, by the figures' facts. */
const JUDGED: Record<string, [sentence: string, rating: 'accurate' | 'false', series: string][]> = {
  'the Rio Grande water of the 2020-2025 cycle and after': [
    ["Washington puts Mexico's shortfall at the end of the cycle at about 865,000 acre-feet.", 'accurate', 'rio-grande-cycle-36-shortfall'],
    ['Mexico closed the treaty cycle with a water deficit of some 1,067 million cubic meters.', 'accurate', 'rio-grande-cycle-36-shortfall'],
    ['Según EE.UU., el faltante de agua del tratado en el ciclo pasado rondó los 865 mil acres-pie.', 'accurate', 'rio-grande-cycle-36-shortfall'],
    ["Washington puts Mexico's shortfall at the end of the cycle at 1.5 million acre-feet.", 'false', 'rio-grande-cycle-36-shortfall'],
    ["Mexico's deficit in the 2020-2025 cycle was 500,000 acre-feet.", 'false', 'rio-grande-cycle-36-shortfall'],
    ['Mexico agreed to release roughly 202,000 acre-feet of Rio Grande water.', 'accurate', 'rio-grande-release-december-2025'],
    ['México acordó liberar unos 249 millones de metros cúbicos de agua del río Bravo a Estados Unidos.', 'accurate', 'rio-grande-release-december-2025'],
    ['Mexico agreed to release 600,000 acre-feet of Rio Grande water.', 'false', 'rio-grande-release-december-2025'],
    ['Mexico will deliver a minimum of 350,000 acre-feet a year under the new commitment.', 'accurate', 'rio-grande-annual-minimum-2025-2030'],
    ['Mexico committed to deliver at least 700,000 acre-feet of water a year.', 'false', 'rio-grande-annual-minimum-2025-2030'],
  ],
  'guns traced to California and New Mexico, and the Mexican-born in 2022': [
    ['ATF traced about 1,575 guns recovered in Mexico to purchases in California.', 'accurate', 'guns-traced-mexico-from-california'],
    ['Según la ATF, unas 1,575 armas recuperadas en México se compraron en California.', 'accurate', 'guns-traced-mexico-from-california'],
    ['Según la ATF, 3,500 armas recuperadas en México se compraron en California.', 'false', 'guns-traced-mexico-from-california'],
    ['Nearly 500 guns recovered in Mexico were traced to New Mexico gun shops.', 'accurate', 'guns-traced-mexico-from-new-mexico'],
    ['Some 1,100 guns recovered in Mexico were traced to New Mexico gun shops.', 'false', 'guns-traced-mexico-from-new-mexico'],
    ['Some 10.7 million Mexican immigrants lived in the United States in 2022.', 'accurate', 'mexican-born-us-residents'],
    ['En 2022 residían en Estados Unidos 15 millones de inmigrantes mexicanos.', 'false', 'mexican-born-us-residents'],
  ],
  "reinvested earnings in 2025's FDI and the foreign-born in Mexico's 2020 census": [
    ['Reinvested earnings were 67.7% of the foreign direct investment Mexico received in 2025.', 'accurate', 'fdi-reinvested-earnings-share'],
    ['La reinversión de utilidades representó 68% de la IED que llegó a México en 2025.', 'accurate', 'fdi-reinvested-earnings-share'],
    ['Reinvested earnings were 35% of the foreign direct investment Mexico received in 2025.', 'false', 'fdi-reinvested-earnings-share'],
    ['Some 1.2 million foreign-born people live in Mexico, per the 2020 census.', 'accurate', 'foreign-born-residents-of-mexico-inegi'],
    ['En México residen 1.2 millones de personas nacidas en el extranjero, según el censo de 2020.', 'accurate', 'foreign-born-residents-of-mexico-inegi'],
    ['En México residen 1.9 millones de personas nacidas en el extranjero, según el censo de 2020.', 'false', 'foreign-born-residents-of-mexico-inegi'],
  ],
  'the year USMCA ends unless the three countries confirm a new term': [
    ['The USMCA remains in force until 2036 unless all three renew it.', 'accurate', 'usmca-end-year'],
    ['El T-MEC expira en 2026.', 'false', 'usmca-end-year'],
  ],
  'people caught with fentanyl at U.S. ports of entry, fiscal 2019 to mid-2024': [
    ['From 2019 to 2024, about 9,500 people were caught with fentanyl at U.S. ports of entry.', 'accurate', 'fentanyl-port-arrests'],
    ['Some 7,600 U.S. citizens were caught with fentanyl at ports of entry, Cato found.', 'accurate', 'fentanyl-port-arrests-us-citizens'],
    ['Según Cato, 7,598 ciudadanos estadounidenses fueron detenidos con fentanilo en los puertos de entrada.', 'accurate', 'fentanyl-port-arrests-us-citizens'],
    ['Some 5,000 U.S. citizens were caught with fentanyl at ports of entry, Cato found.', 'false', 'fentanyl-port-arrests-us-citizens'],
  ],
  "June 2025's remittances": [
    ['In June 2025, remittances to Mexico came to roughly $5.2 billion.', 'accurate', 'remittances-june'],
    ['Las remesas a México en junio de 2025 sumaron 5,201 millones de dólares.', 'accurate', 'remittances-june'],
    ['In June 2025, remittances to Mexico came to $6.6 billion.', 'false', 'remittances-june'],
  ],
  "Democrats' support for expanding the wall in 2025": [
    ['Among Democrats, support for substantially expanding the border wall rose to 27% in 2025, Pew found.', 'accurate', 'democrats-favor-expanding-wall-pew'],
    ['Entre los demócratas, el apoyo a ampliar el muro fronterizo subió a 27% en 2025, según Pew.', 'accurate', 'democrats-favor-expanding-wall-pew'],
    ['Among Democrats, support for substantially expanding the border wall rose to 45% in 2025, Pew found.', 'false', 'democrats-favor-expanding-wall-pew'],
    ['In 2025, 56% of Americans favored substantially expanding the border wall, Pew found.', 'accurate', 'americans-favor-expanding-wall-pew'],
  ],
  'the 2024 remittances sent from California and Texas, as shares': [
    ['California sent 32.6% of the remittances that went from the U.S. to Mexico in 2024.', 'accurate', 'remittances-from-california-share'],
    ['Texas aportó el 14.4% de las remesas enviadas desde Estados Unidos a México en 2024.', 'accurate', 'remittances-from-texas-share'],
    ['California sent 45% of the remittances that went from the U.S. to Mexico in 2024.', 'false', 'remittances-from-california-share'],
  ],
  "the 2026 World Cup's venues in the U.S.": [
    ['The 2026 World Cup had 11 host cities in the United States.', 'accurate', 'world-cup-2026-venues-in-us'],
    ['El Mundial 2026 tuvo 11 sedes en Estados Unidos.', 'accurate', 'world-cup-2026-venues-in-us'],
    ['The 2026 World Cup had 14 host cities in the United States.', 'false', 'world-cup-2026-venues-in-us'],
    ['The 2026 World Cup had 16 host cities, 11 of them in the United States.', 'accurate', 'world-cup-2026-venues'],
  ],
};

/** Sentences of a sibling measure, and the new series that must not check them. */
const UNTOUCHED: [sentence: string, series: RegExp][] = [
  ['Mexico owes the United States 1.75 million acre-feet of Rio Grande water every five years.', /cycle-36|minimum|release/],
  ['Mexico must deliver an average of 350,000 acre-feet a year from the Rio Grande.', /cycle-36|minimum|release/],
  ['ATF traced 7,825 guns recovered in Mexico to purchases in Texas.', /california|new-mexico/],
  ['La ATF halló que 3,969 armas recuperadas en México se compraron en Arizona.', /california|new-mexico/],
  ['In 2025, 18% of the foreign direct investment in Mexico was new investment.', /reinvested/],
  ['Estados Unidos tiene 47.8 millones de personas nacidas en el extranjero.', /foreign-born-residents/],
  ['If renewed in 2026, the USMCA would expire in 2042.', /usmca-end/],
  ['La revisión del T-MEC vence en julio de 2026.', /usmca-end/],
  // Another party's share is not all Americans' (a party is a part, as a state is): 90% of Republicans was False against 56%.
  ['Among Republicans, support for expanding the border wall reached 90% in 2025.', /americans-favor-expanding-wall/],
  ['Entre los republicanos, el apoyo a ampliar el muro fronterizo llegó a 90% en 2025.', /americans-favor-expanding-wall/],
  ['Some 1,800 Mexican citizens were caught with fentanyl at ports of entry, Cato found.', /fentanyl-port-arrests/],
  ['80.2% of people caught with fentanyl at ports of entry were U.S. citizens.', /fentanyl-port-arrests(,|$|-us-citizens)/],
  ['Las remesas de enero a junio de 2025 sumaron 29,576 millones de dólares.', /remittances-june/],
  ["Mexico's deficit in the 2010-2015 cycle was 400,000 acre-feet.", /cycle-36/],
  ['About 96% of remittances to Mexico are sent from the United States.', /california|texas/],
];

describe.each(Object.entries(JUDGED))('%s', (_, cases) => {
  it.each(cases)('%s', (sentence, rating, series) => {
    expect(finding(sentence)?.rating).toBe(rating);
    expect(checked(sentence)).toContain(series);
  });
});

describe("a sibling measure's sentence", () => {
  it.each(UNTOUCHED)('%s', (sentence, series) => expect(checked(sentence).join()).not.toMatch(series));
});
