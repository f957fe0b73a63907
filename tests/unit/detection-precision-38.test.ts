/**
 * Detection precision (round 38), on text no one here wrote: in a Spanish-language page, the U.S. economy said alone (its
 * inflation, its GDP, its debt, a recession there) is U.S. domestic news, not Mexico's economy; an explainer's heading
 * ("Lo que sabemos de…", "Claves de…", "What we know about…") names what an article will tell and says nothing of it, as
 * an explainer's question does; a kicker set apart by a bar ("EN VIVO | …", "WATCH | …") points to another story, as one
 * set apart by a colon does. Each class keeps its positives: the U.S. economy said with Mexico's, the same opening said as
 * a clause of its own ("Lo que sabemos es que…"), a section label before a claim. Written for this test, in English and
 * Spanish, apart from the corpora.
 */
import type { Lang } from '../../engine/schema';
import { type Case, describeClasses } from './helpers/detection-topics';

const EXPORTS = ['trade-volume', 'trade-partner-rank'];

const CLASSES: Record<string, Record<Lang, readonly Case[]>> = {
  "the U.S. economy said alone is not Mexico's economy": {
    en: [
      ['Inflation in the United States climbed to 3.1% in August.', ['none']],
      ['U.S. inflation eased to 2.9% last month.', ['none']],
      ['The U.S. economy added 150,000 jobs in October.', ['none']],
    ],
    es: [
      ['La inflación en Estados Unidos repuntó a 3.1% anual en agosto.', ['none']],
      ['El PIB de Estados Unidos se contrajo 0.3% en el primer trimestre.', ['none']],
      ['La economía estadounidense sumó 150 mil empleos en octubre, informó el Departamento del Trabajo.', ['none']],
      ['Wall Street teme una recesión en Estados Unidos antes de fin de año.', ['none']],
      ['La deuda pública de los Estados Unidos rebasó los 37 billones de dólares.', ['none']],
    ],
  },
  "the U.S. economy said with Mexico's is still the economy's story": {
    en: [['A recession in the United States would drag down the Mexican economy, analysts warn.', ['mexico-economy']]],
    es: [
      ['Una recesión en Estados Unidos arrastraría a la economía mexicana, advierten analistas.', ['mexico-economy']],
      ['La desaceleración de la economía estadounidense ya pega a las exportaciones mexicanas.', ['mexico-economy', ...EXPORTS]],
    ],
  },
  "an explainer's heading says nothing of its subject": {
    en: [
      ['What we know about the USMCA review', ['none']],
      ['Everything you need to know about the new tariff on Mexican tomatoes', ['none']],
    ],
    es: [
      ['Lo que sabemos de la revisión del T-MEC', ['none']],
      ['Todo lo que debes saber sobre el nuevo arancel al jitomate mexicano', ['none']],
      ['Las claves para entender la disputa por el agua del río Bravo', ['none']],
      ['Cinco claves del acuerdo migratorio entre México y Estados Unidos', ['none']],
    ],
  },
  'the same opening said as a clause of its own opens a claim': {
    en: [['What we know is that Mexico sends about 80% of its exports to the United States.', EXPORTS]],
    es: [['Lo que sabemos es que México exporta a Estados Unidos cerca del 80% de lo que vende al exterior.', EXPORTS]],
  },
  'a kicker set apart by a bar points to another story': {
    en: [
      ["LIVE | Sheinbaum responds to Trump's tariff threat", ['none']],
      ['WATCH | What the border wall looks like in Tijuana', ['none']],
    ],
    es: [
      ['EN VIVO | Sheinbaum responde a la amenaza de aranceles de Trump', ['none']],
      ['VIDEO | Así es el muro fronterizo en Tijuana', ['none']],
    ],
  },
  'a section label set apart by a bar keeps the claim after it': {
    en: [['Trade | Mexico sends about 80% of its exports to the United States.', EXPORTS]],
    es: [['Comercio | México exporta a Estados Unidos cerca del 80% de lo que vende al exterior.', EXPORTS]],
  },
};

/** English has no pattern for the U.S. economy said alone (its pack weighs it as domestic news): this one still passes. */
const KNOWN_MISSES: Record<Lang, readonly Case[]> = {
  en: [['The U.S. economy grew 2.8% in the third quarter.', ['mexico-economy']]],
  es: [],
};

describeClasses("detection precision (round 38): the U.S. economy alone, explainers' headings and kickers set apart by a bar are no claim", CLASSES, KNOWN_MISSES);
