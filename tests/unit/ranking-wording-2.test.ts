/**
 * Rankings of a second kind, written blind to the corpora: places given to another country in an ordering the record holds
 * Mexico's place in (China or Canada among the U.S.'s partners), the U.S. ranked in Mexico's orderings, places among the first
 * few ("one of the largest", "top three"), places said by those ahead ("behind Canada and China", "trails only Canada"), a
 * first place said from the other side ("the U.S. imports more from Mexico than from any other country"), places lost
 * ("China lost the top spot to Mexico"), rankings of sectors, states and ports the record holds as claims, and rankings of
 * goods the record holds nothing of (corn, natural gas, avocados). A place the record bears out is accurate; one it
 * contradicts is inaccurate; one it does not hold gets none, with the topic still read where it is the relationship's.
 */
import { describe, expect, it } from 'vitest';
import type { TopicId } from '../../engine/topics';
import { bundled } from './helpers/bundled';

const WRONG = new Set(['false', 'outdated', 'misleading']);
type Outcome = 'accurate' | 'inaccurate' | 'none';
/** What a reader is told of the sentence, and the topic of its card: '' where it is not read as a claim of any. */
function read(text: string): readonly [string, Outcome, TopicId | ''] {
  const f = bundled.classify(text);
  const outcome: Outcome = !f?.checkworthy || f.rating === 'context' ? 'none' : WRONG.has(f.rating) ? 'inaccurate' : 'accurate';
  return [text, outcome, f?.checkworthy ? f.topic : ''];
}
/** Each case's outcome and, where one is given, its card's topic. */
const expectRead = (cases: readonly (readonly [string, Outcome, (TopicId | '')?])[]) =>
  expect(cases.map(([text, , topic]) => (topic === undefined ? read(text).slice(0, 2) : read(text)))).toEqual(cases.map((c) => (c[2] === undefined ? c.slice(0, 2) : c)));

describe("another country given a place in an ordering of Mexico's record", () => {
  it('is wrong where the record gives Mexico that place at the time', () =>
    expectRead([
      ['China is the largest trading partner of the U.S. today.', 'inaccurate', 'trade-partner-rank'],
      ['Hoy China es el mayor socio comercial de Estados Unidos.', 'inaccurate', 'trade-partner-rank'],
      ['Canada remains the number one trade partner of the U.S.', 'inaccurate', 'trade-partner-rank'],
      ['Canadá continúa como el principal socio comercial de EE.UU.', 'inaccurate', 'trade-partner-rank'],
      ['China is the leading supplier of goods to the United States.', 'inaccurate', 'trade-partner-rank'],
      ['China es el principal proveedor de bienes de Estados Unidos.', 'inaccurate', 'trade-partner-rank'],
    ]));

  it("is the other country's own where the record gives Mexico another place", () =>
    expectRead([
      ['Canada is the second-largest trading partner of the United States.', 'none'],
      ['Canadá es el segundo socio comercial de Estados Unidos.', 'none'],
      ['China ranks third among U.S. trading partners.', 'none'],
      ['China ocupa el tercer lugar entre los socios comerciales de Estados Unidos.', 'none'],
      ['Canada was the top U.S. trading partner in 2022.', 'none'],
      ['En 2022, Canadá fue el principal socio comercial de Estados Unidos.', 'none'],
      ['Germany is the largest U.S. trading partner in Europe.', 'none'],
      ['Alemania es el mayor socio comercial de Estados Unidos en Europa.', 'none'],
    ]));
});

describe("the U.S. ranked in Mexico's orderings", () => {
  it('gets no verdict, as the record holds none', () =>
    expectRead([
      ["The United States is by far Mexico's biggest export market.", 'none', 'trade-partner-rank'],
      ['Estados Unidos es por mucho el principal mercado de las exportaciones mexicanas.', 'none', 'trade-partner-rank'],
    ]));
});

describe('a place among the first few', () => {
  it("is borne out where the record's place is within it, and wrong where it is not", () =>
    expectRead([
      ['Mexico is one of the largest trading partners of the United States.', 'accurate', 'trade-partner-rank'],
      ['México es uno de los principales socios comerciales de Estados Unidos.', 'accurate', 'trade-partner-rank'],
      ['Mexico is among the top three trading partners of the U.S.', 'accurate', 'trade-partner-rank'],
      ['México está entre los tres mayores socios comerciales de Estados Unidos.', 'accurate', 'trade-partner-rank'],
      ['Mexico ranks among the ten largest economies in the world.', 'inaccurate', 'mexico-economy'],
      ['México está entre las diez economías más grandes del mundo.', 'inaccurate', 'mexico-economy'],
      ['Mexico is among the 15 largest economies in the world.', 'accurate', 'mexico-economy'],
      ['México figura entre las 15 mayores economías del mundo.', 'accurate', 'mexico-economy'],
    ]));
});

describe('a place said by those ahead of it', () => {
  it('is the place after them', () =>
    expectRead([
      ['Mexico is the third-biggest U.S. trading partner, behind Canada and China.', 'inaccurate', 'trade-partner-rank'],
      ['México es el tercer socio comercial de EE.UU., detrás de Canadá y China.', 'inaccurate', 'trade-partner-rank'],
    ]));

  it('is one after the countries named with "only", "solo"', () =>
    expectRead([
      ['Mexico trails only Canada as a market for U.S. exports.', 'inaccurate', 'trade-partner-rank'],
      ['Como mercado para las exportaciones estadounidenses, México solo es superado por Canadá.', 'inaccurate', 'trade-partner-rank'],
      ['Mexico is second only to Canada among buyers of American goods.', 'inaccurate', 'trade-partner-rank'],
      ['Entre los compradores de bienes estadounidenses, México queda solo detrás de Canadá.', 'inaccurate', 'trade-partner-rank'],
      ['Among U.S. trading partners, Mexico ranks behind only Canada and China.', 'inaccurate', 'trade-partner-rank'],
      ['Entre los socios comerciales de Estados Unidos, México se ubica solo detrás de Canadá y China.', 'inaccurate', 'trade-partner-rank'],
      ['As a U.S. trading partner, Mexico is surpassed only by China.', 'inaccurate', 'trade-partner-rank'],
      ['Como socio comercial de EE.UU., México es superado únicamente por China.', 'inaccurate', 'trade-partner-rank'],
    ]));

  it('says no place without "only", nor with no country named', () =>
    expectRead([
      ['Among U.S. trading partners, Mexico trails Canada and China.', 'none'],
      ['Entre los socios comerciales de Estados Unidos, México está detrás de Canadá y China.', 'none'],
      ['Mexico trails only two countries as a U.S. trading partner.', 'none'],
      ['México solo es superado por dos países como socio comercial de Estados Unidos.', 'none'],
    ]));
});

describe('a first place said from the other side', () => {
  it("is Mexico's place in the U.S.'s ordering", () => expectRead([['Ningún país le vende más bienes a Estados Unidos que México.', 'accurate', 'trade-partner-rank']]));
});

describe('a place lost to Mexico', () => {
  it("is Mexico's place taken", () =>
    expectRead([
      ['Canada was overtaken by Mexico as the top buyer of U.S. goods in 2025.', 'accurate', 'trade-partner-rank'],
      ['China lost its place as the top U.S. trading partner to Mexico.', 'accurate', 'trade-partner-rank'],
      ['China perdió frente a México el primer lugar como socio comercial de Estados Unidos.', 'accurate', 'trade-partner-rank'],
      ['En 2025 Canadá fue desplazada por México como principal comprador de productos estadounidenses.', 'accurate', 'trade-partner-rank'],
      ['China ceded the top spot among U.S. trading partners to Mexico.', 'accurate', 'trade-partner-rank'],
      ['China cedió a México el primer lugar entre los socios comerciales de Estados Unidos.', 'accurate', 'trade-partner-rank'],
      ['Canada lost its place as the top buyer of U.S. goods to Mexico.', 'accurate', 'trade-partner-rank'],
    ]));

  it("is not Mexico's where another took it, or where it went to no one named", () =>
    expectRead([
      ['Mexico lost the top spot among U.S. trading partners to China.', 'none'],
      ['México perdió ante China el primer lugar entre los socios comerciales de Estados Unidos.', 'none'],
      ['Mexico was overtaken by China as the top U.S. trading partner.', 'none'],
      ['México fue desplazado por China como principal socio comercial de Estados Unidos.', 'none'],
      ['Mexico lost its place as the top U.S. trading partner.', 'none'],
      ['México perdió su lugar como principal socio comercial de Estados Unidos.', 'none'],
    ]));
});

describe('rankings of sectors, states and ports the record holds', () => {
  it('are judged by the record that holds them', () =>
    expectRead([
      ['México es el principal proveedor de autopartes de Estados Unidos.', 'accurate', 'supply-chains'],
      ['Mexico is the top foreign destination for American travelers.', 'accurate', 'exchanges-diplomacy'],
      ['México es el principal destino de los viajeros estadounidenses en el extranjero.', 'accurate', 'exchanges-diplomacy'],
      ['Laredo is the busiest port of entry for U.S. trade.', 'accurate', 'trade-volume'],
    ]));
});

describe('a share leader and a podium with shares', () => {
  it('is settled by the shares the record holds, and left open where it holds none', () =>
    expectRead([
      ['En 2023 México encabezó el comercio de bienes de EU con 15.7% del total, por delante de Canadá y China.', 'accurate', 'trade-partner-rank'],
      ['Mexico supplies the lion’s share of U.S. auto parts imports.', 'none', 'supply-chains'],
      ['México aporta la mayor parte de las autopartes que importa Estados Unidos.', 'none', 'supply-chains'],
    ]));
});

describe('a place the record does not hold', () => {
  it('gets no verdict', () =>
    expectRead([
      ['Mexico could soon become the largest buyer of U.S. goods again.', 'none', 'trade-partner-rank'],
      ['México podría volver a ser el principal comprador de productos estadounidenses.', 'none', 'trade-partner-rank'],
      ['Texas is the state that trades the most with Mexico.', 'none'],
      ['Texas es el estado que más comercia con México.', 'none'],
      ['Mexico is the largest buyer of U.S. corn.', 'none'],
      ['México es el mayor comprador de maíz estadounidense.', 'none'],
      ['Mexico is the biggest foreign market for U.S. natural gas.', 'none'],
      ['México es el principal mercado del gas natural estadounidense.', 'none'],
      ['Mexico is the largest supplier of avocados to the United States.', 'none'],
      ['México es el mayor proveedor de aguacate de Estados Unidos.', 'none'],
    ]));
});

describe('a first place said as more than any other', () => {
  it("is Mexico's first place, carded under the ordering's topic", () =>
    expectRead([
      ['The U.S. trades more with Mexico than with any other nation.', 'accurate', 'trade-partner-rank'],
      ['Estados Unidos comercia más con México que con cualquier otra nación.', 'accurate', 'trade-partner-rank'],
      ['The U.S. trades more with Mexico than with any other country.', 'accurate', 'trade-partner-rank'],
      ['No country sells more goods to the United States than Mexico.', 'accurate', 'trade-partner-rank'],
    ]));
});

// Misses the engine still makes on this set, kept as the set was written: each would be right with the outcome given, and
// until it is, it must get no verdict rather than the opposite one. "Imports more
// from Mexico" needs a cue the Spanish counterpart of which read a held-out line wrong; sector, state and port rankings need
// the typical claims of their facts to meet the wording; the share leader needs the share bound with the position.
const OPEN: readonly (readonly [string, Exclude<Outcome, 'none'>, TopicId])[] = [
  ['The U.S. imports more from Mexico than from any other country.', 'accurate', 'trade-partner-rank'],
  ['Estados Unidos importa más de México que de cualquier otro país.', 'accurate', 'trade-partner-rank'],
  ['Mexico is the top supplier of auto parts to the United States.', 'accurate', 'supply-chains'],
  ['Mexico is the second-largest source of international visitors to the U.S., after Canada.', 'accurate', 'exchanges-diplomacy'],
  ['México es la segunda fuente de visitantes internacionales de Estados Unidos, después de Canadá.', 'accurate', 'exchanges-diplomacy'],
  ['Guanajuato received more remittances than any other Mexican state in 2025.', 'accurate', 'remittances'],
  ['Guanajuato fue el estado que más remesas recibió en 2025.', 'accurate', 'remittances'],
  ['California sends more remittances to Mexico than any other state.', 'accurate', 'remittances'],
  ['California es el estado desde el que se envían más remesas a México.', 'accurate', 'remittances'],
  ['Laredo es el puerto con más comercio de Estados Unidos.', 'accurate', 'trade-volume'],
  ['Mexico led U.S. goods trade in 2023 with a share of 15.7%, ahead of Canada and China.', 'accurate', 'trade-partner-rank'],
];

describe('known misses', () => {
  it('get their outcome or no verdict, never the opposite one', () => {
    for (const [text, outcome] of OPEN) expect([outcome, 'none']).toContain(read(text)[1]);
  });

  it('are still misses (a case that comes to pass moves up to its class)', () => {
    expect(OPEN.filter(([text, outcome, topic]) => read(text)[1] === outcome && read(text)[2] === topic).map(([text]) => text)).toEqual([]);
  });
});
