/**
 * A move said over a span of years: "have grown every year for the past five years", "rose for the third year in a row",
 * "cayeron por primera vez en 11 años". A streak claims the move in each year of its span; a first time claims it in the
 * span's last year and in no year before it within the span. Each year's move is read from its series' record of that
 * year and of the one before; a year the record lacks, or one in the grey band, leaves the claim open unless another
 * year of the span denies it.
 */
import type { SeriesEntry } from './measure-cues';
import { countWord } from './numbers';
import type { Span } from './streaks';
import type { VerdictWords } from './verdict-words';
import { findAll } from './word-lists';

export interface MoveSpan {
  years: number;
  first: boolean;
  /** Where the span's count stands in the folded text (a first time's "11"), to be read with the span, not as a claim. */
  countAt: number | null;
}

/** The counted span a move is said over: a streak's (from spanIn), or the count after a first time's lead ("in 11 years"). */
export function moveSpanIn(folded: string, words: VerdictWords, span: Span | undefined): MoveSpan | null {
  if (typeof span === 'object' && 'years' in span) return { years: span.years, first: false, countAt: null };
  if (span !== 'first') return null;
  for (const hit of findAll(folded, words.firstTime)) {
    const rest = folded.slice(hit.end);
    const lead = findAll(rest, words.firstTimeSpan)
      .filter((l) => rest.slice(0, l.at).trim() === '')
      .sort((a, b) => b.end - a.end)[0];
    if (!lead) continue;
    const m = /^\s+([\p{L}\d]+)[\s-]+(\p{L}+)/u.exec(rest.slice(lead.end));
    if (!m) continue;
    const [, word = '', unit = ''] = m;
    const size = words.recordSpanYears.includes(unit) ? 1 : words.recordSpanDecades.includes(unit) ? 10 : 0;
    const count = countWord(word);
    if (!size || count === null || count < 2 / size) continue;
    return { years: count * size, first: true, countAt: hit.end + lead.end + m.index + m[0].indexOf(word) };
  }
  return null;
}

/** Which way a series moved into a year: 1 up, -1 down, 0 within the grey band, null where the record lacks either year. */
function moveInto(entry: SeriesEntry, year: number, grey: number, figureOfYear: (e: SeriesEntry, y: string) => { value: number } | null): 1 | -1 | 0 | null {
  const [then, now] = [figureOfYear(entry, String(year - 1)), figureOfYear(entry, String(year))];
  if (!then || !now || then.value <= 0) return null;
  const ratio = now.value / then.value;
  return ratio > 1 + grey ? 1 : ratio < 1 - grey ? -1 : 0;
}

/**
 * Whether the record bears out (true) or denies (false) a move of `sign` over the span ending in `end`, and the year whose
 * move settles it (the one that denies it, else the last); null where it cannot tell.
 */
export function judgeMoveSpan(
  entry: SeriesEntry,
  end: number,
  span: MoveSpan,
  sign: 1 | -1,
  grey: number,
  figureOfYear: (e: SeriesEntry, y: string) => { value: number } | null,
): { holds: boolean; year: number } | null {
  const move = (year: number) => moveInto(entry, year, grey, figureOfYear);
  let open = false;
  const last = move(end);
  if (last === -sign) return { holds: false, year: end };
  if (last !== sign) open = true;
  for (let year = end - span.years + 1; year < end; year++) {
    const m = move(year);
    // A streak is denied by a year that went the other way; a first time by an earlier year that went the same way.
    if (span.first ? m === sign : m === -sign) return { holds: false, year };
    if (m === null || (!span.first && m !== sign)) open = true;
  }
  return open ? null : { holds: true, year: end };
}
