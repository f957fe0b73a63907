/**
 * Negations that belong to a measure's own name: "do not travel", "no viajar", "little or no
 * confidence", "mexicanos sin papeles". A series cue that holds a negation word names a measure;
 * the same words in a sentence do not deny its number. Each such cue is kept as the words right
 * around its negation (the word before, when it has one, and the word after); a negation in a
 * sentence with those words around it is the cue's, and only the series it names may bind a
 * number through it. Any other negation still denies.
 */
import type { Lang, Series } from './schema';
import type { VerdictWords } from './verdict-words';
import { toStems } from './vocabulary';
import { findAll, foldSameLength } from './word-lists';
import { blankNotDenials } from './not-denials';

/** A cue's negation: the word before it (null when the cue starts there) and the word after it, as stemOf reads them. */
export interface CueNegation {
  key: string;
  prev: string | null;
  next: string;
}

/** A word's stem, or the word itself when it is a function word ("do", "de", "or"). */
const stemOf = (word: string | undefined, lang: Lang): string | null => (word ? (toStems(word, lang)[0] ?? word) : null);

/** The words right before and right after a negation found in folded text (a hyphen or a quote between: "do-not travel"). */
function around(folded: string, at: number, end: number, lang: Lang): { prev: string | null; next: string | null } {
  return {
    prev: stemOf(/([\p{L}\p{N}]+)[\s\-–"“”'‘’]*$/u.exec(folded.slice(0, at))?.[1], lang),
    next: stemOf(/^[\s\-–"“”'‘’]*([\p{L}\p{N}]+)/u.exec(folded.slice(end))?.[1], lang),
  };
}

/** The negations inside a series' cues in one language. */
export function cueNegations(series: Series, lang: Lang, words: VerdictWords): CueNegation[] {
  const out: CueNegation[] = [];
  for (const cue of series.cues[lang]) {
    const folded = blankNotDenials(foldSameLength(cue));
    for (const n of findAll(folded, words.negation)) {
      const { prev, next } = around(folded, n.at, n.end, lang);
      if (next) out.push({ key: series.key, prev, next });
    }
  }
  return out;
}

/**
 * The folded sentence with each negation that is a cue's own word blanked (offsets kept), and
 * the keys of the series whose cues hold them.
 */
export function maskCueNegations(folded: string, lang: Lang, negation: readonly string[], known: readonly CueNegation[]): { text: string; keys: Set<string> } {
  const keys = new Set<string>();
  if (!known.length) return { text: folded, keys };
  let text = folded;
  for (const n of findAll(blankNotDenials(folded), negation)) {
    const { prev, next } = around(folded, n.at, n.end, lang);
    const own = known.filter((c) => c.next === next && (c.prev === null || c.prev === prev));
    if (!own.length) continue;
    for (const c of own) keys.add(c.key);
    text = text.slice(0, n.at) + ' '.repeat(n.end - n.at) + text.slice(n.end);
  }
  return { text, keys };
}
