/**
 * Who holds a place said as taken or lost: "Canada was overtaken by Mexico as the top buyer" and "China lost its place as the
 * top partner to Mexico" give the place to Mexico, whoever the subject is; "Mexico lost the top spot" gives it to no one named.
 */
import type { VerdictWords } from './verdict-words';
import { findAll, foldSameLength } from './word-lists';

/** How many words after the taker's word may name it ("to its neighbor Mexico"). */
const TAKER_REACH = 3;

/**
 * The country a place went to, where its clause says it was taken in the passive or lost: 'mx' or 'other' for the one named
 * ('' where none is, or the U.S. is the one named); null where the clause says no place taken or lost. Words within the
 * position itself ("solo es superado por Canadá", a place said by those ahead of it) are the position's, not a taking.
 */
export function placeTaker(sentence: string, clause: readonly [number, number], position: { start: number; end: number }, w: VerdictWords, firstOf: (text: string) => string): string | null {
  const [from, to] = clause;
  const folded = foldSameLength(sentence.slice(from, to));
  const outside = (hit: { at: number; end: number }) => from + hit.end <= position.start || from + hit.at >= position.end;
  const named = (at: number) => {
    const who = firstOf(
      wordsAfter(sentence, from + at, to, w)
        .slice(0, TAKER_REACH)
        .join(' '),
    );
    return who === 'us' ? '' : who;
  };
  const taken = findAll(folded, w.overtakenBy).find(outside);
  if (taken) return named(taken.end);
  const lost = findAll(folded, w.placeLost).find(outside);
  if (!lost) return null;
  for (const hit of findAll(folded.slice(lost.end), w.lostTo)) {
    const who = named(lost.end + hit.end);
    if (who) return who;
  }
  return '';
}

/**
 * The folded text with each negation that is a place lost ("lost its place", "perdió el primer lugar") blanked where its clause
 * names the one it went to ("… to Mexico", "… frente a China"): no denial, but a place taken, whose it is read by `placeTaker`.
 * A name is read in the original text's case; offsets are kept.
 */
export function blankPlacesLostToNamed(sentence: string, folded: string, w: VerdictWords): string {
  let out = folded;
  for (const hit of findAll(folded, w.negation)) {
    if (!w.placeLost.some((verb) => hit.word === verb || hit.word.startsWith(`${verb} `))) continue;
    // Up to a break that no abbreviation holds ("U.S." has stops).
    const clauseEnd = hit.end + (/[;:]/.exec(folded.slice(hit.end))?.index ?? folded.length - hit.end);
    if (!takerNamed(sentence, folded, hit.end, clauseEnd, w)) continue;
    out = out.slice(0, hit.at) + ' '.repeat(hit.end - hit.at) + out.slice(hit.end);
  }
  return out;
}

/** Whether a word of `lostTo` in [from, to) stands right before a name, determiners aside ("to Mexico", "frente a la India"). */
function takerNamed(sentence: string, folded: string, from: number, to: number, w: VerdictWords): boolean {
  return findAll(folded.slice(from, to), w.lostTo).some((hit) => /^\p{Lu}/u.test(wordsAfter(sentence, from + hit.end, to, w)[0] ?? ''));
}

/** The words of [at, to), determiners aside at the start. */
function wordsAfter(sentence: string, at: number, to: number, w: VerdictWords): string[] {
  const next = sentence.slice(at, to).trim().split(/\s+/);
  while (next.length && w.determiners.includes(foldSameLength(next[0]!))) next.shift();
  return next;
}
