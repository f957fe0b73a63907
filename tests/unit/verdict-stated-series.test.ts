/**
 * Figures a fact's own statement states, made checkable (issue #12): each gets a series whose cues name its measure
 * as the press and officials say it, so a true number is Accurate, a wrong one False, and a sibling measure's number
 * stays unjudged by it. Run on the bundled facts; the sentences are written for the test.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/engine';
import { loadData } from '../../scripts/lib/data-files';

const engine = createEngine(loadData().facts);
const finding = (text: string) => engine.analyze(text)[0];

/** Each sentence with the rating it earns and the series its number is checked against. */
type Case = [sentence: string, rating: 'accurate' | 'false', series: string];

const judged = (cases: Case[]) =>
  it.each(cases)('%s', (sentence, rating, series) => {
    const found = finding(sentence);
    expect(found?.rating).toBe(rating);
    expect((found?.figures ?? []).map((f) => f.key)).toContain(series);
  });

/** Sentences of a sibling measure: the new series must not judge them. */
const untouched = (sentences: string[], series: RegExp) => it.each(sentences)('%s', (sentence) => expect((finding(sentence)?.figures ?? []).map((f) => f.key).join()).not.toMatch(series));

describe('the Rio Grande water of the 2020-2025 cycle and after', () => {
  describe('is judged', () =>
    judged([
      ["Washington puts Mexico's shortfall at the end of the cycle at about 865,000 acre-feet.", 'accurate', 'rio-grande-cycle-36-shortfall'],
      ['Mexico closed the treaty cycle with a water deficit of some 1,067 million cubic meters.', 'accurate', 'rio-grande-cycle-36-shortfall'],
      ['Según EE.UU., el faltante de agua del tratado en el ciclo pasado rondó los 865 mil acres-pie.', 'accurate', 'rio-grande-cycle-36-shortfall'],
      ["Washington puts Mexico's shortfall at the end of the cycle at 1.5 million acre-feet.", 'false', 'rio-grande-cycle-36-shortfall'],
      ['Mexico agreed to release roughly 202,000 acre-feet of Rio Grande water.', 'accurate', 'rio-grande-release-december-2025'],
      ['México acordó liberar unos 249 millones de metros cúbicos de agua del río Bravo a Estados Unidos.', 'accurate', 'rio-grande-release-december-2025'],
      ['Mexico agreed to release 600,000 acre-feet of Rio Grande water.', 'false', 'rio-grande-release-december-2025'],
      ['Mexico will deliver a minimum of 350,000 acre-feet a year under the new commitment.', 'accurate', 'rio-grande-annual-minimum-2025-2030'],
      ['Mexico committed to deliver at least 700,000 acre-feet of water a year.', 'false', 'rio-grande-annual-minimum-2025-2030'],
    ]));

  describe("leaves the treaty's own terms to their series", () =>
    untouched(
      ['Mexico owes the United States 1.75 million acre-feet of Rio Grande water every five years.', 'Mexico must deliver an average of 350,000 acre-feet a year from the Rio Grande.'],
      /cycle-36|minimum|release/,
    ));
});
