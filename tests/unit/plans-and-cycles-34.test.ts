/**
 * Two readings that kept a true claim from being judged false (session 34), in sentences written for this test blind to
 * the corpus. An act only weighed ("considered designating", "consideró designar", "evaluó imponer") did not happen then,
 * so its year is no claim of when the act happened, like one only threatened (dated-events-wording-33). A number said
 * per a stretch of several years ("1.75 million acre-feet every five years", "cada cinco años", "por ciclo") is a term of
 * the stretch: it meets the treaty's five-year figure and never its yearly average, whose words ("owes the U.S. … a
 * year") may stand beside it. An obligation said in other words ("requires Mexico to deliver", "obliga a México a
 * entregar", the packs' cue class of "must"/"debe") is the treaty's term too, and in Spanish the "a" before the country
 * made to act ("obliga a México a entregar") names no end of the flow.
 */
import { describeWordings, type Table } from './helpers/wording-tables';

const RATED: Table = {
  en: [
    ['Under the 1944 treaty Mexico owes the U.S. 1.75 million acre-feet every five years.', 'accurate'],
    ['Mexico must deliver 1.75 million acre-feet of Rio Grande water every five years.', 'accurate'],
    ['Mexico owes the U.S. 350,000 acre-feet a year on average.', 'accurate'],
    ['Mexico owes the U.S. 1.75 million acre-feet a year.', 'false'],
    ['In 2025 the U.S. designated six Mexican cartels as foreign terrorist organizations.', 'accurate'],
    ['The 1944 treaty requires Mexico to deliver an average of 350,000 acre-feet of water a year from the Rio Grande.', 'accurate'],
    ['The treaty requires Mexico to deliver 3 million acre-feet every five years.', 'false'],
  ],
  es: [
    ['México debe a Estados Unidos 1.75 millones de acres-pie cada cinco años.', 'accurate'],
    ['México debe entregar 1.75 millones de acres-pie cada cinco años.', 'accurate'],
    ['México le debe a EU 3 millones de acres-pie cada cinco años.', 'false'],
    ['México debe a Estados Unidos 1.75 millones de acres-pie al año.', 'false'],
    ['El tratado obliga a México a entregar 1.75 millones de acres-pie cada cinco años.', 'accurate'],
    ['El tratado de 1944 obliga a México a entregar en promedio 350 mil acres-pie de agua al año del río Bravo.', 'accurate'],
    ['El tratado obliga a México a entregar 3 millones de acres-pie cada cinco años.', 'false'],
  ],
};

const NEVER: Table = {
  en: [
    // Only weighed: the act did not happen then.
    ['In 2019 Trump considered designating the Mexican cartels as terrorist organizations.', 'false'],
    ['Trump was weighing designating the cartels as terrorist organizations in 2019.', 'false'],
    ['In 2019 the White House discussed imposing 25% tariffs on Mexican goods.', 'false'],
    // A five-year term is not a year's amount.
    ['Mexico owes the U.S. 1.75 million acre-feet every five years, about 350,000 a year.', 'false'],
  ],
  es: [
    ['En 2019 Trump consideró designar a los cárteles mexicanos como organizaciones terroristas.', 'false'],
    ['En 2019 la Casa Blanca evaluó imponer aranceles de 25% a los productos mexicanos.', 'false'],
    ['En 2019 Trump analizaba imponer aranceles a México por la migración.', 'false'],
    // The flow turned round: Mexico does not send the Colorado's water.
    ['México envía a Estados Unidos 1.5 millones de acres-pie del río Colorado cada año.', 'accurate'],
  ],
};

const OPEN: Table = {
  en: [['Mexico delivered just 1.1 million acre-feet of water to the U.S. in the last five-year cycle.', 'accurate']],
  es: [['México entregó apenas 1.1 millones de acres-pie en el último ciclo de cinco años.', 'accurate']],
};

describeWordings('an act only weighed, and a number said per several years (session 34)', { rated: RATED, never: NEVER, open: OPEN }, 'an act only weighed, or a term of several years');
