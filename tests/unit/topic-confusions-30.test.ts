/**
 * Which topic a claim is found on where another topic's words stand near it (#16): a pollster or research centre named
 * as the source of a figure that is no opinion, trade rank beside trade volume and the treaty, migration beside
 * remittances and the border, guns beside drugs and cartels, and a leading concession naming another topic. Made up for
 * this test, in English and Spanish, apart from the corpora: what is judged is the confusion, not a sentence.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../engine/schema';
import type { TopicId } from '../../engine/topics';
import { bundled } from './helpers/bundled';

/** A sentence and the topics it may be found on (two where the record files the measure under either). */
type Case = readonly [lang: Lang, sentence: string, topics: readonly TopicId[]];

const topicOf = ([lang, sentence]: Case) => bundled.analyze(sentence, { lang, includeUncheckworthy: true })[0]?.topic ?? null;
const misfiled = (cases: readonly Case[]) => cases.filter((c) => !c[2].includes(topicOf(c) as TopicId));

const FOUND: Record<string, readonly Case[]> = {
  'a research centre named as the source of a figure that is no opinion': [
    ['en', 'About 37 million people of Mexican origin live in the United States, according to the Pew Research Center.', ['diaspora']],
    ['es', 'Unos 37 millones de personas de origen mexicano viven en Estados Unidos, según el Centro de Investigaciones Pew.', ['diaspora']],
    ['en', 'Pew estimates that more Mexican immigrants left the United States than arrived over the last five years.', ['migration-flows', 'diaspora']],
    ['es', 'Pew calcula que en los últimos cinco años salieron de Estados Unidos más inmigrantes mexicanos de los que llegaron.', ['migration-flows', 'diaspora']],
    ['en', 'Pew found that most Mexicans who returned from the United States came back to be with family.', ['migration-flows']],
    ['es', 'Pew encontró que la mayoría de los mexicanos que regresaron de Estados Unidos volvieron por motivos familiares.', ['migration-flows']],
  ],
  'a pollster’s finding is an opinion': [
    ['en', 'A Pew survey found that most Mexicans have a favorable view of the United States.', ['public-opinion']],
    ['es', 'Una encuesta de Pew encontró que la mayoría de los mexicanos tiene una opinión favorable de Estados Unidos.', ['public-opinion']],
  ],
  'trade rank, trade volume and the treaty': [
    ['en', 'Mexico is now the largest trading partner of the United States, ahead of Canada and China.', ['trade-partner-rank']],
    ['es', 'México es hoy el mayor socio comercial de Estados Unidos, por delante de Canadá y China.', ['trade-partner-rank']],
    ['en', 'Trade in goods between Mexico and the United States topped 800 billion dollars last year.', ['trade-volume']],
    ['es', 'El comercio de bienes entre México y Estados Unidos superó los 800 mil millones de dólares el año pasado.', ['trade-volume']],
    ['en', 'The USMCA review will decide whether the trade agreement between Mexico, the United States and Canada is extended.', ['nafta-usmca']],
    ['es', 'La revisión del T-MEC decidirá si se prorroga el acuerdo comercial entre México, Estados Unidos y Canadá.', ['nafta-usmca']],
  ],
  'migration, remittances and the border': [
    ['en', 'Mexicans living in the United States sent home more than 60 billion dollars in remittances last year.', ['remittances']],
    // Found since escues34: the place said of the senders is where they live, not where the money is counted.
    ['es', 'Los mexicanos que viven en Estados Unidos enviaron más de 60 mil millones de dólares en remesas el año pasado.', ['remittances']],
    ['en', 'Border Patrol apprehensions of Mexican migrants at the southern border fell sharply this spring.', ['migration-flows']],
    ['es', 'Las detenciones de migrantes mexicanos en la frontera sur de Estados Unidos cayeron con fuerza esta primavera.', ['migration-flows']],
    ['en', 'Mexico sent thousands of National Guard troops to its northern border with the United States.', ['border-security']],
    ['es', 'México envió miles de elementos de la Guardia Nacional a su frontera norte con Estados Unidos.', ['border-security']],
  ],
  'guns, drugs and cartels': [
    ['en', 'Most guns seized at crime scenes in Mexico and traced by the ATF were first bought in the United States.', ['guns-trafficking']],
    ['es', 'La mayoría de las armas aseguradas en México y rastreadas por la ATF se compraron en Estados Unidos.', ['guns-trafficking']],
    ['en', 'Fentanyl seizures at ports of entry on the border with Mexico dropped by half this year.', ['drugs-fentanyl']],
    ['es', 'Los decomisos de fentanilo en los cruces fronterizos con México bajaron a la mitad este año.', ['drugs-fentanyl']],
    ['en', 'Homicides in Mexico linked to cartel violence reached a record during the last administration, U.S. officials said.', ['cartels-violence']],
    ['es', 'Los homicidios ligados a la violencia de los cárteles en México alcanzaron un récord, dijeron funcionarios de Estados Unidos.', ['cartels-violence']],
  ],
  'a leading concession whose main clause speaks for itself': [
    ['en', 'Although Mexico is the top U.S. trading partner, only a third of Americans see it as a close ally, a poll found.', ['public-opinion']],
  ],
};

/**
 * Confusions the engine still makes: a leading concession's words pick the topic over the main clause's. A concession
 * gate (engine/knowledge/gates.json) mends them but costs verdicts once the model is refitted; these turn red when a general fix lands, and then move to FOUND.
 */
const STILL_MISFILED: readonly Case[] = [
  ['es', 'Aunque México es el principal socio comercial de Estados Unidos, solo un tercio de los estadounidenses lo ve como aliado cercano, según una encuesta.', ['public-opinion']],
  ['en', 'Despite the tariff threats, remittances from the United States to Mexico grew again last year.', ['remittances']],
  ['es', 'Pese a las amenazas de aranceles, las remesas de Estados Unidos a México volvieron a crecer el año pasado.', ['remittances']],
];

describe('the topic a claim is found on, beside another topic’s words', () => {
  for (const [confusion, cases] of Object.entries(FOUND)) it(confusion, () => expect(misfiled(cases)).toEqual([]));
  it('known confusions are still made (move each to FOUND once a general fix mends it)', () => {
    expect(STILL_MISFILED.map((c) => misfiled([c]).length)).toEqual(STILL_MISFILED.map(() => 1));
  });
});
