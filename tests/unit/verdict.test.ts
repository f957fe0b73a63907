/**
 * Earned verdicts, on a small synthetic fact set so the mechanisms are tested, not the
 * bundled data: numbers bound to their measure, hedges with their meaning, periods, polarity,
 * and check-worthiness. Sentences here are written for the tests, in both languages.
 */
import { describe, expect, it } from 'vitest';
import { notCheckworthy } from '../../engine/checkworthy';
import { VERDICT_WORDS } from '../../engine/knowledge';
import { createEngine } from '../../engine/engine';
import { fits, judgeFigure } from '../../engine/figures';
import { formatValue, newestFigureAge } from '../../engine/format';
import { statedPeriod } from '../../engine/stated-period';
import { readQuantities } from '../../engine/numbers';
import { toMarkedStems } from '../../engine/vocabulary';
import { foldSameLength } from '../../engine/word-lists';
import type { Fact } from '../../engine/schema';
import { fig, SOURCE, series } from './helpers/sample-facts';

const FACTS: Fact[] = [
  {
    id: 'trade-daily',
    topic: 'trade-volume',
    statement: { en: 'Two-way goods trade averaged $2.39 billion a day in 2025.', es: 'El comercio bilateral promedió 2,390 millones de dólares al día en 2025.' },
    asOf: '2025',
    sources: [SOURCE],
    figures: [fig('trade-per-day', 1.39e9, '2013', 'usd', 'day'), fig('trade-per-day', 1.68e9, '2018', 'usd', 'day'), fig('trade-per-day', 2.39e9, '2025', 'usd', 'day')],
    series: [series('trade-per-day', 'goods-trade', 'two-way', 'day', ['trade a day', 'in trade every day', 'trade every day'], ['comercian al día', 'comercio diario'])],
    claims: [],
    keywords: { en: ['trade'], es: ['comercio'] },
  },
  {
    id: 'trade-flows',
    topic: 'trade-volume',
    statement: {
      en: 'U.S. goods imports from Mexico were $534.9 billion in 2025; exports to Mexico $338 billion.',
      es: 'EE.UU. importó 534,900 millones de dólares de México en 2025 y exportó 338,000 millones.',
    },
    asOf: '2025',
    sources: [SOURCE],
    figures: [fig('imports-from-mexico', 534.9e9, '2025', 'usd', 'year'), fig('exports-to-mexico', 338e9, '2025', 'usd', 'year'), fig('two-way', 872.8e9, '2025', 'usd', 'year')],
    series: [
      series(
        'imports-from-mexico',
        'goods-trade',
        'mx-to-us',
        'year',
        ["Mexico's exports to the U.S.", 'imports from Mexico'],
        ['exportaciones de México a Estados Unidos', 'importaciones desde México'],
      ),
      series('exports-to-mexico', 'goods-trade', 'us-to-mx', 'year', ['exports to Mexico'], ['exportaciones de Estados Unidos a México']),
      series('two-way', 'goods-trade', 'two-way', 'year', ['trade with Mexico', 'bilateral trade'], ['comercio bilateral', 'comercio con México']),
    ],
    claims: [],
    keywords: { en: ['imports', 'exports'], es: ['importaciones', 'exportaciones'] },
  },
  {
    id: 'rank',
    topic: 'trade-partner-rank',
    statement: {
      en: 'Mexico was the largest U.S. goods trading partner in 2025, up from third in 2013.',
      es: 'México fue el mayor socio comercial de bienes de EE.UU. en 2025; en 2013 era el tercero.',
    },
    asOf: '2025',
    sources: [SOURCE],
    figures: [fig('partner-rank', 3, '2013', 'rank'), fig('partner-rank', 1, '2025', 'rank'), fig('market-rank', 2, '2013', 'rank'), fig('market-rank', 1, '2025', 'rank')],
    series: [
      series('partner-rank', 'partner-rank', 'all-trade', 'point', ['largest trading partner', 'trading partner'], ['socio comercial']),
      series('market-rank', 'market-rank', 'exports', 'point', ['buyer of U.S. exports'], ['comprador de productos estadounidenses']),
    ],
    claims: [
      { text: 'Mexico is now the largest trading partner of the United States', lang: 'en', rating: 'accurate' },
      { text: 'China is the largest trading partner of the United States', lang: 'en', rating: 'outdated' },
    ],
    keywords: { en: ['trading partner'], es: ['socio comercial'] },
  },
  {
    id: 'remittances',
    topic: 'remittances',
    statement: { en: 'Remittances to Mexico were $64.7 billion in 2024 and $61.8 billion in 2025.', es: 'Las remesas a México fueron 64,745 millones de dólares en 2024 y 61,791 millones en 2025.' },
    asOf: '2025',
    sources: [SOURCE],
    figures: [
      fig('remittances-year', 63.3e9, '2023', 'usd', 'year'),
      fig('remittances-year', 64.745e9, '2024', 'usd', 'year'),
      fig('remittances-year', 61.791e9, '2025', 'usd', 'year'),
      fig('remittances-gdp', 3.4, '2024', 'percent'),
      fig('remittances-out', 1.2e9, '2024', 'usd', 'year'),
    ],
    series: [
      series('remittances-year', 'remittances', 'inflow', 'year', ['remittances to Mexico', 'in remittances'], ['remesas a México', 'remesas']),
      series('remittances-gdp', 'remittances-gdp', 'share', 'year', ['of GDP'], ['del PIB']),
      series('remittances-out', 'remittances-out', 'outflow', 'year', ['remittances sent from Mexico'], ['remesas enviadas desde México']),
    ],
    claims: [{ text: 'Mexico sends more money to the United States in remittances than it receives', lang: 'en', rating: 'false' }],
    keywords: { en: ['remittances'], es: ['remesas'] },
  },
  {
    id: 'pact-in-force',
    topic: 'nafta-usmca',
    statement: { en: 'USMCA entered into force on July 1, 2020.', es: 'El T-MEC entró en vigor el 1 de julio de 2020.' },
    asOf: '2020',
    sources: [SOURCE],
    figures: [fig('pact-year', 2020, '2020', 'year')],
    series: [series('pact-year', 'pact-in-force', 'usmca', 'point', ['USMCA took effect', 'USMCA entered into force'], ['T-MEC entró en vigor'])],
    claims: [],
    keywords: { en: ['USMCA'], es: ['T-MEC'] },
  },
  {
    id: 'tournament',
    topic: 'world-cup-2026',
    statement: { en: 'The 2026 World Cup had 104 matches.', es: 'El Mundial 2026 tuvo 104 partidos.' },
    asOf: '2026',
    sources: [SOURCE],
    figures: [fig('tournament-matches', 104, '2026', 'count')],
    series: [series('tournament-matches', 'tournament-matches', 'total', 'point', ['World Cup matches'], ['partidos del Mundial'])],
    claims: [],
    keywords: { en: ['matches'], es: ['partidos'] },
  },
  {
    id: 'auto-parts',
    topic: 'supply-chains',
    statement: { en: 'Mexico is the largest source of U.S. auto parts imports.', es: 'México es la mayor fuente de las autopartes que importa EE.UU.' },
    asOf: '2025',
    sources: [SOURCE],
    claims: [
      { text: 'Mexico is the main supplier of auto parts to the United States', lang: 'en', rating: 'accurate' },
      { text: 'China sells more auto parts to the United States than Mexico', lang: 'en', rating: 'outdated' },
    ],
    keywords: { en: ['auto parts'], es: ['autopartes'] },
  },
];

const engine = createEngine(FACTS);
const verdict = (text: string) => {
  const f = engine.analyze(text)[0];
  return f ? { rating: f.rating, basis: f.basis, factId: f.factId, figures: f.figures?.map((c) => `${c.key}:${c.status}`) ?? [] } : null;
};

describe('figure checks bound to their measure', () => {
  it('reads a hedge with its meaning: "more than a billion a day" holds at 2.39 billion', () => {
    expect(verdict('The U.S. and Mexico trade more than $1 billion a day.')).toMatchObject({ rating: 'accurate', figures: ['trade-per-day:consistent'] });
    expect(verdict('México y Estados Unidos comercian casi 1,700 millones de dólares al día.')).toMatchObject({ rating: 'outdated' });
  });

  it('judges a figure stated with its own year for that year, and says nothing of a year the record lacks', () => {
    expect(verdict('Remittances to Mexico reached $64.7 billion in 2024.')).toMatchObject({ rating: 'accurate', figures: ['remittances-year:consistent'] });
    expect(verdict('Remittances to Mexico reached $24 billion in 2015.')).toMatchObject({ rating: 'context', figures: [] });
  });

  it('never meets part of a year with an annual total', () => {
    expect(verdict('In the first ten months of 2025, remittances to Mexico topped $50 billion.')).toMatchObject({ rating: 'context', figures: [] });
    expect(verdict('Entre enero y octubre, las remesas a México sumaron 50 mil millones de dólares.')).toMatchObject({ rating: 'context', figures: [] });
  });

  it('does not take a rate of something else for the record: a tax, a projection', () => {
    expect(verdict('A 3.5% tax on remittances to Mexico was proposed in Congress.')?.figures).toEqual([]);
    expect(verdict('The tax would cut remittances to Mexico by $3 billion a year.')?.figures).toEqual([]);
    // An amount per minute or per hour is a day's amount (engine/numbers.ts): never the annual total.
    for (const text of ['Bilateral trade with Mexico comes to about $1.5 million per minute.', 'Por el comercio con México pasan unos 1.5 millones de dólares cada minuto.'])
      expect(verdict(text)?.figures).not.toContain('two-way:consistent');
    expect(verdict('Bilateral trade with Mexico comes to about $1.5 million per minute.')).toMatchObject({ rating: 'accurate', figures: ['trade-per-day:consistent'] });
  });

  it('takes a count for what it counts: cities are not matches', () => {
    expect(verdict('There are 104 World Cup matches across Mexico, Canada and the U.S.')).toMatchObject({ rating: 'accurate', figures: ['tournament-matches:consistent'] });
    expect(verdict('Más de 100 ciudades de México quieren partidos del Mundial 2026.')).toMatchObject({ rating: 'context', figures: [] });
  });

  it('keeps direction: Mexico’s exports are not two-way trade', () => {
    expect(verdict("Mexico's exports to the U.S. reached $535 billion in 2025.")).toMatchObject({ rating: 'accurate', figures: ['imports-from-mexico:consistent'] });
    expect(verdict('Bilateral trade with Mexico reached $535 billion in 2025.')).toMatchObject({ rating: 'false' });
    expect(verdict('Mexico exports more than $500 billion a year to the U.S.')).toMatchObject({ rating: 'accurate', figures: ['imports-from-mexico:consistent'] });
    // "exports" beside a two-way cue leaves the measure in doubt: no verdict.
    expect(verdict('Bilateral trade with Mexico, mostly Mexican exports, reached $535 billion in 2025.')?.rating ?? 'context').toBe('context');
  });

  it('keeps the way of a flow its particle says: sent to Mexico is not sent from Mexico', () => {
    expect(verdict('Remittances sent to Mexico came to $64.7 billion in 2024.')).toMatchObject({ rating: 'accurate', figures: ['remittances-year:consistent'] });
    expect(verdict('Remittances sent from Mexico came to $1.2 billion in 2024.')).toMatchObject({ rating: 'accurate', figures: ['remittances-out:consistent'] });
    expect(verdict('En 2024, las remesas enviadas a México llegaron a 64,700 millones de dólares.')).toMatchObject({ rating: 'accurate', figures: ['remittances-year:consistent'] });
    expect(verdict('En 2024, las remesas enviadas hacia México llegaron a 64,700 millones de dólares.')).toMatchObject({ rating: 'accurate', figures: ['remittances-year:consistent'] });
  });

  it('marks each stem with the particle of direction right before it, past articles', () => {
    const particles = { a: 'to', desde: 'from', hacia: 'to' };
    const { stems, marks } = toMarkedStems('dinero enviado desde los Estados Unidos hacia México', 'es', particles);
    expect(marks[stems.length - 1]).toBe('to');
    expect(marks.filter((m) => m === 'from')).toHaveLength(1);
    expect(toMarkedStems('dinero enviado a México', 'es', particles).marks).toEqual([null, null, 'to']);
  });

  it('checks both claims of one sentence, and one wrong part makes the sentence wrong', () => {
    const v = verdict("Mexico has become the U.S.' third-largest trading partner and is the second-largest buyer of U.S. exports.");
    expect(v).toMatchObject({ rating: 'outdated', figures: ['partner-rank:outdated', 'market-rank:outdated'] });
    expect(verdict('Mexico is now the largest trading partner of the U.S. and the top buyer of U.S. exports.')).toMatchObject({ rating: 'accurate' });
  });

  it('binds a per-day figure beside a sibling cue of the annual total, and a Spanish position with its noun', () => {
    expect(verdict('Bilateral trade with Mexico comes to $2.4 billion every day.')).toMatchObject({ rating: 'accurate', figures: ['trade-per-day:consistent'] });
    expect(verdict('Hoy México es el mayor socio comercial de EE.UU.')).toMatchObject({ rating: 'accurate', figures: ['partner-rank:consistent'] });
  });

  it('takes "2023/24" for one school year, "2014-2018" for a span', () => {
    const period = (text: string) => statedPeriod(foldSameLength(text), readQuantities(text, 'en')[0]!, VERDICT_WORDS.en);
    expect(period('About 9,000 students enrolled in 2023/24.')).toBeNull();
    expect(period('About 9,000 students enrolled from 2014-2018.')).toBe('range');
  });

  it('leaves a comparison it cannot check unsettled: "even higher", "del mundo"', () => {
    expect(verdict('Remittances to Mexico reached $64.7 billion in 2024, and this year they are even higher.')?.rating).toBe('context');
    expect(verdict('Las remesas a México sumaron 64,745 millones de dólares en 2024, de las más altas del mundo.')?.rating).toBe('context');
  });

  it('checks the year of a dated event only when the event governs it', () => {
    expect(verdict('The USMCA took effect in the summer of 2020.')).toMatchObject({ rating: 'accurate', figures: ['pact-year:consistent'] });
    expect(verdict('El T-MEC entró en vigor en 2019, según el gobierno.')).toMatchObject({ rating: 'false', figures: ['pact-year:contradicted'] });
    // A year that is only the time of something else, a projection, a negation: no date check.
    expect(verdict('In 2019 Mexican car exports grew while the USMCA took effect slowly.')?.rating ?? 'context').toBe('context');
    expect(verdict('Some say the USMCA will take effect again in 2031.')?.rating ?? 'context').toBe('context');
    expect(verdict('The USMCA did not take effect in 2018.')?.rating ?? 'context').not.toBe('false');
  });

  it('writes an event’s year as a year on the card', () => {
    expect(formatValue(2020, 'year', null, 'en')).toBe('2020');
    expect(formatValue(2020, 'year', null, 'es')).toBe('2020');
  });

  it('gives no verdict to a ranking of another country', () => {
    expect(verdict('Canada, not Mexico, is the largest trading partner of the U.S. these days.')?.rating ?? 'context').not.toBe('accurate');
    expect(verdict('Mexican trade keeps growing, but Canada is still the largest trading partner of the U.S.')?.rating ?? 'context').toBe('context');
    expect(verdict('Canadá desplazó a México como el mayor comprador de productos estadounidenses.')?.rating ?? 'context').toBe('context');
  });

  it('checks a ranking of Mexico when Mexico is the country its clause names first', () => {
    expect(verdict('Mexico has now passed Canada as the top buyer of U.S. exports.')).toMatchObject({ rating: 'accurate', figures: ['market-rank:consistent'] });
    expect(verdict('México es el tercer socio comercial de EE.UU., después de Canadá y China.')).toMatchObject({ rating: 'outdated', figures: ['partner-rank:outdated'] });
    // A position lost is not a position held; "for the first time" claims a history the record may not hold.
    expect(verdict('Mexico lost its spot as the largest trading partner of the U.S. to China.')?.rating ?? 'context').toBe('context');
    expect(verdict('México dejó de ser el mayor socio comercial de Estados Unidos.')?.rating ?? 'context').toBe('context');
    expect(verdict('For the first time, Mexico is the top buyer of U.S. exports.')?.rating ?? 'context').toBe('context');
  });

  it('does not call a position outdated when it is told as history', () => {
    expect(verdict('Mexico is the third-largest trading partner of the U.S.')).toMatchObject({ rating: 'outdated', figures: ['partner-rank:outdated'] });
    // One older record of it (2013) is no tradition: unsettled, as a plain past tense is.
    expect(verdict('Historically, Mexico has been the third-largest trading partner of the U.S.')?.rating ?? 'context').toBe('context');
    expect(verdict('Tradicionalmente, México ha sido el tercer socio comercial de EE.UU.')?.rating ?? 'context').toBe('context');
    expect(verdict('Mexico was the third-largest trading partner of the U.S. last year.')?.rating ?? 'context').toBe('context');
    expect(verdict('Historically, Mexico has been the fifth-largest trading partner of the U.S.')?.rating).toBe('false');
  });
});

describe('typical claims', () => {
  it('are weighed against the clauses that say them, not the whole of a long sentence', () => {
    expect(verdict('Mexico is the main supplier of auto parts to the United States, helped by nearshoring, cheaper labour, short distances and new rules of origin.')).toMatchObject({
      rating: 'accurate',
      basis: 'claim',
    });
    expect(verdict('Mexico is the main supplier of auto parts to the United States and its factories keep adding shifts as new plants open near the border.')).toMatchObject({
      rating: 'accurate',
      basis: 'claim',
    });
    // The words scattered over clauses that say other things are no claim.
    expect(verdict('Nearshoring is the main story, one supplier said, as auto plants in the United States still buy parts from Mexico.')?.basis).not.toBe('claim');
  });

  it('call nothing outdated that the sentence tells as history', () => {
    expect(verdict('China sells more auto parts to the United States than Mexico.')).toMatchObject({ rating: 'outdated', basis: 'claim' });
    expect(verdict('At the time, China was selling more auto parts to the United States than Mexico.')?.rating ?? 'context').toBe('context');
  });

  it('apply only with the same polarity and the same countries', () => {
    expect(verdict('Mexico is now the largest trading partner of the United States.')).toMatchObject({ rating: 'accurate', basis: 'figure' });
    expect(verdict('Mexico is not the largest trading partner of the United States.')?.rating).not.toBe('accurate');
    // Who does what to whom: the countries' order must agree too.
    expect(verdict('Mexico sends more money to the United States in remittances than it receives.')).toMatchObject({ rating: 'false', basis: 'claim' });
    expect(verdict('The United States sends more money to Mexico in remittances than it receives.')?.rating ?? 'context').toBe('context');
  });
});

describe('the figure judge', () => {
  const q = (text: string) => readQuantities(text, 'en')[0]!;
  it('has a grey band between yes and no where no verdict is given', () => {
    expect(fits(q('about 1.4 billion'), 2.39e9, 'usd')).toBe('no');
    expect(fits(q('2.3 billion'), 2.39e9, 'usd')).toBe('yes');
    expect(fits(q('86%'), 89, 'percent')).toBe('grey');
    expect(fits(q('most guns'), 88, 'percent')).toBe('yes');
    expect(fits(q('a tiny fraction'), 70, 'percent')).toBe('no');
  });

  it('holds "almost" and "casi" to a number just under the record: 455 is not almost 535', () => {
    expect(fits(q('nearly $535 billion'), 455e9, 'usd')).toBe('grey');
    expect(fits(readQuantities('casi 535 mil millones de dólares', 'es')[0]!, 455e9, 'usd')).toBe('grey');
    expect(fits(q('nearly $535 billion'), 500e9, 'usd')).toBe('yes');
    expect(fits(readQuantities('casi un millón', 'es')[0]!, 0.92e6, 'people')).toBe('yes');
  });

  it('cannot settle a precise claim against a record rounded to zero, nor a past tense; takes a long-held state for its own time', () => {
    const net = [fig('net', 0, '2005-2010', 'people'), fig('net', 160000, '2013-2018', 'people')];
    expect(judgeFigure(q('20,000 people'), net, { span: '2005-2010' })).toBeNull();
    const guns = [fig('guns', 87, '2004-2008', 'percent'), fig('guns', 70, '2014-2018', 'percent')];
    expect(judgeFigure(q('90 percent'), guns)?.status).toBe('outdated');
    expect(judgeFigure(q('90 percent'), guns, { past: true })).toBeNull();
    // A long-held state that two older records bear out is right for its time; one record is not a tradition.
    const ranks = [fig('rank', 3, '2013', 'rank'), fig('rank', 3, '2018', 'rank'), fig('rank', 1, '2025', 'rank')];
    expect(judgeFigure(q('Mexico ranks third'), ranks, { past: true, history: true })).toMatchObject({ status: 'consistent', recordPeriod: '2018' });
    expect(judgeFigure(q('Mexico ranks third'), ranks, { past: true })).toBeNull();
    expect(judgeFigure(q('90 percent'), guns, { past: true, history: true })).toBeNull();
  });
});

/** Why a sentence is not check-worthy in each language (null when it is). */
const en = (s: string) => notCheckworthy(s, VERDICT_WORDS.en);
const es = (s: string) => notCheckworthy(s, VERDICT_WORDS.es);

describe('check-worthiness', () => {
  it('sets apart questions, wishes, notes about the text, links, references and bare titles', () => {
    expect(notCheckworthy('Why does Mexico send us its drugs?', VERDICT_WORDS.en)).toBe('question');
    expect(notCheckworthy('¿Por qué México no detiene a los cárteles?', VERDICT_WORDS.es)).toBe('question');
    expect(notCheckworthy('We should build the wall along the border with Mexico.', VERDICT_WORDS.en)).toBe('prescription');
    expect(notCheckworthy('México debería exigir que EU frene el tráfico de armas.', VERDICT_WORDS.es)).toBe('prescription');
    expect(notCheckworthy('In this article we look at trade between Mexico and the U.S.', VERDICT_WORDS.en)).toBe('meta');
    expect(notCheckworthy('https://example.com/mexico-us-trade', VERDICT_WORDS.en)).toBe('link');
    expect(notCheckworthy('Smith, J. (2019). Mexico and the United States: a trade history. Oxford.', VERDICT_WORDS.en)).toBe('citation');
    expect(notCheckworthy('U.S.-Mexico Trade Relations', VERDICT_WORDS.en)).toBe('title');
  });

  it('keeps claims, including headlines that assert and rhetorical "did you know"', () => {
    expect(notCheckworthy('México y EU: comercio récord', VERDICT_WORDS.es)).toBeNull();
    expect(notCheckworthy('Did you know Mexico is the largest U.S. trading partner?', VERDICT_WORDS.en)).toBeNull();
    expect(notCheckworthy('son 3,000 km de frontera y la mitad es río, ¿de verdad creen que un muro lo va a tapar todo?', VERDICT_WORDS.es)).toBeNull();
    expect(notCheckworthy('Under USMCA, 75 percent of a car must be made in North America.', VERDICT_WORDS.en)).toBeNull();
  });

  it('calls a sentence a prescription only when its modal governs the main clause', () => {
    expect(en('Remittances to Mexico keep rising, and lawmakers should tax them.')).toBeNull();
    expect(en('Polls show Americans say Mexico and the U.S. should share the blame for drug trafficking.')).toBeNull();
    expect(en('Mexico signed the water treaty with the U.S. because both countries had to share the Rio Grande.')).toBeNull();
    expect(en('If the drought continues, Mexico must deliver more water to Texas.')).toBe('prescription');
    expect(es('Las remesas a México crecieron otra vez, y el gobierno debería aprovecharlas.')).toBeNull();
    expect(es('El retraso en la entrega de agua se debe a la sequía en el norte de México.')).toBeNull();
    expect(es('México le compra a Estados Unidos más acero del que le vende, ¿cómo podrían justificar un arancel?')).toBeNull();
    expect(es('Si no hay acuerdo, México tiene que pagar su deuda de agua con Estados Unidos.')).toBe('prescription');
  });

  it('sets apart an appraisal with nothing for a record to settle, not a judged figure or ranking', () => {
    expect(notCheckworthy('Trade with Mexico is a compelling success story for both countries.', VERDICT_WORDS.en)).toBe('opinion');
    expect(notCheckworthy('Mexico is the largest and most valuable trading partner of the United States.', VERDICT_WORDS.en)).toBeNull();
    expect(notCheckworthy('Remittances of 60 billion dollars are vital for Mexico.', VERDICT_WORDS.en)).toBeNull();
    expect(notCheckworthy('La cooperación entre México y Estados Unidos es de vital importancia.', VERDICT_WORDS.es)).toBe('opinion');
    expect(notCheckworthy('México es el principal socio comercial de EU, una relación de vital importancia.', VERDICT_WORDS.es)).toBeNull();
  });

  it("sets apart the speaker's own view said first, unless it states a figure, a ranking or a comparison", () => {
    expect(notCheckworthy('I think the border wall with Mexico is a waste of money.', VERDICT_WORDS.en)).toBe('opinion');
    expect(notCheckworthy('In my opinion, Mexico and the U.S. are drifting apart on security.', VERDICT_WORDS.en)).toBe('opinion');
    expect(notCheckworthy('Creo que el muro en la frontera con México es un desperdicio.', VERDICT_WORDS.es)).toBe('opinion');
    expect(notCheckworthy('En mi opinión, México y Estados Unidos se están alejando en seguridad.', VERDICT_WORDS.es)).toBe('opinion');
    expect(notCheckworthy('I think Mexico is the largest trading partner of the United States.', VERDICT_WORDS.en)).toBeNull();
    expect(notCheckworthy('I believe remittances to Mexico topped $60 billion last year.', VERDICT_WORDS.en)).toBeNull();
    expect(notCheckworthy('Creo que México ya es el principal socio comercial de Estados Unidos.', VERDICT_WORDS.es)).toBeNull();
    // A view said after the claim does not make the claim an opinion.
    expect(notCheckworthy('Mexico paid nothing for the wall, and I think that matters.', VERDICT_WORDS.en)).toBeNull();
  });

  it("reads an opinion section's label as the writer's own view", () => {
    expect(notCheckworthy('Opinion | Mexico is not the problem at the border', VERDICT_WORDS.en)).toBe('opinion');
    expect(notCheckworthy('Opinión | México no es el problema en la frontera', VERDICT_WORDS.es)).toBe('opinion');
    expect(notCheckworthy('Opinion | Mexico is the largest trading partner of the United States', VERDICT_WORDS.en)).toBeNull();
  });

  it('reads a question after a heading or a lead-in, and a claim put forward as a question', () => {
    expect(notCheckworthy('Border crossings: how many people cross from Mexico each day?', VERDICT_WORDS.en)).toBe('question');
    expect(notCheckworthy('So why does Mexico buy so much American corn?', VERDICT_WORDS.en)).toBe('question');
    expect(notCheckworthy('Is it true that Mexico buys more American corn than anyone?', VERDICT_WORDS.en)).toBeNull();
    expect(notCheckworthy('Oye, ¿es cierto que México compra más maíz de Estados Unidos que nadie?', VERDICT_WORDS.es)).toBeNull();
  });

  it('tells a heading with a year, a note to the reader, a verb that only looks like one and a claim citing its source', () => {
    expect(notCheckworthy('The 1944 Water Treaty Under Strain', VERDICT_WORDS.en)).toBe('title');
    expect(notCheckworthy('El papel de las remesas en la economía', VERDICT_WORDS.es)).toBe('title');
    expect(notCheckworthy('Find out how remittances reach families in Mexico.', VERDICT_WORDS.en)).toBe('meta');
    expect(notCheckworthy('Photo: Trucks wait to cross the border into Laredo, Texas.', VERDICT_WORDS.en)).toBe('meta');
    expect(notCheckworthy('Also read: Remittances to Mexico fell in 2025', VERDICT_WORDS.en)).toBe('meta');
    expect(notCheckworthy('Lee también: Remesas a México caen en 2025', VERDICT_WORDS.es)).toBe('meta');
    expect(notCheckworthy('Foto: Camiones esperan cruzar la frontera en Nuevo Laredo.', VERDICT_WORDS.es)).toBe('meta');
    expect(notCheckworthy('México comparte con Estados Unidos la cuenca del río Bravo.', VERDICT_WORDS.es)).toBeNull();
    expect(notCheckworthy('Since 2008 the Mexican-born population of the U.S. has declined (Smith et al., 2015).', VERDICT_WORDS.en)).toBeNull();
    expect(notCheckworthy('La migración neta desde México hacia Estados Unidos cayó a cero (González et al., 2013).', VERDICT_WORDS.es)).toBeNull();
  });
});

describe('check-worthiness of page clutter', () => {
  it('reads a short verbless fragment closed by a full stop as a caption, in both languages', () => {
    expect(es('El puente internacional en Nuevo Laredo, Tamaulipas.')).toBe('title');
    expect(en('Migrants at the border crossing in Tijuana.')).toBe('title');
  });

  it('keeps a short closed sentence whose verb the lists miss: a present tense, a clitic, an adverb, a figure', () => {
    expect(en('Mexico imports gas from Texas.')).toBeNull();
    expect(es('México importa gas de Texas.')).toBeNull();
    expect(en('The USMCA expires automatically.')).toBeNull();
    expect(en('One drug’s prolific: Mexican fentanyl.')).toBeNull();
    expect(es('La economía mexicana coquetea peligrosamente con la recesión.')).toBeNull();
    expect(es('El T-MEC vence en 2026.')).toBeNull();
  });

  it('measures a heading by its main clause, and a heading that asserts stays a claim', () => {
    expect(es('Remesas, T-MEC y armas: la agenda que México lleva a Washington')).toBe('title');
    expect(en('Remittances, USMCA and guns: the issues on which Mexico and Washington disagree')).toBe('title');
    expect(es('México y EU: comercio récord')).toBeNull();
    expect(en('Remittances, USMCA and guns: Mexico sends its agenda to Washington')).toBeNull();
  });

  it('reads a heading that says a measure moved as a claim, in irregular forms too ("fell", "cayó"), never a function word ("bajo")', () => {
    expect(en('U.S.-Mexico trade fell in 2025')).toBeNull();
    expect(en('Remittances to Mexico grew in 2024')).toBeNull();
    expect(es('El comercio entre México y EU cayó en 2025')).toBeNull();
    expect(es('Las remesas se desplomaron en 2025')).toBeNull();
    expect(es('Bajo la lupa: el comercio entre México y Estados Unidos')).toBe('title');
  });

  it("ends an open heading's main clause at its colon, and reads a participle after its comma as describing its subject", () => {
    expect(en('Mexico and the U.S.: trade, remittances and the border')).toBe('title');
    expect(es('México y Estados Unidos: comercio, remesas, armas y migración')).toBe('title');
    expect(en('The border wall, explained')).toBe('title');
    expect(en('Remittances to Mexico, explained in five charts')).toBe('title');
    expect(en('Mexico and the U.S.: trade surged, remittances dropped')).toBeNull();
    expect(en('Mexico overtook China, surpassed Canada')).toBeNull();
  });

  it('reads a quoted slogan in a heading as named, not said; a heading all in quotes still says it', () => {
    expect(en('"Make Our Border Safe Again" and the new wall')).toBe('title');
    expect(en('"Mexico will pay for the new wall"')).toBeNull();
  });

  it('sets apart a remark on an argument made elsewhere, not a claim that ends on one', () => {
    expect(en("That's the iron river argument, and the numbers back it up more than people expect.")).toBe('meta');
    expect(es('Ese es el argumento del río de hierro, y los datos lo respaldan.')).toBe('meta');
    expect(en("Every auto plant in my county moved to Mexico after NAFTA, that's the real story.")).toBeNull();
    expect(es('Esa es la razón por la que México compra gas de Texas.')).toBeNull();
  });
});

describe("a post's thread mark", () => {
  it('states no figure: a call to action behind it is still no claim, a claim behind it still is', () => {
    for (const call of ["🧵 1/ Let's talk about how much trade Mexico and the U.S. do every day #trade", '(2/7) Hilo: hablemos del comercio diario con Estados Unidos'])
      expect(engine.analyze(call), call).toEqual([]);
    expect(engine.analyze('1/ Mexico and the U.S. trade $2.4 billion a day')).toHaveLength(1);
  });
});

describe('the age of the newest figure', () => {
  it('is said in words in both languages', () => {
    const today = new Date('2026-12-02T00:00:00Z');
    expect(newestFigureAge([{ period: '2013' }, { period: '2025' }], today, 'en')).toBe('2025, 1 year ago');
    expect(newestFigureAge([{ period: '2014-2018' }], today, 'es')).toBe('2014-2018, hace 8 años');
    expect(newestFigureAge([], today, 'en')).toBeNull();
  });
});
