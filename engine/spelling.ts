/**
 * Fuzzy spelling repair with fuse.js, one token at a time (bitap patterns stay short),
 * against the known vocabulary that shares the token's first two letters (typos rarely
 * touch those), so each search is over a few dozen words; results are cached per token.
 */
import Fuse from 'fuse.js/basic';
import { listIn } from './multimap';

/** Distinct tokens remembered; past this a page of random text cannot grow the cache further. */
const CACHE_LIMIT = 20_000;

export function createSpellingRepair(vocabulary: ReadonlySet<string>): (stem: string) => string {
  const buckets = new Map<string, string[]>();
  for (const v of vocabulary) {
    if (v.length < 5 || /\d/.test(v)) continue;
    listIn(buckets, v.slice(0, 2)).push(v);
  }
  const fuses = new Map<string, Fuse<string>>();
  const cache = new Map<string, string>();
  return (s: string): string => {
    if (s.length < 8 || vocabulary.has(s) || /\d/.test(s)) return s;
    const hit = cache.get(s);
    if (hit !== undefined) return hit;
    const key = s.slice(0, 2);
    let fuse = fuses.get(key);
    if (!fuse) {
      fuse = new Fuse(buckets.get(key) ?? [], { includeScore: true, threshold: 0.2, ignoreLocation: true, minMatchCharLength: 5 });
      fuses.set(key, fuse);
    }
    const best = fuse.search(s, { limit: 1 })[0];
    // A typo swaps or drops a letter inside a word; a shorter or longer word that merely
    // starts the same ("consulta" / "consulate") is another word, not a misspelling.
    const near = best && (best.score ?? 1) <= 0.15 && Math.abs(best.item.length - s.length) <= 1 && !best.item.startsWith(s) && !s.startsWith(best.item);
    const out = near ? best.item : s;
    if (cache.size < CACHE_LIMIT) cache.set(s, out);
    return out;
  };
}
