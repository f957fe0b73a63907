/**
 * The verdict step's part of a compiled fact (engine/compiled-index.ts): each typical claim's
 * stems and signatures (negation, other countries, the countries' order, numbers) and each
 * figure series' cue phrases, read once where time is cheap. The tab's verdict step
 * (engine/verdict.ts) rebuilds its lookups from them with no stemming or number reading, in
 * the same order, so it decides exactly as one built from the facts themselves.
 */
import type { AnchorReaders } from './anchor-readers';
import { cueClassMaps, particleMaps, seriesCues, seriesFigures, stemSets, verbFirstStems, type MarkedCue } from './measure-cues';
import { countsInWords, type Quantity } from './numbers';
import type { Fact, Lang } from './schema';
import type { VerdictWords } from './verdict-words';
import { toStems } from './vocabulary';
import { endsWithAny, findAll, foldSameLength } from './word-lists';

/**
 * One of a fact's typical claims (in the fact's order), as the verdict step compares it: its
 * distinct stems less the countries' names (joined by spaces), whether it is negated, the other
 * countries it names and the order it names the two countries in (see AnchorReaders), and its
 * numbers' signature (numberSignature) and the counts it says in words (countsInWords). A tuple: a fact
 * base holds some 1,500 claims.
 */
export type CompiledClaim = [stems: string, negated: boolean, others: string, order: string, numbers: string, counts: number[]];

/** A cue phrase: its stems joined by spaces and, where any stem has one, the particle of direction before each ('' for none), joined by spaces. */
export type CompiledCue = [stems: string, marks?: string];

export interface VerdictCompileDeps extends Pick<AnchorReaders, 'othersOf' | 'orderOf'> {
  anchorStems: ReadonlySet<string>;
  quantitiesOf: (text: string, lang: Lang) => Quantity[];
  words: Record<Lang, VerdictWords>;
}

const NO_DOT_NUMBER = /\bno\.\s?\d/g;

export function numberSignature(quantities: readonly Quantity[]): string {
  return quantities
    .map((q) => `${q.unit ?? ''}:${Number(q.value.toPrecision(3))}:${q.qualifier}`)
    .sort()
    .join('|');
}

export function isNegated(text: string, words: VerdictWords): boolean {
  return negationCount(text, words) > 0;
}

/** How many negations a text says: a denial said around a claim that denies something itself is one more than the claim's. */
export function negationCount(text: string, words: VerdictWords): number {
  const folded = foldSameLength(text).replace(NO_DOT_NUMBER, ' ');
  return findAll(folded, words.negation).length + findAll(folded, words.retraction).length + (endsWithAny(folded, words.closingRetraction) ? 1 : 0);
}

/** Reads a fact's typical claims and series cues for the verdict step. */
export function verdictCompiler(deps: VerdictCompileDeps): (fact: Fact) => { claims: CompiledClaim[]; cues: CompiledCue[][] } {
  const rankStems = stemSets(deps.words, 'rank');
  const particles = particleMaps(deps.words);
  const classes = cueClassMaps(deps.words);
  const verbs = verbFirstStems(deps.words, classes);
  return (fact) => ({
    claims: fact.claims.map((c) => {
      const stems = toStems(c.text, c.lang);
      const own = [...new Set(stems.filter((s) => !deps.anchorStems.has(s)))].join(' ');
      const quantities = deps.quantitiesOf(c.text, c.lang);
      const counts = countsInWords(c.text, c.lang, quantities).map(([n]) => n);
      return [own, isNegated(c.text, deps.words[c.lang]), deps.othersOf(stems), deps.orderOf(stems), numberSignature(quantities), counts];
    }),
    // One list per series, in the fact's order; a series without figures is never bound, so its list is empty.
    cues: (fact.series ?? []).map((series) => {
      const figures = seriesFigures(fact, series);
      if (!figures.length) return [];
      return seriesCues(series, figures[0]!.unit === 'rank', rankStems, particles, classes, verbs, deps.words)
        .filter((cue) => cue.stems.length > 0)
        .map((cue): CompiledCue => (cue.marks.some((m) => m) ? [cue.stems.join(' '), cue.marks.map((m) => m ?? '').join(' ')] : [cue.stems.join(' ')]));
    }),
  });
}

/** A compiled cue as the cue index reads it. */
export function markedCue([joined, marks]: CompiledCue): MarkedCue {
  const stems = joined.split(' ');
  return { stems, marks: marks === undefined ? stems.map(() => null) : marks.split(' ').map((m) => m || null) };
}
