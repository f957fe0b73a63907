/**
 * Dated events in more of a writer's words (session 38), written for this test blind to the corpus: a treaty "inked",
 * "launched", that "lasted until" or "sunsets" in a year, a framework that "took over from" another,
 * a program someone "put an end to", a tax that "started"; "entró en funciones", "empezaron a cobrarse",
 * "tomó el relevo de", "puso fin a", "la Copa del Mundo"; a year fronted by "Back in" / "Allá por"; and the Spanish opening
 * "Desde su entrada en vigor en 2020, el T-MEC …", whose "su" is the name said right after its comma. NEVER holds what must
 * not get the record's verdict: another thing's part ("the labor mechanism"), another act ("venció a los escépticos": beat),
 * a doer the opening's "su" does not name, another tariff. OPEN holds phrasings still unsettled (a future not marked
 * scheduled, a span counted back from the writing), which must at least not get the opposite verdict.
 */
import { describeWordings, type Table } from './helpers/wording-tables';

const RATED: Table = {
  en: [
    ['The North American Free Trade Agreement was launched in 1994.', 'accurate'],
    ['NAFTA launched in 1991.', 'false'],
    ['NAFTA lasted until 2020.', 'accurate'],
    ['NAFTA lasted until 2017.', 'false'],
    ['The USMCA sunsets in 2036 unless the three partners renew it.', 'accurate'],
    ['The USMCA sunsets in 2031.', 'false'],
    ['The USMCA took over from NAFTA in 2020.', 'accurate'],
    ['The USMCA took over from NAFTA in 2019.', 'false'],
    ['The Bicentennial Framework took over from the Mérida Initiative in 2021.', 'accurate'],
    ['The Bicentennial Framework took over from the Mérida Initiative in 2018.', 'false'],
    ['Back in 1994, NAFTA came into force.', 'accurate'],
    ['Back in 1993, NAFTA came into force.', 'false'],
    ['Minute 319 was inked in 2012.', 'accurate'],
    ['Minute 323 was inked in 2016.', 'false'],
    ['Minute 323 lasts until 2026.', 'accurate'],
    ['Minute 323 lasts until 2028.', 'false'],
    ['The remittance tax started in January 2026.', 'accurate'],
    ['The tax on remittances started in 2024.', 'false'],
    ['Mexico put an end to Prospera in 2019.', 'accurate'],
    ['The government put an end to Prospera in 2016.', 'false'],
    ['FIFA handed the 2026 World Cup to the U.S., Canada and Mexico in 2018.', 'accurate'],
    ['FIFA handed the 2026 World Cup to the joint bid in 2014.', 'false'],
  ],
  es: [
    ['El T-MEC entró en funciones el 1 de julio de 2020.', 'accurate'],
    ['El T-MEC entró en funciones en 2018.', 'false'],
    ['Los aranceles del 25% a México empezaron a cobrarse en marzo de 2025.', 'accurate'],
    ['Los aranceles por el fentanilo empezaron a cobrarse en 2023.', 'false'],
    ['El impuesto a las remesas empezó a cobrarse en enero de 2026.', 'accurate'],
    ['El impuesto a las remesas empezó a cobrarse en 2025.', 'false'],
    ['El Entendimiento Bicentenario tomó el relevo de la Iniciativa Mérida en 2021.', 'accurate'],
    ['El T-MEC tomó el relevo del TLCAN en 2017.', 'false'],
    ['El T-MEC puso fin al TLCAN en 2020.', 'accurate'],
    ['El T-MEC puso fin al TLCAN en 2019.', 'false'],
    ['El gobierno de López Obrador puso fin a Prospera en 2019.', 'accurate'],
    ['El gobierno puso fin al programa Prospera en 2015.', 'false'],
    ['La FIFA otorgó la Copa del Mundo 2026 a México, Estados Unidos y Canadá en 2018.', 'accurate'],
    ['La FIFA otorgó la Copa del Mundo 2026 en 2015.', 'false'],
    ['Allá por 1994, el TLCAN entró en vigor.', 'accurate'],
    ['Allá por 1995 entró en vigor el TLCAN.', 'false'],
    ['Desde su entrada en vigor en 2020, el T-MEC ha impulsado las exportaciones.', 'accurate'],
    ['Desde su entrada en vigor en 2019, el T-MEC ha elevado las exportaciones.', 'false'],
    ['Tras su entrada en vigor en 2020, el T-MEC sustituyó al TLCAN.', 'accurate'],
  ],
};

const NEVER: Table = {
  en: [
    ['The USMCA labor mechanism took effect in 2021.', 'false'],
    ['NAFTA talks were launched in 1990.', 'false'],
    ['Mexico inked a trade deal with Canada in 2023.', 'false'],
    ['Trump threatened to put an end to NAFTA in 2017.', 'false'],
    ['Back in 2018, the USMCA was signed in Buenos Aires.', 'false'],
    ['The tariffs on Mexican steel started in 2018.', 'false'],
    ['FIFA handed Mexico the 1986 World Cup in 1983.', 'false'],
  ],
  es: [
    ['El TLCAN venció a los escépticos en 1994.', 'false'],
    ['El mecanismo laboral del T-MEC entró en funciones en 2021.', 'false'],
    ['El mecanismo laboral del T-MEC comenzó a aplicarse en 2021.', 'false'],
    ['Desde su entrada en vigor en 2020, las exportaciones mexicanas han crecido.', 'false'],
    ['Desde su firma en 2018, el T-MEC ha sido polémico.', 'false'],
    ['Sheinbaum entró en funciones en 2024, cuatro años después de que entrara en vigor el T-MEC.', 'false'],
    ['Los aranceles al acero empezaron a cobrarse en 2018.', 'false'],
    ['La revisión del T-MEC arrancará en julio de 2026.', 'false'],
  ],
};

const OPEN: Table = {
  en: [
    ['The USMCA is set to expire in 2036.', 'false'],
    ['Three decades ago, in 1994, NAFTA took effect.', 'false'],
    ['NAFTA expired in 2020 after 26 years.', 'false'],
  ],
  es: [
    ['Hace 30 años, en 1994, entró en vigor el TLCAN.', 'false'],
    ['El T-MEC vence en 2036 si no se renueva.', 'false'],
  ],
};

describeWordings("dated events in more of a writer's words (session 38)", { rated: RATED, never: NEVER, open: OPEN }, 'another thing or act');
