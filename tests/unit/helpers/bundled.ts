/** The engine on the bundled fact base, and the two ratings tests read from it: what a reader is shown, what the eval measures. */
import { expect } from 'vitest';
import { createEngine } from '../../../engine/engine';
import type { Lang } from '../../../engine/schema';
import { loadData } from '../../../scripts/lib/data-files';

export const bundled = createEngine(loadData().facts);
/** The rating of the first claim a reader is shown in the text (`analyze`, as the page, popup and classroom read it). */
export const shownRating = (text: string) => bundled.analyze(text)[0]?.rating;
/** The rating `classify` gives one sentence, as the eval reads it. */
export const classifiedRating = (text: string, lang?: Lang) => bundled.classify(text, lang)?.rating;
/** Expects each sentence of a table to get its rating from `classify`, the whole table in one `toEqual`. */
export const expectRatings = (cases: readonly (readonly [text: string, rating: string])[]) => expect(cases.map(([text]) => classifiedRating(text))).toEqual(cases.map(([, r]) => r));
/** The rating as the eval reads it: a sentence that asserts nothing checkable is shown no verdict, and an outdated one counts as false. */
export const evalRating = (text: string) => {
  const f = bundled.classify(text);
  const rating = f?.checkworthy ? f.rating : 'context';
  return rating === 'outdated' ? 'false' : rating;
};
