/** A small, fixed fact set for unit tests, so engine tests do not move with the fact base. */
import { createEngine } from '../../../engine/engine';
import type { Fact, Figure, Frame, Series } from '../../../engine/schema';

export const SOURCE = {
  publisher: 'FreightWaves',
  title: 'US-Mexico trade hits new high of $872B in 2025',
  url: 'https://www.freightwaves.com/news/us-mexico-trade-hits-new-high-of-872b-in-2025',
  date: '2026-03-04',
};

export const SAMPLE_FACTS: Fact[] = [
  {
    id: 'trade-volume-daily',
    topic: 'trade-volume',
    statement: {
      en: 'Two-way U.S.–Mexico goods trade reached a record $872.8 billion in 2025, about $2.4 billion a day.',
      es: 'El comercio bilateral de bienes llegó a un récord de 872,800 millones de dólares en 2025, unos 2,400 millones al día.',
    },
    asOf: '2025',
    sources: [SOURCE],
    figures: [
      { key: 'goods-trade-per-day', value: 1.39e9, unit: 'usd', per: 'day', period: '2013', label: { en: 'goods trade per day', es: 'comercio de bienes al día' } },
      { key: 'goods-trade-per-day', value: 1.68e9, unit: 'usd', per: 'day', period: '2018', label: { en: 'goods trade per day', es: 'comercio de bienes al día' } },
      { key: 'goods-trade-per-day', value: 2.39e9, unit: 'usd', per: 'day', period: '2025', label: { en: 'goods trade per day', es: 'comercio de bienes al día' } },
    ],
    series: [
      {
        key: 'goods-trade-per-day',
        measure: { en: 'two-way goods trade per day', es: 'comercio bilateral de bienes al día' },
        cues: { en: ['trade a day', 'trade every day', 'trade daily', 'trade in goods a day'], es: ['comercian al día', 'comercio diario', 'comercian diarios'] },
        subject: 'goods-trade',
        direction: 'two-way',
        period: 'day',
      },
    ],
    claims: [
      { text: 'Mexico and the U.S. trade $1.4 billion a day', lang: 'en', rating: 'outdated' },
      { text: 'México y EE.UU. comercian 1,700 millones de dólares diarios', lang: 'es', rating: 'outdated' },
    ],
    keywords: { en: ['trade', 'goods', 'a day'], es: ['comercio', 'al día'] },
  },
  {
    id: 'guns-traced-us-origin',
    topic: 'guns-trafficking',
    statement: {
      en: '70% of firearms recovered in Mexico in 2014–2018 and submitted for tracing came from the U.S.',
      es: 'El 70 % de las armas recuperadas en México entre 2014 y 2018 y enviadas a rastreo provenían de EE.UU.',
    },
    asOf: '2021-02',
    sources: [
      {
        publisher: 'U.S. Government Accountability Office',
        title: 'Firearms Trafficking: U.S. Efforts to Disrupt Gun Smuggling into Mexico Would Benefit from Additional Data and Analysis (GAO-21-322)',
        url: 'https://www.gao.gov/products/gao-21-322',
        date: '2021-02',
      },
    ],
    figures: [
      { key: 'traced-guns-us-origin', value: 87, unit: 'percent', period: '2004-2008', label: { en: 'traced guns of U.S. origin', es: 'armas rastreadas de origen estadounidense' } },
      { key: 'traced-guns-us-origin', value: 70, unit: 'percent', period: '2014-2018', label: { en: 'traced guns of U.S. origin', es: 'armas rastreadas de origen estadounidense' } },
    ],
    series: [
      {
        key: 'traced-guns-us-origin',
        measure: { en: 'share of guns traced in Mexico that came from the U.S.', es: 'parte de las armas rastreadas en México que venían de EE.UU.' },
        cues: { en: ['guns traced in Mexico', 'traced to the U.S.'], es: ['armas rastreadas en México', 'rastreadas hasta EE.UU.'] },
        subject: 'traced-guns',
        period: 'range',
      },
    ],
    claims: [
      { text: '70% of guns traced in Mexico come from the U.S.', lang: 'en', rating: 'accurate' },
      { text: 'Las armas de los cárteles vienen de EU', lang: 'es', rating: 'needs-context' },
    ],
    keywords: { en: ['guns', 'firearms'], es: ['armas'] },
  },
];

export const SAMPLE_FRAMES: Frame[] = [
  {
    topic: 'trade-volume',
    narrative: { en: 'Trade with Mexico only costs us', es: 'El comercio con EE.UU. sólo beneficia a ellos' },
    persists: { en: 'Deficits make headlines; integrated supply chains do not.', es: 'Los déficits son noticia; las cadenas integradas no.' },
    mexicoView: { en: 'Dependence on one market.', es: 'Dependencia de un solo mercado.' },
    usView: { en: 'Lost factory jobs.', es: 'Empleos fabriles perdidos.' },
  },
];

/** Builders for synthetic figures and series (the verdict tests' fact sets). */
export const label = { en: 'x', es: 'x' };
export const fig = (key: string, value: number, period: string, unit: Figure['unit'], per?: 'day' | 'year'): Figure => ({ key, value, unit, period, label, ...(per ? { per } : {}) });
export const series = (key: string, subject: string, direction: string, period: Series['period'], en: string[], es: string[]): Series => ({
  key,
  measure: label,
  cues: { en, es },
  subject,
  direction,
  period,
});
/** A synthetic fact with figures and their series, no typical claims. */
export const seriesFact = (id: string, topic: Fact['topic'], figures: Figure[], list: Series[], keywords: Fact['keywords'], asOf = '2025'): Fact => ({
  id,
  topic,
  statement: { en: 'A record written for the tests.', es: 'Un registro escrito para las pruebas.' },
  asOf,
  sources: [SOURCE],
  figures,
  series: list,
  claims: [],
  keywords,
});

/** A synthetic yearly amount of money sent home to Mexico, in dollars by year ("money sent home" / "remesas enviadas"). */
export const sentHomeFact = (byYear: Record<string, number>, period: Series['period'] = 'year'): Fact =>
  seriesFact(
    'sent-home',
    'remittances',
    Object.entries(byYear).map(([year, value]) => fig('sent-home-per-year', value, year, 'usd', 'year')),
    [series('sent-home-per-year', 'remittances', 'world-to-mx', period, ['money sent home'], ['remesas enviadas'])],
    { en: ['money sent home'], es: ['remesas enviadas'] },
  );

/** A synthetic fact known only by its typical claims (no figures, no series). */
export const claimFact = (id: string, topic: Fact['topic'], keywords: Fact['keywords'], claims: Fact['claims']): Fact => ({ ...seriesFact(id, topic, [], [], keywords), claims });

/** An engine on the given facts, read as the first finding's rating and figure checks ("key:status"), or null. */
export const ratingsOn = (facts: Fact[]) => {
  const engine = createEngine(facts);
  return (text: string) => {
    const f = engine.analyze(text)[0];
    return f ? { rating: f.rating, figures: f.figures?.map((c) => `${c.key}:${c.status}`) ?? [] } : null;
  };
};

/** The U.S.'s goods deficit with Mexico, said either way round (Mexico's surplus with the U.S.): $196.9 billion in 2025. */
export const US_DEFICIT_FACT: Fact = seriesFact(
  'deficit',
  'trade-volume',
  [fig('us-deficit-with-mexico', 196.9e9, '2025', 'usd', 'year')],
  [
    series(
      'us-deficit-with-mexico',
      'goods-trade-balance',
      'us-deficit',
      'year',
      ['trade deficit with Mexico', 'U.S. trade deficit with Mexico', "Mexico's trade surplus with the U.S.", "Mexico's trade surplus"],
      ['déficit comercial con México', 'déficit comercial de Estados Unidos con México', 'superávit comercial de México con Estados Unidos', 'superávit comercial de México'],
    ),
  ],
  { en: ['trade deficit'], es: ['déficit comercial'] },
);

/** Each series of the facts with its newest figure, for sweeps built from the record (series without figures left out). */
export const newestOfEachSeries = (facts: readonly Fact[]): { fact: Fact; series: Series; latest: Figure }[] =>
  facts.flatMap((fact) =>
    (fact.series ?? []).flatMap((series) => {
      const latest = (fact.figures ?? []).filter((f) => f.key === series.key).at(-1);
      return latest ? [{ fact, series, latest }] : [];
    }),
  );

/** A synthetic U.S. trading-partner rank: third in 2022, first in 2023 and 2025 ("largest trading partner of the United States" / "principal socio comercial de Estados Unidos"). */
export const FIRST_PARTNER_FACT: Fact = seriesFact(
  'first',
  'trade-partner-rank',
  [fig('partner-rank', 3, '2022', 'rank'), fig('partner-rank', 1, '2023', 'rank'), fig('partner-rank', 1, '2025', 'rank')],
  [series('partner-rank', 'partner-rank', 'us-partners', 'point', ['largest trading partner of the United States'], ['principal socio comercial de Estados Unidos'])],
  { en: ['trading partner'], es: ['socio comercial'] },
);

/** The same fact known only by the typical claims given, one per language (figures and series left out). */
export const firstPartnerClaims = (en: string, es: string, rating: Fact['claims'][number]['rating'] = 'accurate'): Fact => ({
  ...FIRST_PARTNER_FACT,
  series: [],
  figures: [],
  claims: [
    { text: en, lang: 'en', rating },
    { text: es, lang: 'es', rating },
  ],
});
