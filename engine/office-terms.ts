/**
 * A head of government's name said as a time ("under Biden", "the Obama administration", "durante el sexenio de Calderón",
 * "bajo el gobierno de AMLO") dates what the sentence tells to that person's terms in office. A dated event's record
 * that falls in none of them is not what the sentence tells ("The Supreme Court threw out Mexico's lawsuit against U.S. gun
 * makers under Biden": the ruling was of June 2025, after his term). A name said otherwise ("Sheinbaum said…") dates nothing:
 * a speaker is not a time.
 */
import OFFICEHOLDERS from './knowledge/officeholders.json';
import type { Officeholder } from './knowledge/schema';
import type { VerdictWords } from './verdict-words';
import { findAll } from './word-lists';

/** A stretch of days, as ISO dates; `to` is open where the term has not ended. */
export interface DaySpan {
  from: string;
  to?: string;
}

const HOLDERS = OFFICEHOLDERS as Officeholder[];
const NAMES = [...new Set(HOLDERS.flatMap((h) => h.names))];
/** At most this many words (a title and a given name: "under former President Joe Biden") between a lead-in and the name. */
const WORDS_BETWEEN = 4;

/** The terms of the officeholders whose names the folded sentence says as a time. */
export function officeSpansIn(folded: string, words: Pick<VerdictWords, 'officeLeadIns' | 'officeHeads'>): DaySpan[] {
  const names = findAll(folded, NAMES);
  if (!names.length) return [];
  const leadIns = findAll(folded, words.officeLeadIns);
  const heads = words.officeHeads.length > 0 ? findAll(folded, words.officeHeads) : [];
  const spans: DaySpan[] = [];
  for (const name of names) {
    const led = leadIns.some((lead) => lead.end <= name.at && wordsOnly(folded.slice(lead.end, name.at)) <= WORDS_BETWEEN);
    const headed = !led && heads.some((head) => head.at >= name.end && /^(?:'s)?[\s-]*$/.test(folded.slice(name.end, head.at)));
    if (led || headed) for (const h of HOLDERS) if (h.names.includes(name.word.replace(/-/g, ' '))) spans.push(...h.terms);
  }
  return spans;
}

/** How many words lie between two hits, or Infinity if a clause ends between them ("under pressure, Biden said"). */
function wordsOnly(between: string): number {
  if (/[,.;:()"]/.test(between)) return Number.POSITIVE_INFINITY;
  return between.split(/\s+/).filter(Boolean).length;
}

/** Whether a record's period ("2025-02-20", "2017-09", "1994") falls, at least in part, in one of the spans. */
export function periodInSpans(period: string, spans: readonly DaySpan[]): boolean {
  const m = /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?/.exec(period);
  if (!m) return true;
  const first = `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`;
  const last = `${m[1]}-${m[2] ?? '12'}-${m[3] ?? '31'}`;
  return spans.some((s) => first < (s.to ?? '9999-12-31') && last >= s.from);
}
