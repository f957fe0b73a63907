/**
 * A state said to have held for a span ("for the third consecutive year", "por décimo año consecutivo", "for decades")
 * claims every year of it: the newest record alone bears out only the last. A position is checked year by year over
 * the span; anything else said so, or a span without its length, is left unsettled.
 */
import { fits, type judgeBinding } from './figures';
import type { Binding } from './measures';
import { countWord } from './numbers';
import type { VerdictWords } from './verdict-words';
import { findAll, hasAny } from './word-lists';

/** The years a folded sentence says a state held running: a count, null for a span said without one, undefined for none said. */
export function streakIn(folded: string, words: VerdictWords): number | null | undefined {
  const hit = findAll(folded, words.streakAfter)[0];
  if (hit) return countWord(folded.slice(0, hit.at).trim().split(/\s+/).at(-1) ?? '');
  return hasAny(folded, words.streakOpen) ? null : undefined;
}

type Judged = ReturnType<typeof judgeBinding>;

/**
 * A position's check over a span of `years` ending at the year it was judged for: contradicted by any year of the span
 * the record says otherwise, borne out only when the record has every year of it and each bears it out.
 */
export function judgeStreak(b: Binding, years: number | null, last: Judged): Judged {
  if (years === null || years < 1 || b.quantity.unit !== 'rank' || !last || last.status !== 'consistent') return null;
  const end = Number(last.recordPeriod.slice(0, 4));
  let open = false;
  for (let y = end - years + 1; y <= end; y++) {
    const f = b.entry.figures.find((x) => x.period.slice(0, 4) === String(y));
    if (!f) {
      open = true;
      continue;
    }
    const fit = fits(b.quantity, f.value, f.unit);
    if (fit === 'no') return { ...last, status: 'contradicted', recordValue: f.value, recordPeriod: f.period };
    if (fit === 'grey') open = true;
  }
  return open ? null : last;
}
