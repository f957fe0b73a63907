/**
 * Shapes of text that are no claim however on-topic they are (a quoted question with its attribution, a kicker that
 * points to another story, a schedule of visits or events, thanks and greetings, a survey's or report's note on its
 * own method), and claims of the same shapes that stay claims. Written for this test, in English and Spanish, apart
 * from the corpora: what is judged is the shape, not a sentence. A schedule is one set for a near day or an hour, or a
 * visit set for its dates: an event's date said by its month is left to the record, which holds such dates (the World
 * Cup's, a treaty's review).
 */
import { describe, expect, it } from 'vitest';
import { notCheckworthy } from '../../engine/checkworthy';
import { VERDICT_WORDS } from '../../engine/knowledge';
import type { Lang } from '../../engine/schema';
import { readQuantities } from '../../engine/numbers';
import { bundled } from './helpers/bundled';

const reason = (sentence: string, lang: Lang) => notCheckworthy(sentence, VERDICT_WORDS[lang], readQuantities(sentence, lang).length > 0);
const unclaimed = (sentences: readonly string[], lang: Lang) => sentences.filter((s) => reason(s, lang) === null);
const claimed = (sentences: readonly string[], lang: Lang) => sentences.filter((s) => reason(s, lang) !== null);
/** What a page would highlight: nothing of these, on topic or not. */
const highlighted = (sentences: readonly string[], lang: Lang) => sentences.filter((s) => bundled.analyze(s, { lang }).length > 0);

describe('a quoted question with its attribution is asked, not said', () => {
  it('in English', () => {
    const asked = [
      '"Will Mexico accept more deportees from third countries?" a reporter asked.',
      '“Is the border safer than it was a year ago?” the senator asked the secretary.',
      '"How many troops will Mexico send to the border?" she was asked.',
      '“Does the administration plan new tariffs on Mexican steel?” one journalist asked.',
      '"What will happen to remittances if the tax passes?" asked a caller from Chicago.',
      '“Are cartels now terrorist groups under U.S. law?” the host wondered aloud.',
      '"Could the water treaty be renegotiated before 2026?" he was asked on Tuesday.',
      '“Why are fentanyl deaths falling?” the committee chair asked the witnesses.',
      '"Is Mexico still the largest trading partner of the United States?" a student asked.',
      '“Would the president meet Sheinbaum at the border?” reporters asked the spokesperson.',
      '"When will the USMCA review begin?" a lawmaker asked the trade representative.',
      '“Can the consulates handle more passport requests?” asked a community leader.',
      '"Who pays for the wall?" the crowd was asked.',
      '“Did the new rule reduce crossings?” the anchor asked her guest.',
      '"Should migrants wait in Mexico?" the pollster asked respondents.',
      'A reporter asked: "Will Mexico accept more deportees?"',
      'The senator asked, “Is the border safer than a year ago?”',
    ];
    expect(unclaimed(asked, 'en')).toEqual([]);
    expect(highlighted(asked, 'en')).toEqual([]);
  });

  it('in Spanish', () => {
    const asked = [
      '"¿Aceptará México más deportados de otros países?", preguntó un reportero.',
      '«¿Es hoy más segura la frontera que hace un año?», le preguntaron al secretario.',
      '"¿Cuántos elementos enviará México a la frontera?", se le cuestionó.',
      '«¿Planea el gobierno de Estados Unidos nuevos aranceles al acero mexicano?», preguntó una periodista.',
      '"¿Qué pasará con las remesas si se aprueba el impuesto?", preguntó un radioescucha.',
      '«¿Los cárteles ya son grupos terroristas para la ley estadounidense?», se preguntó el conductor.',
      '"¿Se podría renegociar el tratado de aguas antes de 2026?", se le preguntó el martes.',
      '«¿Por qué bajan las muertes por fentanilo?», cuestionó la presidenta de la comisión.',
      '"¿Sigue siendo México el principal socio comercial de Estados Unidos?", preguntó una estudiante.',
      '«¿Se reunirá la presidenta con Trump en la frontera?», inquirieron los reporteros.',
      '"¿Cuándo empieza la revisión del T-MEC?", preguntó un legislador.',
      '«¿Pueden los consulados atender más solicitudes de pasaporte?», preguntó un líder comunitario.',
      '"¿Quién paga el muro?", le preguntaron a la multitud.',
      '«¿Redujo la nueva regla los cruces?», le preguntó la conductora a su invitado.',
      '"¿Deben los migrantes esperar en México?", preguntaba la encuesta.',
      'Un reportero preguntó: «¿Aceptará México más deportados?»',
      'El senador le preguntó al secretario: "¿Es hoy más segura la frontera que hace un año?"',
    ];
    expect(unclaimed(asked, 'es')).toEqual([]);
    expect(highlighted(asked, 'es')).toEqual([]);
  });

  it('while a statement that reports the answer stays a claim (en, es)', () => {
    expect(
      claimed(
        [
          'Asked whether Mexico is still the top trading partner, the secretary said it has been the largest since 2023.',
          'When asked about remittances, the governor said they reached $61 billion last year.',
          'Asked how many troops were sent, officials said Mexico deployed 10,000 National Guard members.',
          '"Will Mexico pay?" he asked, adding that the wall cost $15 billion.',
        ],
        'en',
      ),
    ).toEqual([]);
    expect(
      claimed(
        [
          'Al ser cuestionado sobre el comercio, el secretario dijo que México es el principal socio de Estados Unidos desde 2023.',
          'Cuando se le preguntó por las remesas, el gobernador dijo que sumaron 61 mil millones de dólares el año pasado.',
          'Al preguntarle por los elementos enviados, dijo que México desplegó 10 mil integrantes de la Guardia Nacional.',
        ],
        'es',
      ),
    ).toEqual([]);
  });
});

describe('a kicker that points to another story is no claim', () => {
  it('in English', () => {
    const kickers = [
      'READ MORE: Mexico and the U.S. agree on a new security framework',
      'WATCH: How remittances reach small towns in Michoacán',
      'ALSO READ: Trump says tariffs on Mexican goods could return',
      'RELATED: The border wall, by the numbers',
      'MORE: Sheinbaum responds to new tariff threats',
      'WATCH LIVE: The presidents of Mexico and the United States meet in Washington',
      'LISTEN: A podcast on the water treaty between Mexico and the U.S.',
      'SEE ALSO: Fentanyl seizures at the southern border',
      'DON’T MISS: The World Cup in Mexico City and Los Angeles',
      'YOU MAY ALSO LIKE: Mexican students in U.S. universities',
      'READ NEXT: What the USMCA review means for Mexican farmers',
      'RECOMMENDED: A guide to consular IDs for Mexicans in the U.S.',
      'TRENDING: The cartel leader extradited to the United States',
      'MUST READ: Migration at the U.S.-Mexico border this spring',
      'UP NEXT: Remittances to Mexico and the new U.S. tax',
    ];
    expect(unclaimed(kickers, 'en')).toEqual([]);
    expect(highlighted(kickers, 'en')).toEqual([]);
  });

  it('in Spanish', () => {
    const kickers = [
      'LEE MÁS: México y Estados Unidos acuerdan un nuevo marco de seguridad',
      'MIRA: Así llegan las remesas a los pueblos de Michoacán',
      'LEE TAMBIÉN: Trump dice que podrían volver los aranceles a productos mexicanos',
      'RELACIONADO: El muro fronterizo en cifras',
      'TE RECOMENDAMOS: Sheinbaum responde a las nuevas amenazas de aranceles',
      'EN VIVO: Los presidentes de México y Estados Unidos se reúnen en Washington',
      'ESCUCHA: Un pódcast sobre el tratado de aguas entre México y Estados Unidos',
      'VER TAMBIÉN: Decomisos de fentanilo en la frontera sur de Estados Unidos',
      'NO TE PIERDAS: El Mundial en la Ciudad de México y Los Ángeles',
      'TAMBIÉN TE PUEDE GUSTAR: Estudiantes mexicanos en universidades de Estados Unidos',
      'SIGUE LEYENDO: Qué significa la revisión del T-MEC para los agricultores mexicanos',
      'RECOMENDAMOS: Una guía de la matrícula consular para mexicanos en Estados Unidos',
      'LO MÁS LEÍDO: El líder del cártel extraditado a Estados Unidos',
      'LECTURA RECOMENDADA: La migración en la frontera entre México y Estados Unidos esta primavera',
      'A CONTINUACIÓN: Las remesas a México y el nuevo impuesto de Estados Unidos',
    ];
    expect(unclaimed(kickers, 'es')).toEqual([]);
    expect(highlighted(kickers, 'es')).toEqual([]);
  });

  it('while a label that introduces a fact leaves the fact a claim (en, es)', () => {
    expect(
      claimed(
        [
          'Fact: Remittances to Mexico fell 4.6% in 2025.',
          'By the numbers: Mexico extradited 29 cartel figures to the United States in February.',
          'Key figure: Mexico was the largest U.S. trading partner in 2024.',
        ],
        'en',
      ),
    ).toEqual([]);
    expect(
      claimed(
        [
          'El dato: Las remesas a México cayeron 4.6% en 2025.',
          'En cifras: México envió 29 capos a Estados Unidos en febrero.',
          'Cifra clave: México fue el principal socio comercial de Estados Unidos en 2024.',
        ],
        'es',
      ),
    ).toEqual([]);
  });
});

describe('a heading that only names its subject is no claim', () => {
  it('in Spanish, where a noun shares a verb ending ("frontera", "Guadalajara")', () => {
    const headings = [
      'México, Estados Unidos y el futuro de la frontera',
      'La frontera norte: agua, comercio y migración',
      'Remesas y frontera: la otra cara del T-MEC',
      'Aduanas de Tijuana y Guadalajara',
    ];
    expect(unclaimed(headings, 'es')).toEqual([]);
  });

  it('in English', () => {
    expect(unclaimed(['The Northern Border: Water, Trade and Migration', 'Remittances and the Border: The Other Side of the USMCA'], 'en')).toEqual([]);
  });

  it('while a heading that states a figure or a move stays a claim (en, es)', () => {
    expect(claimed(['Remittances fall 4.6% in 2025', 'Border crossings hit record low in 2025'], 'en')).toEqual([]);
    expect(claimed(['Remesas caen 4.6% en 2025', 'La frontera registra la cifra más baja de cruces en 2025', 'Las remesas cayeron en la frontera.'], 'es')).toEqual([]);
  });
});

describe('a schedule of visits or events is no claim', () => {
  it('in English', () => {
    const schedules = [
      'The mobile consulate will visit Boise on Friday and Twin Falls on Saturday.',
      'The binational water commission will meet in El Paso next week.',
      'The mobile consulate will visit Boise on June 3 and 4 and Twin Falls on June 10.',
      'The foreign minister will travel to Ottawa on March 2.',
      'The governor will be in Monterrey on the 14th and 15th of September.',
      'Sheinbaum will travel to Washington next Tuesday to meet with Trump.',
      'The USMCA negotiators are scheduled to meet in Mexico City on Monday.',
      'The consulate in Houston will open on Saturday, April 5, for passport appointments.',
      'Mexico and the U.S. will hold the next security dialogue next month.',
      'The World Cup trophy tour will stop at Estadio Azteca this weekend.',
      'The caravan is set to depart from Tapachula on Monday morning.',
      'A town hall on remittances is planned for Thursday at 6 p.m. at the community center.',
      'The secretary of state will visit Mexico City on Thursday and Friday.',
      'The trade delegation is expected to arrive in Monterrey tomorrow.',
      'The hearing on fentanyl trafficking will take place on Wednesday at 10 a.m.',
      'The mobile consulate will be in Yakima on Saturday, September 14, from 9 a.m.',
      'The border governors will gather in San Diego on Tuesday and Wednesday.',
      'Consular staff will attend workers in Omaha this Saturday and Sunday.',
    ];
    expect(unclaimed(schedules, 'en')).toEqual([]);
    expect(highlighted(schedules, 'en')).toEqual([]);
  });

  it('in Spanish', () => {
    const schedules = [
      'El consulado sobre ruedas visitará Boise el viernes y Twin Falls el sábado.',
      'La comisión binacional de aguas se reunirá en El Paso la próxima semana.',
      'El consulado sobre ruedas visitará Boise el 3 y 4 de junio, y Twin Falls el 10 de junio.',
      'El canciller viajará a Ottawa el 2 de marzo.',
      'El gobernador estará en Monterrey el 14 y 15 de septiembre.',
      'Sheinbaum viajará a Washington el próximo martes para reunirse con Trump.',
      'Los negociadores del T-MEC se reunirán en la Ciudad de México el lunes.',
      'El consulado en Houston abrirá el sábado 5 de abril para citas de pasaporte.',
      'México y Estados Unidos celebrarán el próximo diálogo de seguridad el próximo mes.',
      'La gira del trofeo del Mundial pasará por el Estadio Azteca este fin de semana.',
      'La caravana saldrá de Tapachula el lunes por la mañana.',
      'Una reunión informativa sobre remesas se realizará el jueves a las 18 horas en el centro comunitario.',
      'El secretario de Estado visitará la Ciudad de México el jueves y el viernes.',
      'Se espera que la delegación comercial llegue a Monterrey pasado mañana.',
      'La audiencia sobre el tráfico de fentanilo se llevará a cabo el miércoles a las 10 horas.',
      'El consulado móvil estará en Yakima el sábado 14 de septiembre desde las 9 horas.',
      'Los gobernadores fronterizos se darán cita en San Diego el martes y el miércoles.',
      'El personal consular atenderá a trabajadores en Omaha este sábado y domingo.',
    ];
    expect(unclaimed(schedules, 'es')).toEqual([]);
    expect(highlighted(schedules, 'es')).toEqual([]);
  });

  it('while a date said by its month is left to the record, which holds such dates (en, es)', () => {
    expect(claimed(['The World Cup opening match will be played at Estadio Azteca on June 11.', 'The USMCA joint review is scheduled to begin on July 1.'], 'en')).toEqual([]);
    expect(claimed(['El partido inaugural del Mundial se jugará en el Estadio Azteca el 11 de junio.', 'La revisión conjunta del T-MEC comenzará el 1 de julio.'], 'es')).toEqual([]);
  });

  it('and so is a future said in a report or denied (en, es)', () => {
    expect(claimed(['The president said on Monday that Mexico will never pay for the wall.', 'Mexico will not send troops to the border next week.'], 'en')).toEqual([]);
    expect(claimed(['El presidente dijo el lunes que México nunca pagará el muro.', 'México no enviará tropas a la frontera la próxima semana.'], 'es')).toEqual([]);
  });

  it('while an announcement that is itself a fact stays a claim (en, es)', () => {
    expect(
      claimed(
        [
          'Mexico extradited 29 cartel figures to the United States on February 27.',
          'Mexico will deploy 10,000 National Guard troops to the border on Tuesday.',
          'The consulates issued 1.2 million passports to Mexicans in the U.S. last year.',
          'The USMCA took effect on July 1, 2020.',
        ],
        'en',
      ),
    ).toEqual([]);
    expect(
      claimed(
        [
          'México extraditó a 29 capos a Estados Unidos el 27 de febrero.',
          'México desplegará 10 mil elementos de la Guardia Nacional en la frontera el martes.',
          'Los consulados expidieron 1.2 millones de pasaportes a mexicanos en Estados Unidos el año pasado.',
          'El T-MEC entró en vigor el 1 de julio de 2020.',
        ],
        'es',
      ),
    ).toEqual([]);
  });
});

describe('thanks and greetings are no claim', () => {
  it('in English', () => {
    const courtesies = [
      'Thank you to the people of Mexico for their warm welcome.',
      'Thanks to our friends at the Mexican consulate for a great evening.',
      'We thank the government of Mexico for its partnership on this visit.',
      'I want to thank President Sheinbaum for receiving our delegation.',
      'Many thanks to the border mayors who joined us today.',
      'We are grateful to our Mexican hosts for their hospitality.',
      'Congratulations to Mexico on hosting the opening of the World Cup.',
      'Welcome to all the Mexican students joining U.S. campuses this fall.',
      'Happy Independence Day to our Mexican friends and neighbors.',
      'Good morning to everyone joining us from Mexico and the United States.',
      'Thank you, Mexico, for a wonderful week in Guadalajara.',
      'I would like to thank the U.S. ambassador for his kind words.',
      'Greetings to the Mexican community in Chicago.',
      'Warm wishes to our partners in Mexico this holiday season.',
      'We thank the consular staff for their tireless work.',
    ];
    expect(unclaimed(courtesies, 'en')).toEqual([]);
    expect(highlighted(courtesies, 'en')).toEqual([]);
  });

  it('in Spanish', () => {
    const courtesies = [
      'Gracias al pueblo de México por su cálida bienvenida.',
      'Muchas gracias a nuestros amigos del consulado mexicano por una gran velada.',
      'Agradecemos al gobierno de México su colaboración en esta visita.',
      'Quiero agradecer a la presidenta Sheinbaum por recibir a nuestra delegación.',
      'Mil gracias a los alcaldes fronterizos que nos acompañaron hoy.',
      'Estamos agradecidos con nuestros anfitriones mexicanos por su hospitalidad.',
      'Felicidades a México por albergar la inauguración del Mundial.',
      'Bienvenidos todos los estudiantes mexicanos que llegan a universidades de Estados Unidos este otoño.',
      'Feliz Día de la Independencia a nuestros amigos y vecinos mexicanos.',
      'Buenos días a todos los que nos acompañan desde México y Estados Unidos.',
      'Gracias, México, por una semana maravillosa en Guadalajara.',
      'Me gustaría agradecer al embajador de Estados Unidos por sus amables palabras.',
      'Saludos a la comunidad mexicana en Chicago.',
      'Un abrazo a nuestros socios en México en estas fiestas.',
      'Agradecemos al personal consular por su incansable labor.',
    ];
    expect(unclaimed(courtesies, 'es')).toEqual([]);
    expect(highlighted(courtesies, 'es')).toEqual([]);
  });

  it('while thanks that go on to a further clause of their own stay a claim (en, es)', () => {
    expect(claimed(['We thank Mexico for its help, and border crossings have fallen since the agreement.'], 'en')).toEqual([]);
    expect(claimed(['Agradecemos a México su ayuda, y los cruces fronterizos han bajado desde el acuerdo.'], 'es')).toEqual([]);
  });

  it('while a cause said with "thanks to" stays a claim (en, es)', () => {
    expect(claimed(['Thanks to remittances, poverty in Mexico fell by 2 points in 2024.', 'Mexico became the largest U.S. trading partner thanks to auto exports.'], 'en')).toEqual([]);
    expect(
      claimed(
        ['Gracias a las remesas, la pobreza en México bajó 2 puntos en 2024.', 'México se convirtió en el principal socio comercial de Estados Unidos gracias a las exportaciones de autos.'],
        'es',
      ),
    ).toEqual([]);
  });
});

describe("a survey's or report's note on its own method is no claim", () => {
  it('in English', () => {
    const notes = [
      'The survey of Mexican adults was fielded in April and May.',
      'Interviews were conducted by telephone in both English and Spanish.',
      'This analysis relates only to seizures reported by CBP at ports of entry.',
      'Fieldwork for the Mexico survey took place in the spring.',
      'This report covers only firearms traced by ATF.',
      'The poll was fielded online among U.S. adults.',
      'Data collection in Mexico was carried out face to face.',
      'This study is based on records of the binational water commission.',
      'The sample of Mexican respondents was weighted to match census figures.',
      'Our survey of Americans was conducted in English and Spanish.',
      'Responses were collected from Mexican nationals living in the U.S.',
      'This brief draws on data from the Mexican central bank.',
      'This fact sheet is limited to remittances sent through formal channels.',
      'The questionnaire was translated into Spanish for respondents in Mexico.',
      'Figures in this analysis refer only to encounters at the southwest border.',
    ];
    expect(unclaimed(notes, 'en')).toEqual([]);
    expect(highlighted(notes, 'en')).toEqual([]);
  });

  it('in Spanish', () => {
    const notes = [
      'La encuesta a adultos mexicanos se levantó en abril y mayo.',
      'Las entrevistas se realizaron por teléfono en inglés y en español.',
      'Este análisis se refiere únicamente a los decomisos reportados por la CBP en los puertos de entrada.',
      'El trabajo de campo de la encuesta en México se hizo en la primavera.',
      'Este informe abarca solo las armas rastreadas por la ATF.',
      'El sondeo se aplicó en línea a adultos estadounidenses.',
      'El levantamiento en México se hizo cara a cara.',
      'Este estudio se basa en registros de la comisión binacional de aguas.',
      'La muestra de personas mexicanas se ponderó para ajustarse a los datos del censo.',
      'Nuestra encuesta a estadounidenses se levantó en inglés y en español.',
      'Las respuestas se recabaron entre mexicanos que viven en Estados Unidos.',
      'Esta nota técnica se basa en datos del Banco de México.',
      'Esta ficha se limita a las remesas enviadas por canales formales.',
      'El cuestionario se tradujo al español para los encuestados en México.',
      'Las cifras de este análisis se refieren solo a los encuentros en la frontera suroeste.',
    ];
    expect(unclaimed(notes, 'es')).toEqual([]);
    expect(highlighted(notes, 'es')).toEqual([]);
  });

  it("while a survey's finding stays a claim (en, es)", () => {
    expect(
      claimed(
        [
          'A survey conducted in March found that 61% of Mexicans view the United States favorably.',
          'According to the poll, most Americans support the USMCA.',
          'The survey was fielded in March and shows 61% support for the USMCA.',
          'The report found that 70% of firearms traced in Mexico came from the United States.',
        ],
        'en',
      ),
    ).toEqual([]);
    expect(
      claimed(
        [
          'Una encuesta levantada en marzo encontró que 61% de los mexicanos ve con buenos ojos a Estados Unidos.',
          'Según el sondeo, la mayoría de los estadounidenses apoya el T-MEC.',
          'La encuesta se levantó en marzo y muestra un respaldo de 61% al T-MEC.',
          'El informe concluyó que 70% de las armas rastreadas en México venían de Estados Unidos.',
        ],
        'es',
      ),
    ).toEqual([]);
  });
});

describe('claims of these shapes', () => {
  it('are still highlighted on a page (en, es)', () => {
    const en = [
      'Mexico extradited 29 cartel figures to the United States on February 27.',
      'The World Cup opening match will be played at Estadio Azteca on June 11.',
      'Fact: Remittances to Mexico fell 4.6% in 2025.',
      'Asked whether Mexico is still the top trading partner, the secretary said it has been the largest since 2023.',
      'A survey conducted in March found that 61% of Mexicans view the United States favorably.',
    ];
    const es = [
      'México extraditó a 29 capos a Estados Unidos el 27 de febrero.',
      'El partido inaugural del Mundial se jugará en el Estadio Azteca el 11 de junio.',
      'El dato: Las remesas a México cayeron 4.6% en 2025.',
      'Una encuesta levantada en marzo encontró que 61% de los mexicanos ve con buenos ojos a Estados Unidos.',
    ];
    expect(highlighted(en, 'en')).toEqual(en);
    expect(highlighted(es, 'es')).toEqual(es);
  });
});
