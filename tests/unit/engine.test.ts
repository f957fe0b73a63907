import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { compileIndex, runtimeKnowledge, type CompiledIndex, type RuntimeKnowledge } from '../../engine/compiled-index';
import { createEngineInSteps } from '../../engine/core';
import { createEngine, DEFAULT_THRESHOLDS } from '../../engine/engine';
import { KNOWLEDGE } from '../../engine/knowledge';
import type { Fact } from '../../engine/schema';
import type { TopicId } from '../../engine/topics';
import { SAMPLE_FACTS } from './helpers/sample-facts';
import { loadData } from '../../scripts/lib/data-files';

const engine = createEngine(SAMPLE_FACTS);

describe('engine on a small fact set', () => {
  it("finds the seed essay's trade claim, matches the fact and calls the figure outdated", () => {
    const text = 'Few people realize that Mexico and the United States trade $1.4 billion dollars a day of goods across our common border. This is a stunning figure.';
    const [claim, ...rest] = engine.analyze(text);
    expect(rest).toHaveLength(0);
    expect(claim).toMatchObject({ topic: 'trade-volume', factId: 'trade-volume-daily', rating: 'outdated', lang: 'en', start: 0 });
    expect(text.slice(claim!.start, claim!.end)).toMatch(/^Few people.*border\.$/);
    expect(claim!.figure).toMatchObject({ status: 'outdated', claimValue: 1.4e9, recordPeriod: '2013', latestPeriod: '2025' });
  });

  it('reads the Spanish form of the claim', () => {
    const [claim] = engine.analyze('México y Estados Unidos comercian más de mil 700 millones de dólares al día, dijo el secretario.');
    expect(claim).toMatchObject({ topic: 'trade-volume', lang: 'es' });
    expect(claim!.figure?.claimValue).toBe(1.7e9);
  });

  it('calls a current figure consistent and a wrong one contradicted', () => {
    expect(engine.analyze('Mexico and the U.S. now trade about $2.4 billion in goods a day.')[0]?.figure?.status).toBe('consistent');
    expect(engine.analyze('Mexico and the U.S. trade $4 billion in goods every day.')[0]?.figure?.status).toBe('contradicted');
  });

  it('leaves a number several times every figure of its series unsettled: it likely counts something else', () => {
    const [claim] = engine.analyze('Mexico and the U.S. trade goods every day, some $9 billion worth.');
    expect(claim).toMatchObject({ topic: 'trade-volume', rating: 'context' });
    expect(claim!.figures).toBeUndefined();
    // Unless the cue's words stand on both sides of it: then the sentence says it is that measure.
    expect(engine.analyze('Mexico and the U.S. trade $9 billion in goods every day.')[0]).toMatchObject({ rating: 'false' });
  });

  it('reads "US" in capitals as the country and "we" in English as the U.S. speaking', () => {
    expect(engine.analyze('Mexico and the US trade $1.4 billion a day.')[0]).toMatchObject({ topic: 'trade-volume' });
    expect(engine.analyze('We trade $1.4 billion a day with Mexico.')[0]).toMatchObject({ topic: 'trade-volume' });
    expect(engine.analyze('Let us all go to Mexico for tacos this summer.')).toEqual([]);
  });

  it('ignores passing mentions and false anchors', () => {
    for (const text of [
      'I love tacos from that Mexican place downtown.',
      'New Mexico lawmakers passed a budget on Tuesday.',
      'A storm in the Gulf of Mexico could bring rain to Texas.',
      'Mexico beat the U.S. 2-0 in the Gold Cup final.',
    ]) {
      expect(engine.analyze(text), text).toEqual([]);
    }
  });

  it('returns offsets into the original text for every claim', () => {
    const text = 'Intro line here.\n\nSeventy percent of the guns traced in Mexico came from the United States, a GAO report found.';
    const [claim] = engine.analyze(text);
    expect(claim).toBeDefined();
    expect(text.slice(claim!.start, claim!.end)).toBe(claim!.text);
  });

  it('honours muted facts', () => {
    const text = 'Mexico and the United States trade $1.4 billion a day.';
    expect(engine.analyze(text, { mutedFactIds: new Set(['trade-volume-daily']) })).toEqual([]);
  });
});

describe('engine on the bundled fact base: who the sentence is about', () => {
  const bundled = createEngine(loadData().facts);
  // Topic recognition, whether or not the sentence is check-worthy (that is tested on its own below).
  const topicOf = (text: string) => bundled.analyze(text, { includeUncheckworthy: true })[0]?.topic ?? 'none';
  /** Checks each sentence's topic in turn; a failure names the sentence. */
  const expectTopics = (rows: [text: string, topic: TopicId | 'none'][]) => {
    for (const [text, topic] of rows) expect(topicOf(text), text).toBe(topic);
  };

  it('hears the Mexican voice in Spanish, where Mexico goes unnamed', () => {
    expectTopics([
      ['Somos el primer socio comercial de nuestro vecino del norte desde hace tres años.', 'trade-partner-rank'],
      ['La frontera mide más de 3 mil kilómetros y el muro apenas cubre una parte.', 'border-security'],
    ]);
  });

  it('keeps NAFTA talk when another country is also named, but not generic words', () => {
    expectTopics([
      ['NAFTA and the China shock together cost the Midwest a lot of manufacturing jobs.', 'nafta-usmca'],
      ['Las remesas a Guatemala alcanzaron un récord este año.', 'none'],
      ['Argentina reforzó su frontera norte con Bolivia con más soldados.', 'none'],
      ['Poland built a tall steel wall on its border with Belarus.', 'none'],
    ]);
  });

  it('does not let a U.S.-only sentence in English pass on one word', () => {
    expectTopics([
      ['Fox News reported a cartel of price-fixing landlords in Ohio.', 'none'],
      ['The drug cartels pour fentanyl and meth across our southern border every day.', 'drugs-fentanyl'],
    ]);
  });

  it('hears jobs and plants moving to Mexico even when the words sit apart', () => {
    expect(['supply-chains', 'nafta-usmca']).toContain(topicOf('The company said it is shifting most of its washer production, two whole lines, down to Mexico next year.'));
    expect(topicOf('We moved to Mexico last spring and love the beaches.')).toBe('none');
  });

  it('hears Mexico as the taker of jobs, plants and named companies, but not Mexicans or medals', () => {
    expectTopics([
      ['Mexico has taken another Ford plant and 2,000 jobs with it.', 'supply-chains'],
      ['Mexico lured away Zenith Industries last spring.', 'supply-chains'],
      ['México se llevó la planta de Ford y miles de empleos.', 'supply-chains'],
    ]);
    expect(topicOf('Mexicans are taking our jobs and lowering wages.')).not.toBe('supply-chains');
    expect(topicOf('Mexico took silver in the relay at the Pan American Games.')).toBe('none');
  });

  it('follows the guns when firearms are what moves, even toward a cartel', () => {
    expectTopics([
      ['U.S. exports of guns to Mexico have surged, fueling cartel violence.', 'guns-trafficking'],
      ['Las armas que cruzan hacia México terminan en manos de los cárteles y alimentan la violencia.', 'guns-trafficking'],
      ['The cartels in Mexico are heavily armed and extremely violent.', 'cartels-violence'],
      ['Los cárteles mexicanos están armados hasta los dientes y siembran violencia.', 'cartels-violence'],
    ]);
  });

  it('reads a leading background clause as scene-setting when the main clause makes its own claim', () => {
    expectTopics([
      ['After the wall went up, commerce between Mexico and the U.S. kept growing.', 'trade-volume'],
      ['Tras la construcción del muro, el comercio entre México y Estados Unidos siguió creciendo.', 'trade-volume'],
      // With nothing strong after the comma, the background is the claim.
      ['In response to the tariffs, Mexico announced retaliatory duties on U.S. pork.', 'nafta-usmca'],
      ['En respuesta a los aranceles, México anunció represalias contra productos de Estados Unidos.', 'nafta-usmca'],
    ]);
  });

  it('hears goods flowing between the two countries as trade', () => {
    expectTopics([
      ['Las exportaciones de México a Estados Unidos crecieron 5 por ciento.', 'trade-volume'],
      ["Mexico's imports from the U.S. fell sharply in the first quarter.", 'trade-volume'],
      ['Fentanyl shipments into the United States from Mexico keep rising.', 'drugs-fentanyl'],
    ]);
  });

  it('files terrorism narratives at the border under border security, and plain crossings under migration', () => {
    expectTopics([
      ['Migrants on the terror watch list were stopped crossing the border from Mexico.', 'border-security'],
      ['Special interest aliens from the Middle East keep crossing into Texas from Mexico.', 'border-security'],
      ['Yihadistas con pasaportes falsos cruzan la frontera con México, dicen.', 'border-security'],
      ['Thousands of migrants crossed the Mexican border last month, mostly families.', 'migration-flows'],
    ]);
  });

  it('does not read a family biography as a diaspora claim', () => {
    expectTopics([
      ['My wife was born in Mexico to American parents and grew up in Ohio.', 'none'],
      ['Mis abuelos nacieron en México y viven en Estados Unidos desde joven.', 'none'],
      // A figure, or "like millions", makes it the diaspora's story again; another topic still counts.
      ['About 11 million people born in Mexico live in the United States.', 'diaspora'],
      ['Mis abuelos nacieron en México y hoy viven en Estados Unidos, como millones de paisanos.', 'diaspora'],
      ['My father was born in Mexico and crossed the border illegally as a teenager.', 'migration-flows'],
    ]);
  });

  it('hears migrants made to wait in Mexico as migration, not a tourist staying there', () => {
    expectTopics([
      ['Families will wait in Mexico for months before a U.S. judge sees them.', 'migration-flows'],
      ['Los solicitantes de asilo tendrán que esperar en México mientras se resuelven sus casos.', 'migration-flows'],
      ['We stayed in Mexico for two weeks and loved the beaches.', 'none'],
      ['They stayed in Mexico for the whole winter, renting a house by the lake.', 'none'],
    ]);
  });

  it('hears a share of a people holding a view as a poll', () => {
    expectTopics([
      ['Half of Americans think Mexico is a dangerous country.', 'public-opinion'],
      ['El 60 por ciento de los mexicanos cree que Estados Unidos es un mal vecino.', 'public-opinion'],
      ['70 percent of the guns seized in Mexico come from the United States.', 'guns-trafficking'],
      ['El 70 por ciento de las armas decomisadas en México vienen de Estados Unidos.', 'guns-trafficking'],
    ]);
  });

  it('does not read a request for information as a claim, but keeps rhetorical questions', () => {
    expectTopics([
      ['Does anyone know how long the wait is at the border crossing from Tijuana into San Diego today?', 'none'],
      ['¿Alguien sabe dónde se tramita la visa para Estados Unidos en Monterrey?', 'none'],
      ['Why does Mexico let the cartels ship fentanyl into the United States?', 'drugs-fentanyl'],
      ['¿Por qué México deja que las armas de Estados Unidos lleguen a los cárteles?', 'guns-trafficking'],
    ]);
    // On topic, but a question asserts nothing to check: it is not highlighted.
    expect(bundled.analyze('Why does Mexico let the cartels ship fentanyl into the United States?')).toEqual([]);
  });

  it('reads a match report as sport unless the 2026 World Cup itself is named', () => {
    expectTopics([
      ['The United States lost 3-1 to Mexico in the Nations League final last night.', 'none'],
      ['México le ganó 2-1 a Estados Unidos en el partido amistoso del sábado.', 'none'],
      ['Mexico, the United States and Canada will co-host the 2026 World Cup, with the final at MetLife Stadium.', 'world-cup-2026'],
    ]);
  });

  it('weighs an ambiguous passing word (a party, the rain, a forecast) instead of letting it silence a claim', () => {
    expectTopics([
      ['Pese a las lluvias, México no ha entregado a Estados Unidos el agua que le debe bajo el tratado de 1944.', 'water-treaty'],
      ['El partido de la presidenta defendió el T-MEC frente a los aranceles de Estados Unidos.', 'nafta-usmca'],
      ['The weather forecast did not stop Mexico from overtaking China as the largest U.S. trading partner.', 'trade-partner-rank'],
      ['Mexico beat the United States in a friendly match on Saturday.', 'none'],
    ]);
  });

  it('meets singular and plural verbs of where people live, and goods as trade', () => {
    expectTopics([
      ['Hoy casi la décima parte de los mexicanos vive en Estados Unidos.', 'diaspora'],
      ['Buena parte de las mercancías que compra Estados Unidos viene de México.', 'trade-volume'],
    ]);
  });

  it('reads the Spanish verb "usa" as no country; "USA" and "EUA" in capitals are the U.S.', () => {
    expectTopics([
      ['El cártel usa drones para mover fentanilo hacia el norte.', 'none'],
      ['El cártel usa drones para mover fentanilo hacia USA.', 'drugs-fentanyl'],
      ['El cártel usa drones para mover fentanilo hacia EUA.', 'drugs-fentanyl'],
      ['El cártel usa drones para mover fentanilo hacia Estados Unidos.', 'drugs-fentanyl'],
      ['Cartels smuggle fentanyl into the USA every day.', 'drugs-fentanyl'],
    ]);
  });

  it('treats weather as a passing mention', () => {
    expect(topicOf('A heat wave over Texas and northern Mexico pushed temperatures past 45 degrees.')).toBe('none');
  });
  it('binds a border length said as "a border of about N kilometers/miles" to the length it checks', () => {
    for (const text of ['The U.S. and Mexico share a border of about 3,145 kilometers.', 'Mexico and the United States share a border of 1,954 miles.']) {
      const f = bundled.analyze(text)[0];
      expect(f, text).toMatchObject({ factId: 'border-security-length', rating: 'accurate', answers: true });
    }
  });
});

describe('building the engine in steps from a compiled index', () => {
  const facts = loadData().facts;
  const sentences = readFileSync(new URL('../corpus/corpus.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { text: string }).text);
  // As a tab gets them: plain data through a message, the index compiled over the bundled facts only.
  const sent = (compiled: readonly Fact[]) => JSON.parse(JSON.stringify(compileIndex(KNOWLEDGE, compiled))) as CompiledIndex;
  const knowledge = JSON.parse(JSON.stringify(runtimeKnowledge(KNOWLEDGE))) as RuntimeKnowledge;

  it('pauses between steps and ends with the same engine as building it at once', async () => {
    let pauses = 0;
    const stepped = await createEngineInSteps(knowledge, sent(facts), facts, DEFAULT_THRESHOLDS, async () => {
      pauses++;
    });
    expect(pauses).toBeGreaterThan(0);
    const whole = createEngine(facts);
    expect(sentences.map((t) => stepped.classify(t))).toEqual(sentences.map((t) => whole.classify(t)));
  });

  it("stems the reader's own facts itself, and weighs rarity over all the facts as if they had been compiled", async () => {
    const own = facts.filter((_, i) => i % 10 === 0);
    const bundled = facts.filter((f) => !own.includes(f));
    let pauses = 0;
    const stepped = await createEngineInSteps(knowledge, sent(bundled), facts, DEFAULT_THRESHOLDS, async () => {
      pauses++;
    });
    // A few of the reader's facts per step: many at once would be a long task on the page.
    expect(pauses).toBeGreaterThan(own.length / 8);
    const whole = createEngine(facts);
    expect(sentences.map((t) => stepped.classify(t))).toEqual(sentences.map((t) => whole.classify(t)));
  });
});
