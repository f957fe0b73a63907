/**
 * Rankings said the many ways a writer says them, in both languages, judged against the bundled rank series (U.S. trading
 * partners, markets for U.S. exports, sources of U.S. imports, U.S. goods deficits, the world's economies): leading words
 * ("primary", "No. 1", "number-one", "el 2° socio"), places taken from others ("overtook", "surpassed Canada and China",
 * "superó a", "desplazó a"), places fallen or climbed to ("cayó al tercer lugar"), a field said after "among" / "entre", a
 * first place said as more than any other country ("buys more U.S. goods than any other country"),
 * years, and negation. Written blind to the corpora: a rank the record bears out is accurate; one it contradicts is wrong;
 * one whose subject or ordering is not the record's, or a place said taken in a year when it was already held, gets none.
 */
import { describe, expect, it } from 'vitest';
import { bundled } from './helpers/bundled';

const WRONG = new Set(['false', 'outdated', 'misleading']);
/** What a reader is told of the sentence: accurate, inaccurate, or none (no verdict, or not read as a claim at all). */
function outcome(text: string): 'accurate' | 'inaccurate' | 'none' {
  const f = bundled.classify(text);
  if (!f?.checkworthy || f.rating === 'context') return 'none';
  return WRONG.has(f.rating) ? 'inaccurate' : 'accurate';
}
const expectOutcomes = (cases: readonly (readonly [string, string])[]) => expect(cases.map(([text]) => [text, outcome(text)])).toEqual(cases);

describe('a first place in any of its leading words', () => {
  it('is borne out where the record holds it', () =>
    expectOutcomes([
      ["Mexico is now America's biggest trading partner.", 'accurate'],
      ["Mexico is the United States' No. 1 trading partner.", 'accurate'],
      ['Mexico is the #1 trading partner of the U.S.', 'accurate'],
      ['Mexico is the number-one trading partner of the United States.', 'accurate'],
      ['Mexico is the primary trading partner of the U.S.', 'accurate'],
      ["Mexico is the United States' main trade partner.", 'accurate'],
      ['Mexico is the most important trading partner of the United States.', 'accurate'],
      ['The top trading partner of the United States is Mexico.', 'accurate'],
      ['Mexico now ranks first among U.S. trading partners.', 'accurate'],
      ["Mexico is in first place among America's trading partners.", 'accurate'],
      ['México es el primer socio comercial de Estados Unidos.', 'accurate'],
      ['México es el socio comercial número uno de Estados Unidos.', 'accurate'],
      ['El principal socio comercial de Estados Unidos es México.', 'accurate'],
      ['México es el socio comercial más importante de Estados Unidos.', 'accurate'],
      ['México se ubica como el primer socio comercial de la Unión Americana.', 'accurate'],
      ['México ocupa el primer lugar entre los socios comerciales de Estados Unidos.', 'accurate'],
      ['Mexico is the top market for U.S. exports.', 'accurate'],
      ['Mexico is the biggest customer for U.S. products.', 'accurate'],
      ['México es el principal destino de las exportaciones estadounidenses.', 'accurate'],
      ['México es el cliente número uno de Estados Unidos.', 'accurate'],
      ['Mexico is the top exporter to the U.S.', 'accurate'],
      ['México es el mayor exportador a EU.', 'accurate'],
    ]));
});

describe('a place taken from others', () => {
  it('is the place the record holds, set above the ones it overtook', () =>
    expectOutcomes([
      ['Mexico overtook China to become the largest U.S. trading partner in 2023.', 'accurate'],
      ["Mexico surpassed Canada and China as America's top trade partner.", 'accurate'],
      ['Mexico dethroned China as the top U.S. trading partner.', 'accurate'],
      ['Mexico overtook Canada as the No. 1 destination for American exports in 2025.', 'accurate'],
      ['Mexico passed China as the leading source of U.S. imports in 2023.', 'accurate'],
      ['México superó a Canadá y a China como el mayor socio comercial de EU.', 'accurate'],
      ['México superó a China como primer proveedor de Estados Unidos en 2023.', 'accurate'],
      ['México desplazó a Canadá como principal comprador de bienes estadounidenses.', 'accurate'],
    ]));

  it('is not borne out in a year the record shows it already held, nor given to another country taking it', () =>
    expectOutcomes([
      ['Mexico overtook China as the top U.S. trading partner in 2024.', 'none'],
      ['Mexico dethroned China as the top U.S. trading partner in 2024.', 'none'],
      ['México desplazó a China como principal socio comercial de Estados Unidos en 2024.', 'none'],
      ['Canada overtook Mexico and China as the top U.S. trading partner.', 'none'],
      ['Mexico overtook China, and Canada is the top U.S. trading partner.', 'none'],
      ['México superó a China y Canadá es el principal socio comercial de EU.', 'none'],
    ]));
});

describe('a first place said as more than any other country', () => {
  it("is the subject's place in the measure its verb names", () =>
    expectOutcomes([
      ['Mexico buys more U.S. goods than any other country.', 'accurate'],
      ['México compra más productos de Estados Unidos que cualquier otro país.', 'accurate'],
      ['Mexico sells more goods to the U.S. than any other country.', 'accurate'],
      ['México le vende a Estados Unidos más que cualquier otro país.', 'accurate'],
      ['Mexico trades more with the United States than any other country.', 'accurate'],
      ['México comercia con Estados Unidos más que cualquier otro país.', 'accurate'],
    ]));

  it("is not Mexico's where the others compared are the object's rivals", () =>
    expectOutcomes([
      ['Mexico buys more from the U.S. than from any other country.', 'none'],
      ['México importa más de Estados Unidos que de cualquier otro país.', 'none'],
    ]));

  it('is wrong where another country is the subject and the record gives Mexico the first place (ranking-wording-2)', () =>
    expectOutcomes([
      ['Canada buys more U.S. goods than any other country.', 'inaccurate'],
      ['Canadá compra más productos de Estados Unidos que cualquier otro país.', 'inaccurate'],
    ]));
});

describe('a place other than the first', () => {
  it('is judged by the year it is said of, or by the newest record', () =>
    expectOutcomes([
      ['Mexico is the second-largest trading partner of the United States.', 'inaccurate'],
      ['Mexico is the 2nd largest U.S. trading partner.', 'inaccurate'],
      ['México es el segundo socio comercial de Estados Unidos.', 'inaccurate'],
      ['México es el 2° socio comercial de EE.UU.', 'inaccurate'],
      ['México es el 2º socio comercial de EE.UU.', 'inaccurate'],
      ['Mexico has fallen to third place among U.S. trading partners.', 'inaccurate'],
      ['México cayó al tercer lugar entre los socios comerciales de Estados Unidos.', 'inaccurate'],
      ["Mexico dropped to third among America's trading partners.", 'inaccurate'],
      ['México bajó a tercer lugar entre los socios comerciales de Estados Unidos.', 'inaccurate'],
      ['Mexico fell to second among U.S. trading partners in 2022.', 'accurate'],
      ['En 2022, México cayó al segundo lugar entre los socios comerciales de Estados Unidos.', 'accurate'],
      ['Mexico climbed to first among U.S. trading partners in 2023.', 'accurate'],
      ['México subió al primer lugar entre los proveedores de Estados Unidos en 2023.', 'accurate'],
      ['Mexico was the second-biggest U.S. trading partner in 2022.', 'accurate'],
      ['En 2022, México fue el segundo socio comercial de Estados Unidos.', 'accurate'],
      ['In 2016, Mexico ranked third among U.S. trading partners.', 'accurate'],
      ['Mexico is the second-largest market for U.S. exports, after Canada.', 'inaccurate'],
      ['México es el segundo mercado de exportación de Estados Unidos, después de Canadá.', 'inaccurate'],
      ['Mexico was the second-largest destination for U.S. exports in 2022.', 'accurate'],
      ['En 2022, México fue el segundo destino de las exportaciones de Estados Unidos.', 'accurate'],
      ['The U.S. has its second-largest trade deficit with Mexico.', 'accurate'],
      ['Estados Unidos tiene con México su segundo mayor déficit comercial.', 'accurate'],
    ]));

  it("reads a place among the world's economies in digits, words and signs", () =>
    expectOutcomes([
      ['Mexico is the 13th-largest economy in the world.', 'accurate'],
      ["Mexico's economy ranks 13th in the world.", 'accurate'],
      ["Mexico is the world's No. 13 economy.", 'accurate'],
      ["Mexico's economy is the 10th largest in the world.", 'inaccurate'],
      ['México es la decimotercera economía más grande del mundo.', 'accurate'],
      ['México es la 13ª economía del mundo.', 'accurate'],
      ['La economía mexicana ocupa el lugar 13 a nivel mundial.', 'accurate'],
      ['México es la décima economía del mundo.', 'inaccurate'],
    ]));
});

describe('a place denied or held over years', () => {
  it('is judged over the years it is said of', () =>
    expectOutcomes([
      ['Mexico is no longer the top trading partner of the U.S.', 'inaccurate'],
      ['México ya no es el principal socio comercial de Estados Unidos.', 'inaccurate'],
      ['Mexico has been the largest U.S. trading partner since 2023.', 'accurate'],
      ['Desde 2023, México es el principal socio comercial de Estados Unidos.', 'accurate'],
      ['Mexico is the largest trading partner of the United States for the third year in a row.', 'accurate'],
      ['México se mantiene como el mayor socio comercial de Estados Unidos por tercer año consecutivo.', 'accurate'],
    ]));
});

describe('a place in an ordering the record does not hold', () => {
  it('gets no verdict', () =>
    expectOutcomes([
      ['Mexico is the largest trading partner of Texas.', 'none'],
      ['México es el principal socio comercial de Texas.', 'none'],
      ["Canada is Mexico's second-largest trading partner.", 'none'],
      ['Estados Unidos es el principal socio comercial de México.', 'none'],
      ["Mexico's top trading partner is the United States.", 'none'],
      ['Mexico could become the largest U.S. trading partner by 2030.', 'none'],
      ['Si siguen los aranceles, México podría caer al tercer lugar entre los socios de Estados Unidos.', 'none'],
      ['Texas is the largest exporter to Mexico.', 'none'],
      ['Texas es el mayor exportador a México.', 'none'],
      ['Remittances rose to second place among sources of foreign currency.', 'none'],
      ['Las remesas subieron al segundo lugar entre las fuentes de divisas.', 'none'],
    ]));
});
