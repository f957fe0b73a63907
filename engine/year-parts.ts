/**
 * A part of a year said right before the year ("in early 2020", "in the summer of 2020", "a finales de 1994"): the months
 * it spans, read from the packs' `yearParts`. An event the record dates to a month outside them was not then, though the
 * year is right ("NAFTA took effect in late 1994": January). Only parts said with the word that places the event in them
 * count: "by the end of 2020" is a deadline, no part.
 */
import type { VerdictWords } from './verdict-words';
import { findAll } from './word-lists';

/** The first and last month of a part of a year (1–12). */
export type MonthSpan = readonly [number, number];

/** What may stand between a part and its year: a hyphen ("mid-2020"), articles and the words that join a time to its year. */
const between = (text: string, w: VerdictWords) =>
  text
    .split(/[\s-]+/)
    .filter(Boolean)
    .every((x) => w.atYear.includes(x) || w.determiners.includes(x));

/** The months of the part of a year said right before the year at `yearAt` in a folded sentence, or null. */
export function yearPartBefore(folded: string, yearAt: number, w: VerdictWords): MonthSpan | null {
  const from = Math.max(0, yearAt - 40);
  const before = folded.slice(from, yearAt);
  let found: { end: number; span: MonthSpan } | null = null;
  for (const part of w.yearParts) {
    for (const hit of findAll(before, part.words)) {
      if (between(before.slice(hit.end), w) && (!found || hit.end > found.end)) found = { end: hit.end, span: [part.from, part.to] };
    }
  }
  return found?.span ?? null;
}

/** Whether a month (1–12) falls in a part of a year. */
export const inPart = (month: number, [first, last]: MonthSpan): boolean => month >= first && month <= last;
