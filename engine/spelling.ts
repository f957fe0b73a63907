/**
 * Fuzzy spelling repair with fuse.js, one token at a time (bitap patterns stay short),
 * against the known vocabulary that shares the token's first two letters (typos rarely
 * touch those), so each search is over a few dozen words; results are cached per token.
 */
import Fuse from 'fuse.js/basic';
import { listIn } from './multimap';

/** Distinct tokens remembered; past this a page of random text cannot grow the cache further. */
const CACHE_LIMIT = 20_000;

/** fuse.js's nearest words weighed as the token's intended spelling, best first (typoOf decides). */
const CANDIDATES = 3;

/**
 * The shortest stem repaired: one of seven letters ("migrnat", of "migrnats") has room for a
 * swap inside it; shorter ones are mostly other words a typo's shape away ("plante", "planet").
 */
const SHORTEST = 7;

/** Letters a word keeps the same after a typo, at its end: the ending says which form of the word it is. */
const SAME_ENDING = 2;

/**
 * Whether `typed` is `word` with a typo: two neighbouring letters swapped ("migrnats"), or,
 * its last letters kept, a letter dropped ("goverment", "trasnacional") or doubled ("remmittance"). Any other one-letter change is as often another word: a letter put for
 * another ("resolution" / "revolution", "comunicado" / "comunidad"), a letter added
 * ("consultado" / "consulado"), an ending ("terminar" / "terminado", "producir" / "producer").
 */
export function typoOf(typed: string, word: string): boolean {
  if (typed === word) return false;
  let head = 0;
  while (head < typed.length && typed[head] === word[head]) head++;
  let tail = 0;
  while (tail < typed.length - head && tail < word.length - head && typed[typed.length - 1 - tail] === word[word.length - 1 - tail]) tail++;
  const [typedLeft, wordLeft] = [typed.length - head - tail, word.length - head - tail];
  // Swapped: two neighbouring letters in the other order, anywhere ("migrnat").
  if (typedLeft === 2 && wordLeft === 2) return typed[head] === word[head + 1] && typed[head + 1] === word[head];
  if (tail < SAME_ENDING) return false;
  // Dropped: the word has one letter more where the two part.
  if (typedLeft === 0 && wordLeft === 1) return true;
  // Doubled: the typed word has one letter more, the same as the one before it.
  return typedLeft === 1 && wordLeft === 0 && head > 0 && typed[head] === typed[head - 1];
}

export function createSpellingRepair(vocabulary: ReadonlySet<string>): (stem: string) => string {
  const buckets = new Map<string, string[]>();
  for (const v of vocabulary) {
    if (v.length < 5 || /\d/.test(v)) continue;
    listIn(buckets, v.slice(0, 2)).push(v);
  }
  const fuses = new Map<string, Fuse<string>>();
  const cache = new Map<string, string>();
  return (s: string): string => {
    if (s.length < SHORTEST || vocabulary.has(s) || /\d/.test(s)) return s;
    const hit = cache.get(s);
    if (hit !== undefined) return hit;
    const key = s.slice(0, 2);
    let fuse = fuses.get(key);
    if (!fuse) {
      fuse = new Fuse(buckets.get(key) ?? [], { threshold: 0.3, ignoreLocation: true, minMatchCharLength: 5 });
      fuses.set(key, fuse);
    }
    const near = fuse.search(s, { limit: CANDIDATES }).find((r) => typoOf(s, r.item));
    const out = near ? near.item : s;
    if (cache.size < CACHE_LIMIT) cache.set(s, out);
    return out;
  };
}
