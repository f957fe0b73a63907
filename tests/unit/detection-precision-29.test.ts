/**
 * Text about the two countries that makes no claim about their relationship, in shapes a news page is full of: an
 * official's trip to talk about a subject, a relationship said to rest on principles, the price of a document at a
 * consulate, a mobile consulate's notice, another edition of the World Cup or another tournament. None is a claim the
 * detector may count, checkworthy or not. Beside each, claims in similar words that it must still find. Written for
 * this test, in English and Spanish, apart from the corpora: what is judged is the shape, not a sentence.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../engine/schema';
import { bundled } from './helpers/bundled';
import { describeShapes, missed, type Shape } from './helpers/detection-shapes';

const SHAPES: Record<string, Record<Lang, Shape>> = {
  "an official's trip to talk about a subject names the subject and says nothing of it": {
    en: {
      none: [
        'The foreign minister arrived in Washington on Monday to discuss border security with his counterparts.',
        'Mexico’s economy secretary will travel to Washington next week to talk about the trade agreement.',
        'The secretary of state is in Mexico City discussing migration and fentanyl with the president.',
        'A delegation of Mexican governors traveled to Texas to address water deliveries under the treaty.',
        'The president held a phone call with her U.S. counterpart to talk about tariffs and migration.',
      ],
      claims: [
        'Mexico’s foreign minister said in Washington that apprehensions at the southern border have fallen to their lowest level in decades.',
        'Mexico is the largest trading partner of the United States, the economy secretary told reporters in Washington.',
        'Most of the fentanyl seized at the border is smuggled through ports of entry by U.S. citizens.',
        'Mexican soldiers are at the northern border to review every truck heading south for smuggled American guns.',
        // A further clause or a figure after the purpose says something of the subject.
        'Trump met with Sheinbaum to discuss fentanyl, which he says kills tens of thousands of Americans each year.',
        'The envoy traveled to Mexico City to discuss the USMCA, under which trade has tripled since 1994.',
      ],
    },
    es: {
      none: [
        'El canciller ya se encuentra en Washington para abordar la seguridad en la frontera con sus contrapartes.',
        'El secretario de Economía viajará a Washington la próxima semana para tratar el acuerdo comercial.',
        'La delegación estadounidense está en la Ciudad de México discutiendo migración y fentanilo con la presidenta.',
        'Gobernadores del norte de México viajaron a Texas para hablar sobre las entregas de agua del tratado.',
        'La presidenta sostuvo una llamada con su homólogo estadounidense para hablar de aranceles y migración.',
      ],
      claims: [
        'El canciller dijo en Washington que las detenciones en la frontera cayeron a su nivel más bajo en décadas.',
        'México es el principal socio comercial de Estados Unidos, dijo el secretario de Economía en Washington.',
        'La mayor parte del fentanilo decomisado en la frontera entra por los puertos de entrada, en manos de ciudadanos estadounidenses.',
        'Soldados mexicanos están en la frontera norte para revisar cada camión que va al sur en busca de armas estadounidenses.',
        'Trump se reunió con Sheinbaum para hablar del fentanilo, que según él mata a decenas de miles de estadounidenses cada año.',
        'El enviado viajó a la Ciudad de México para abordar el T-MEC, con el que el comercio se triplicó desde 1994.',
      ],
    },
  },
  'a relationship said to rest on principles states nothing a record could settle': {
    en: {
      none: [
        'The president said the relationship with the United States must be based on mutual respect and cooperation.',
        'Our partnership with Mexico should rest on shared responsibility, trust and respect for sovereignty.',
        'The ambassador stressed that ties between both countries have to be built on dialogue and respect.',
      ],
      claims: ['The president said the United States is still Mexico’s largest trading partner.', 'The ambassador stressed that trade between both countries has tripled since NAFTA took effect.'],
    },
    es: {
      none: [
        'La presidenta afirmó que la relación con Estados Unidos debe basarse en el respeto mutuo y la cooperación.',
        'Nuestra relación con México tiene que sostenerse en la responsabilidad compartida, la confianza y el respeto a la soberanía.',
        'El embajador subrayó que los lazos entre ambos países deben construirse sobre el diálogo y el respeto.',
      ],
      claims: [
        'La presidenta afirmó que Estados Unidos sigue siendo el principal socio comercial de México.',
        'El embajador subrayó que el comercio entre ambos países se triplicó desde la entrada en vigor del TLCAN.',
      ],
    },
  },
  "a document's price at a consulate is a notice, not a claim about the relationship": {
    en: {
      none: ['A Mexican passport valid for six years costs $180 at any consulate in the United States.', 'The consular ID card costs $40, and the appointment can be booked online.'],
      claims: ['Mexico has about 50 consulates in the United States, more than any other country.', 'The border wall would cost about $21 billion, according to an internal report.'],
    },
    es: {
      none: [
        'El pasaporte mexicano con vigencia de seis años cuesta 180 dólares en cualquier consulado en Estados Unidos.',
        'La matrícula consular tiene un costo de 40 dólares y la cita se agenda en línea.',
      ],
      claims: ['México tiene alrededor de 50 consulados en Estados Unidos, más que cualquier otro país.', 'El muro fronterizo costaría unos 21 mil millones de dólares, según un informe interno.'],
    },
  },
  'another edition of the tournament, or another tournament, is sport history, not the 2026 World Cup': {
    en: {
      none: ['Mexico reached the quarterfinals of the 1986 World Cup on home soil, at the Azteca.', 'Mexico beat the United States in the Gold Cup final in Houston on Sunday night.'],
      claims: [
        'The 2026 World Cup will be the first hosted by three countries: the United States, Mexico and Canada.',
        'Mexico, which hosted the tournament in 1970 and 1986, will co-host the 2026 World Cup.',
      ],
    },
    es: {
      none: [
        'La selección mexicana llegó a cuartos de final en el Mundial de 1986, jugado en el Azteca.',
        'México venció a Estados Unidos en la final de la Copa Oro en Houston el domingo por la noche.',
      ],
      claims: ['El Mundial 2026 será el primero organizado por tres países: Estados Unidos, México y Canadá.', 'México, que fue sede en 1970 y 1986, será coanfitrión del Mundial de 2026.'],
    },
  },
  "a mobile consulate's notice says where and when a service will be": {
    en: {
      none: [
        'The Mexican mobile consulate will visit Yakima on May 14 and Wenatchee on May 15.',
        'The mobile consulate will be in Salem on Saturday to issue passports and consular IDs for Mexican nationals.',
      ],
      claims: ['Mexico’s consulates ran more than 300 mobile consulate visits across the United States last year.'],
    },
    es: {
      none: [
        'El consulado móvil de México visitará Yakima el 14 de mayo y Wenatchee el 15 de mayo.',
        'El consulado sobre ruedas estará en Salem el sábado para tramitar pasaportes y matrículas consulares de mexicanos.',
      ],
      claims: ['Los consulados de México realizaron más de 300 jornadas de consulado móvil en Estados Unidos el año pasado.'],
    },
  },
};

describeShapes(SHAPES);

describe('"mundial" after a noun is worldwide, not the World Cup', () => {
  const worldwide: [Lang, string][] = [
    ['es', 'La recesión mundial de 2009 hundió las exportaciones mexicanas hacia Estados Unidos.'],
    ['es', 'A nivel mundial, México es uno de los países que más recibe remesas de Estados Unidos.'],
    ['es', 'La economía mundial y la política arancelaria de Washington pesan sobre el peso mexicano.'],
    ['es', 'El Banco Mundial prevé que la economía de México crezca menos que la de Estados Unidos.'],
    ['en', 'The World Bank expects Mexico’s economy to grow more slowly than that of the United States.'],
  ];
  it('leaves the tournament out of the candidates, and the claim found', () => {
    const cup = worldwide.filter(([lang, s]) => bundled.candidates(s, lang).some((c) => c.topic === 'world-cup-2026'));
    expect(cup).toEqual([]);
    expect(worldwide.filter(([lang, s]) => missed([s], lang).length)).toEqual([]);
  });
  it('keeps the tournament where its own words are said', () => {
    expect(bundled.analyze('La FIFA confirmó que el Mundial 2026 tendrá 16 sedes en Estados Unidos, México y Canadá.', { lang: 'es' })[0]?.topic).toBe('world-cup-2026');
  });
});
