/**
 * "NAFTA did not take effect until 1994", "El T-MEC no entró en vigor sino hasta 2020": a denial closed by "until" and a
 * time says the thing happened then, not that it did not. Read with the denial and the "until" blanked (offsets kept), the
 * sentence says the event at that time, which its record checks. The packs' `notUntil` lists the denials and the words
 * of "until" that make the set phrase; it holds only where nothing but the clause's own words stands between them and
 * the time follows the "until" right away (a day, a month, an article at most).
 */
import type { VerdictWords } from './verdict-words';
import { findAll, foldSameLength } from './word-lists';

/** Characters at most from the denial to its "until": one clause. */
const REACH = 60;
const BREAK = /[.;:!?,]/;
const YEAR_IN = /(?<![\d.,])(?:19|20)\d\d(?![\d.,]*\d)/;

export function notUntilReading(sentence: string, w: VerdictWords): string {
  const folded = foldSameLength(sentence);
  const untils = findAll(folded, w.notUntil.until);
  if (!untils.length) return sentence;
  let out = sentence;
  for (const deny of findAll(folded, w.notUntil.deny)) {
    const until = untils.find((u) => u.at >= deny.end && u.at - deny.end <= REACH && !BREAK.test(folded.slice(deny.end, u.at)));
    if (!until) continue;
    // The time right after it: a year, with its day and month at most before it ("until July 1, 2020", "hasta el 1 de julio de 2020").
    const after = folded.slice(until.end, until.end + 30);
    const year = YEAR_IN.exec(after);
    if (
      !year ||
      !after
        .slice(0, year.index)
        .split(/[\s,]+/)
        .filter(Boolean)
        .every((x) => w.months.includes(x.replace(/\.$/, '')) || w.atYear.includes(x) || w.determiners.includes(x) || /^\d{1,2}(?:st|nd|rd|th)?$/.test(x))
    )
      continue;
    out = out.slice(0, deny.at) + ' '.repeat(deny.end - deny.at) + out.slice(deny.end, until.at) + ' '.repeat(until.end - until.at) + out.slice(until.end);
  }
  return out;
}
