/**
 * What a typical claim and a sentence say beyond their words, read alike on both so the verdict step can ask
 * whether a sentence makes the claim or turns it: the states and other parts it names, which of two opposite words
 * it says, and the two sides of a comparison it makes. Pure text reading over the packs' word lists.
 */
import type { Lang } from './schema';
import type { VerdictWords } from './verdict-words';
import { toStems } from './vocabulary';
import { findAll, foldSameLength, hasAny, listPattern } from './word-lists';

/** The packs' `parts` a text says (a state: "Texas", "Guanajuato"; the matching leaves a state out, as it does the countries' names). */
/** The packs' `parts` a text names, leaving out those said as part of a name that is no part ("el Cártel de Sinaloa", `notParts`). */
export const partsIn = (text: string, words: VerdictWords): Set<string> => {
  const folded = foldSameLength(text);
  return new Set(findAll(words.notParts.length ? folded.replace(listPattern(words.notParts), (m) => ' '.repeat(m.length)) : folded, words.parts).map((h) => h.word));
};

/** Each pair of the packs' `opposites` as two one-word lists, made once per pack: a list's pattern is cached by the list itself. */
const OPPOSITE_LISTS = new WeakMap<VerdictWords, [string[], string[]][]>();
function oppositeLists(words: VerdictWords): [string[], string[]][] {
  let lists = OPPOSITE_LISTS.get(words);
  if (!lists) OPPOSITE_LISTS.set(words, (lists = words.opposites.map(([one, other]) => [[one!], [other!]])));
  return lists;
}

/** Which word of each pair of the packs' `opposites` a text says alone: 1 the first, -1 the second (pairs it says neither or both of are left out). */
export function oppositesIn(text: string, words: VerdictWords): Map<number, number> {
  const folded = foldSameLength(text);
  const said = new Map<number, number>();
  for (const [i, [one, other]] of oppositeLists(words).entries()) {
    const a = hasAny(folded, one);
    if (a !== hasAny(folded, other)) said.set(i, a ? 1 : -1);
  }
  return said;
}
/** Whether a sentence says the opposite word of one a claim says ("oppose" for "support", "menos" for "más"). */
export const saysOpposite = (claim: Map<number, number>, said: Map<number, number>): boolean => [...claim].some(([i, side]) => said.get(i) === -side);

/** The two sides of a comparison a text makes, as the stems before and after its pivot, and which way it goes (1 more, -1 less, 0 a name set aside). */
export interface Sides {
  sign: number;
  before: Set<string>;
  after: Set<string>;
}

/**
 * The comparison a text makes: its pivot is a "than" after a word of degree ("more … than", "más … que"; not the
 * hedge before a number, "more than 50"), a name set aside after a comma (the packs' `setAside`: "China, not
 * Mexico, …", "China, y no México, …"), a word of substitution ("instead of") or a multiple ("three times", "el
 * triple de"). Null when it makes none.
 */
export function sidesOf(text: string, lang: Lang, words: VerdictWords): Sides | null {
  const folded = foldSameLength(text);
  const degree = [...findAll(folded, words.more).map((h) => ({ end: h.end, sign: 1 })), ...findAll(folded, words.less).map((h) => ({ end: h.end, sign: -1 }))].sort((a, b) => a.end - b.end);
  const than = findAll(folded, words.than).find((t) => degree.some((d) => d.end <= t.at) && !/^\s*[$€]?\d/.test(folded.slice(t.end)));
  const aside = [...findAll(folded, words.setAside).filter((h) => /,\s*$/.test(folded.slice(0, h.at))), ...findAll(folded, words.substitution)];
  // A multiple is a comparison too: "auto exports are worth three times remittances" is more of what stands before it.
  const times = findAll(folded, [...words.double, ...words.triple, ...words.multiple, ...words.timesOf]);
  const pivot = [...(than ? [than] : []), ...aside, ...times].sort((a, b) => a.at - b.at)[0];
  if (!pivot) return null;
  const sign = pivot === than ? degree.filter((d) => d.end <= pivot.at).at(-1)!.sign : times.includes(pivot) ? 1 : 0;
  return { sign, before: new Set(toStems(text.slice(0, pivot.at), lang)), after: new Set(toStems(text.slice(pivot.end), lang)) };
}

/**
 * Whether a sentence turns a claim's comparison round: it goes the other way ("fewer … than" for "more … than"),
 * or a word the claim says on one side only stands only on the other side in the sentence ("more … legally than
 * illegally" for "more … illegally than legally"; "Mexico, not China" for "China, not Mexico").
 */
export function comparisonTurned(claim: Sides, said: Sides | null): boolean {
  if (!said) return false;
  if (claim.sign !== 0 && said.sign !== 0 && claim.sign !== said.sign) return true;
  const moved = (own: Set<string>, other: Set<string>, saidOwn: Set<string>, saidOther: Set<string>) => [...own].some((s) => !other.has(s) && !saidOwn.has(s) && saidOther.has(s));
  return moved(claim.before, claim.after, said.before, said.after) || moved(claim.after, claim.before, said.after, said.before);
}
