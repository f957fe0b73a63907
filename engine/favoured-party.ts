/**
 * Who a ruling or a stance is said to favour. A dated event's cue may name the side a court found for ("sided with the
 * gunmakers", "dio la razón a los fabricantes de armas") or against ("ruled against Mexico"); its words read as a bag
 * also meet a sentence that names the other side there ("le dio la razón a México en su demanda contra las armeras"),
 * the opposite event. The side is the first word after the pack's `favouring` or `disfavouring` phrase, read through the
 * cue classes.
 */
import type { Lang } from './schema';
import type { VerdictWords } from './verdict-words';
import { inClasses } from './measure-cues';
import { toStems } from './vocabulary';
import { findAll, foldSameLength } from './word-lists';

/** Characters after a phrase where its side is read: a name with its article ("a los fabricantes de armas"). */
const SIDE_REACH = 40;

export type RulingSides = { for: ReadonlySet<string>; against: ReadonlySet<string> };

/** The first classed stem after each hit of a list in a folded text. */
function sidesAfter(folded: string, list: readonly string[], lang: Lang, classes: ReadonlyMap<string, string>): string[] {
  return findAll(folded, list).flatMap((hit) => inClasses(toStems(folded.slice(hit.end, hit.end + SIDE_REACH), lang), classes).slice(0, 1));
}

/** The sides a series' cues say a ruling favoured or went against. */
export function cueSides(cues: readonly string[], w: VerdictWords, lang: Lang, classes: ReadonlyMap<string, string>): RulingSides {
  const folded = cues.map(foldSameLength);
  return {
    for: new Set(folded.flatMap((c) => sidesAfter(c, w.favouring, lang, classes))),
    against: new Set(folded.flatMap((c) => sidesAfter(c, w.disfavouring, lang, classes))),
  };
}

/** Whether a sentence says a ruling favoured a side its event's cues say it went against, or another side than theirs. */
export function otherSideFavoured(folded: string, cue: RulingSides, w: VerdictWords, lang: Lang, classes: ReadonlyMap<string, string>): boolean {
  if (!cue.for.size && !cue.against.size) return false;
  const saidFor = sidesAfter(folded, w.favouring, lang, classes);
  const saidAgainst = sidesAfter(folded, w.disfavouring, lang, classes);
  return saidFor.some((side) => cue.against.has(side) || (cue.for.size > 0 && !cue.for.has(side))) || saidAgainst.some((side) => cue.for.has(side) || (cue.against.size > 0 && !cue.against.has(side)));
}
