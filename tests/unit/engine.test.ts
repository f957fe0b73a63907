import { describe, expect, it } from 'vitest';
import { createEngine, createEngineInSteps, DEFAULT_THRESHOLDS } from '../../engine/engine';
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
    expect(engine.analyze('Mexico and the U.S. trade $9 billion in goods every day.')[0]?.figure?.status).toBe('contradicted');
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
  const topicOf = (text: string) => bundled.analyze(text)[0]?.topic ?? 'none';

  it('hears the Mexican voice in Spanish, where Mexico goes unnamed', () => {
    expect(topicOf('Somos el primer socio comercial de nuestro vecino del norte desde hace tres años.')).toBe('trade-partner-rank');
    expect(topicOf('La frontera mide más de 3 mil kilómetros y el muro apenas cubre una parte.')).toBe('border-security');
  });

  it('keeps NAFTA talk when another country is also named, but not generic words', () => {
    expect(topicOf('NAFTA and the China shock together cost the Midwest a lot of manufacturing jobs.')).toBe('nafta-usmca');
    expect(topicOf('Las remesas a Guatemala alcanzaron un récord este año.')).toBe('none');
    expect(topicOf('Argentina reforzó su frontera norte con Bolivia con más soldados.')).toBe('none');
    expect(topicOf('Poland built a tall steel wall on its border with Belarus.')).toBe('none');
  });

  it('does not let a U.S.-only sentence in English pass on one word', () => {
    expect(topicOf('Fox News reported a cartel of price-fixing landlords in Ohio.')).toBe('none');
    expect(topicOf('The drug cartels pour fentanyl and meth across our southern border every day.')).toBe('drugs-fentanyl');
  });

  it('hears jobs and plants moving to Mexico even when the words sit apart', () => {
    expect(['supply-chains', 'nafta-usmca']).toContain(topicOf('The company said it is shifting most of its washer production, two whole lines, down to Mexico next year.'));
    expect(topicOf('We moved to Mexico last spring and love the beaches.')).toBe('none');
  });

  it('treats weather as a passing mention', () => {
    expect(topicOf('A heat wave over Texas and northern Mexico pushed temperatures past 45 degrees.')).toBe('none');
  });
});

describe('building the engine in steps', () => {
  it('pauses between short steps and ends with the same engine as building it at once', async () => {
    const facts = loadData().facts;
    let pauses = 0;
    const stepped = await createEngineInSteps(facts, DEFAULT_THRESHOLDS, async () => {
      pauses++;
    });
    expect(pauses).toBeGreaterThan(facts.length / 8);
    const text = 'Mexico and the US trade $1.4 billion a day. El 70 por ciento de las armas vienen de Estados Unidos.';
    expect(stepped.analyze(text)).toEqual(createEngine(facts).analyze(text));
  });
});
