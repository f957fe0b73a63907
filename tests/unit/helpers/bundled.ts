/** The engine on the bundled fact base, and the two ratings tests read from it: what a reader is shown, what the eval measures. */
import { createEngine } from '../../../engine/engine';
import type { Lang } from '../../../engine/schema';
import { loadData } from '../../../scripts/lib/data-files';

export const bundled = createEngine(loadData().facts);
/** The rating of the first claim a reader is shown in the text (`analyze`, as the page, popup and classroom read it). */
export const shownRating = (text: string) => bundled.analyze(text)[0]?.rating;
/** The rating `classify` gives one sentence, as the eval reads it. */
export const classifiedRating = (text: string, lang?: Lang) => bundled.classify(text, lang)?.rating;
/** The rating `classify` gives each sentence of a table, keyed as the table is: compared whole with the table it reads. */
export const classifiedRatings = (said: Readonly<Record<string, string>>): Record<string, string | undefined> => Object.fromEntries(Object.keys(said).map((text) => [text, classifiedRating(text)]));
