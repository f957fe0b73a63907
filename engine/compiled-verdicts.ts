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
import { factDates } from './fact-dates';
import { LANGS } from './knowledge/lang';
import type { Fact, Lang } from './schema';
import type { VerdictWords } from './verdict-words';
import { toStems, verbFormStems } from './vocabulary';
import { endsWithAny, findAll, foldSameLength } from './word-lists';
import { blankNotDenials } from './not-denials';

/**
 * One of a fact's typical claims (in the fact's order), as the verdict step compares it: its
 * distinct stems less the countries' names (joined by spaces), whether it is negated, the other
 * countries it names and the order it names the two countries in (see AnchorReaders), also read without a country
 * said as a body's owner (withoutOwners), and its
 * numbers' signature (numberSignature) and the counts it says in words (countsInWords). A tuple: a fact
 * base holds some 1,500 claims.
 */
export type CompiledClaim = [stems: string, negated: boolean, others: string, order: string, ownerless: string, numbers: string, counts: number[], undated?: UndatedClaim];

/**
 * A true claim of a dated event said without its date ("The USMCA replaced NAFTA on July 1, 2020" as "The USMCA replaced
 * NAFTA"): its stems and numbers' signature with the date left out, and the names of the relation it says in its order ("usmca
 * nafta": names the countries' own are left out of `stems`, though they tell who replaced whom). The event happened, whenever a
 * sentence leaves unsaid.
 */
export type UndatedClaim = [stems: string, numbers: string, names: string];

/** A cue phrase: its stems joined by spaces and, where any stem has one, the particle of direction before each ('' for none), joined by spaces. */
export type CompiledCue = [stems: string, marks?: string];

export interface VerdictCompileDeps extends Pick<AnchorReaders, 'othersOf' | 'orderOf'> {
  anchorStems: ReadonlySet<string>;
  quantitiesOf: (text: string, lang: Lang) => Quantity[];
  words: Record<Lang, VerdictWords>;
}

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
  const folded = blankNotDenials(foldSameLength(text));
  const denials = findAll(folded, words.negation);
  // A word of both lists ("falsely", "es falsa": a denial said before the claim or after it) is one denial, not two.
  const before = new Set(denials.map((hit) => `${hit.at}:${hit.end}`));
  const after = findAll(folded, words.retraction).filter((hit) => !before.has(`${hit.at}:${hit.end}`));
  return denials.length + after.length + (endsWithAny(folded, words.closingRetraction) ? 1 : 0);
}

/** Reads a fact's typical claims and series cues for the verdict step. */
export function verdictCompiler(deps: VerdictCompileDeps): (fact: Fact) => { claims: CompiledClaim[]; cues: CompiledCue[][] } {
  const rankStems = stemSets(deps.words, 'rank');
  const particles = particleMaps(deps.words);
  const classes = cueClassMaps(deps.words);
  const verbs = verbFirstStems(deps.words, classes);
  const bodies = bodyStemsOf(deps.words);
  return (fact) => ({
    claims: fact.claims.map((c) => {
      const stems = toStems(c.text, c.lang);
      // Its words in any tense: "Mexico never paid for the wall" is the claim "Mexico never pays for the wall" makes.
      const verbs = verbFormStems(c.text, c.lang);
      const oneForm = (s: string) => verbs.get(s) ?? s;
      const own = [...new Set(stems.filter((s) => !deps.anchorStems.has(s)).map(oneForm))].join(' ');
      const quantities = deps.quantitiesOf(c.text, c.lang);
      const counts = countsInWords(c.text, c.lang, quantities).map(([n]) => n);
      const compiled: CompiledClaim = [
        own,
        isNegated(c.text, deps.words[c.lang]),
        deps.othersOf(stems),
        deps.orderOf(stems),
        deps.orderOf(withoutOwners(stems, bodies[c.lang], deps.orderOf)),
        numberSignature(quantities),
        counts,
      ];
      const undated = c.rating === 'accurate' ? withoutDate(c.text, factDates(fact).events, deps.words[c.lang]) : null;
      if (undated !== null) {
        const all = toStems(undated, c.lang);
        const left = all.filter((s) => !deps.anchorStems.has(s)).map(oneForm);
        const names = all.filter((s) => deps.anchorStems.has(s) && !deps.orderOf([s]) && !deps.othersOf([s]));
        compiled.push([[...new Set(left)].join(' '), numberSignature(deps.quantitiesOf(undated, c.lang)), names.join(' ')]);
      }
      return compiled;
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

const YEAR = /\b(?:19|20)\d\d\b/;

/**
 * A claim's text with its date left out ("on July 1, 2020", "el 1 de julio de 2020", "in 2017", "desde 2026"), where every year
 * it says is one of its fact's events' (so the date is the event's, not a time its state is told of); null for any other claim.
 */
function withoutDate(text: string, events: ReadonlySet<string>, words: VerdictWords): string | null {
  const years = text.match(new RegExp(YEAR, 'g')) ?? [];
  if (!years.length || years.some((y) => !events.has(y))) return null;
  const alt = (list: readonly string[]) => list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const at = `(?:\\b(?:${alt([...words.atYear, ...words.cumulative])})\\s+)?`;
  // [at] [day [at]] [month[.] [day[,]] [at]] year: "on January 1, 1994", "el 31 de diciembre de 2026", "in July 2020", "desde 2026".
  const date = new RegExp(`${at}(?:\\b\\d{1,2}\\s+${at})?(?:\\b(?:${alt(words.months)})\\b\\.?\\s+(?:\\d{1,2},?\\s+)?${at})?${YEAR.source}`, 'g');
  const folded = foldSameLength(text);
  let out = '';
  let from = 0;
  for (const m of folded.matchAll(date)) {
    out += text.slice(from, m.index);
    from = m.index + m[0].length;
  }
  out = (out + text.slice(from))
    .replace(/\s+([,.;:])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim();
  return YEAR.test(out) ? null : out;
}

/** A compiled cue as the cue index reads it. */
export function markedCue([joined, marks]: CompiledCue): MarkedCue {
  const stems = joined.split(' ');
  return { stems, marks: marks === undefined ? stems.map(() => null) : marks.split(' ').map((m) => m || null) };
}

/** Stems of a country's name, at most this many, said right before or right after a body that acts ("U.S. Supreme Court", "Suprema Corte de Estados Unidos"). */
const OWNER_STEMS = 3;

/** Each body of the packs' `bodies` said with its owner's name right before or right after its words: the body's stems, the owner's ("mx", "us") and where its name stands. */
function* ownersIn(stems: readonly string[], bodies: readonly string[][], orderOf: (stems: readonly string[]) => string) {
  // A name that stands right beside the body: without its stem next to the body, the stems name no country.
  const country = (from: number, to: number, besideAt: number) =>
    from >= 0 && to <= stems.length && ['mx', 'us'].includes(orderOf(stems.slice(from, to))) && !orderOf(stems.slice(from, to).filter((_, k) => from + k !== besideAt));
  for (const body of bodies) {
    for (let i = 0; i + body.length <= stems.length; i++) {
      if (!body.length || body.some((st, k) => stems[i + k] !== st)) continue;
      const end = i + body.length;
      for (let n = 1; n <= OWNER_STEMS; n++) {
        const [from, to] = country(i - n, i, i - 1) ? [i - n, i] : country(end, end + n, end) ? [end, end + n] : [-1, -1];
        if (from < 0) continue;
        yield { body, owner: orderOf(stems.slice(from, to)), from, to };
        break;
      }
    }
  }
}

/** The stems less each country's name said as the owner of a body (the packs' `bodies`): right before the body's words or right after them. */
export function withoutOwners(stems: readonly string[], bodies: readonly string[][], orderOf: (stems: readonly string[]) => string): string[] {
  const dropped = new Set<number>();
  for (const { from, to } of ownersIn(stems, bodies, orderOf)) for (let k = from; k < to; k++) dropped.add(k);
  return stems.filter((_, k) => !dropped.has(k));
}

/** Each body said with its owner ("the U.S. Supreme Court": supreme court, "us"), as the body's stems and the owner. */
export function bodyOwners(stems: readonly string[], bodies: readonly string[][], orderOf: (stems: readonly string[]) => string): [body: readonly string[], owner: string][] {
  return [...ownersIn(stems, bodies, orderOf)].map(({ body, owner }) => [body, owner]);
}

/** Two bodies of the same kind: they share a word ("court" and "supreme court"). */
export const sameBody = (body: readonly string[], other: readonly string[]) => body.some((st) => other.includes(st));

/** Whether two sayings own one body at odds: the same kind of body with another owner. */
export function ownersAtOdds(said: readonly [readonly string[], string][], known: readonly [readonly string[], string][]): boolean {
  return said.some(([body, owner]) => known.some(([other, its]) => its !== owner && sameBody(body, other)));
}

/** The packs' `bodies`, as stems, per language. */
export function bodyStemsOf(words: Record<Lang, VerdictWords>): Record<Lang, string[][]> {
  return Object.fromEntries(LANGS.map((lang) => [lang, words[lang].bodies.map((body) => toStems(body, lang))])) as Record<Lang, string[][]>;
}
