/**
 * The content of a claim a dated event acted on ("The Supreme Court dismissed Mexico's claim that gunmakers armed the cartels",
 * "la Corte desechó el reclamo de México de que las armeras …"): what a word of the packs' `claimOpeners` opens right after a
 * noun of what someone argued (`claimNouns`), its owner allowed between, up to its clause's end, is what the event ruled on,
 * not a thing the writer says was done.
 */
import type { VerdictWords } from './verdict-words';
import { findAll, foldSameLength } from './word-lists';

/** Where a claim's content ends: a comma, a semicolon, a colon, a parenthesis or a dash. */
const CONTENT_END = /[,;:()–—]/;
/** Words at most between a claim's noun and the word that opens its content: its owner ("de México", "del gobierno mexicano"). */
const OWNER_WORDS = 3;

/** The sentence with each claim's content blanked from the word that opens it ("that", "de que"), offsets kept. */
export function withoutClaimContents(sentence: string, w: VerdictWords): string {
  const folded = foldSameLength(sentence);
  let out = sentence;
  for (const noun of findAll(folded, w.claimNouns)) {
    const opener = findAll(folded.slice(noun.end), w.claimOpeners)[0];
    if (!opener) continue;
    const between = folded.slice(noun.end, noun.end + opener.at);
    if (CONTENT_END.test(between) || between.trim().split(/\s+/).filter(Boolean).length > OWNER_WORDS) continue;
    const from = noun.end + opener.at;
    const close = folded.slice(from).search(CONTENT_END);
    const to = close < 0 ? sentence.length : from + close;
    out = out.slice(0, from) + ' '.repeat(to - from) + out.slice(to);
  }
  return out;
}
