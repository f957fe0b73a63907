/** The bundled series' measure index, and what it binds each number of a sentence to. */
import { VERDICT_WORDS } from '../../../engine/knowledge';
import { seriesEntries } from '../../../engine/measure-cues';
import { MeasureIndex } from '../../../engine/measures';
import { readQuantities } from '../../../engine/numbers';
import type { Lang } from '../../../engine/schema';
import { loadData } from '../../../scripts/lib/data-files';

const measures = new MeasureIndex(seriesEntries(loadData().facts, VERDICT_WORDS), VERDICT_WORDS);

/** Each number of the sentence, as written, with the series it is bound to ('-' for none). */
export const bound = (text: string, lang: Lang) => {
  const quantities = readQuantities(text, lang);
  const bindings = measures.bind(text, lang, quantities, () => true);
  return quantities.map((q) => [q.raw, bindings.find((b) => b.quantity === q)?.entry.series.key ?? '-']);
};
