/**
 * The cue phrases of each figure series, as stems with the particle of direction before each,
 * and the index that finds them in a number's stretch of a sentence.
 */
import { LANGS } from './knowledge/lang';
import type { Fact, Figure, Lang, Series } from './schema';
import type { VerdictWords } from './verdict-words';
import { NEGATED, toMarkedStems, toStems } from './vocabulary';
import { STOPWORDS } from './stopwords';
import { listIn } from './multimap';
import { foldSameLength } from './word-lists';

export interface SeriesEntry {
  fact: Fact;
  series: Series;
  /** Oldest first. */
  figures: Figure[];
  /** Every stem of the series' cues, both languages, each as its class's (cueClassMaps). */
  cueStems: ReadonlySet<string>;
}

/** Stems a cue may skip between its words: "trade $1.4 billion a day" says "trade a day". */
const MAX_GAP = 4;
/**
 * Stems a cue reaches over for free: a year said inside its words ("guns recovered in Mexico from 2014 through 2018 and
 * traced") is the measure's time, and the number's own place ("será sede de 13 partidos") its value, no word of another.
 */
const FREE = /^(?:(?:19|20)\d\d|\u0000)$/;
/** The direction of a relation that reads the same from either side: "Mexico's trade with the U.S." is U.S. trade with Mexico. */
const MUTUAL = 'two-way';

/** A series' figures, oldest first. */
export function seriesFigures(fact: Fact, series: Series): Figure[] {
  const figures = (fact.figures ?? []).filter((f) => f.key === series.key);
  // Periods are ASCII ("2013", "2016/17", "2014-2018"): a plain comparison orders them.
  return figures.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
}

export function seriesEntries(facts: readonly Fact[], words: Record<Lang, VerdictWords>): SeriesEntry[] {
  const rankStems = stemSets(words, 'rank');
  const classes = cueClassMaps(words);
  const out: SeriesEntry[] = [];
  for (const fact of facts) {
    for (const series of fact.series ?? []) {
      const figures = seriesFigures(fact, series);
      const cueStems = new Set(LANGS.flatMap((lang) => cuePhrases(series, lang, words).flatMap((c) => inClasses(cueWords(c, lang, figures[0]?.unit === 'rank', rankStems), classes[lang]))));
      if (figures.length) out.push({ fact, series, figures, cueStems });
    }
  }
  return out;
}

/** One of the languages' word lists as stems, per language. */
export function stemSets(
  words: Record<Lang, VerdictWords>,
  list: 'rank' | 'direction' | 'parts' | 'partKinds' | 'sectors' | 'goodsWhole' | 'months' | 'setRate' | 'averageWords' | 'periodNouns' | 'toward' | 'awayFrom' | 'partnerOf',
): Record<Lang, Set<string>> {
  return Object.fromEntries(LANGS.map((lang) => [lang, new Set(words[lang][list].flatMap((w) => toStems(w, lang)))])) as Record<Lang, Set<string>>;
}

/** A cue's stems; for a ranking, without the words of the position ("largest"), which the number itself covers. */
function cueWords(cue: string, lang: Lang, rank: boolean, rankStems: Record<Lang, Set<string>>): string[] {
  const stems = toStems(cue, lang);
  return rank ? stems.filter((s) => !rankStems[lang].has(s)) : stems;
}

/**
 * Each language's particles of direction, word → which way; and its negation words that are no stem of their own ("no",
 * "not", "sin"), as NEGATED: a cue's negation must be said ("have no confidence in Trump" is not "have confidence in Trump").
 */
export function particleMaps(words: Record<Lang, VerdictWords>): Record<Lang, Record<string, string>> {
  const map = (w: VerdictWords): Record<string, string> =>
    Object.fromEntries([
      ...w.negation.filter((n) => STOPWORDS.has(n)).map((n) => [n, NEGATED]),
      ...w.toward.map((t) => [t, 'to']),
      ...w.awayFrom.map((t) => [t, 'from']),
      ...w.partnerOf.map((t) => [t, 'with']),
    ]);
  return Object.fromEntries(LANGS.map((lang) => [lang, map(words[lang])])) as Record<Lang, Record<string, string>>;
}

/**
 * Each language's word classes (its verdict words' `cueClasses`) as stem → the stem of the
 * class's first word. A measure is stated in the reader's own words ("a negative perception of",
 * "radican en"): read through its classes, a cue names every phrasing of it, not only those listed.
 */
export function cueClassMaps(words: Record<Lang, VerdictWords>): Record<Lang, ReadonlyMap<string, string>> {
  const out = {} as Record<Lang, ReadonlyMap<string, string>>;
  for (const lang of LANGS) {
    const map = new Map<string, string>();
    for (const members of words[lang].cueClasses) {
      const read = members.map((m) => toStems(m, lang)).filter((stems) => stems.length > 0);
      const head = read[0]?.[0];
      // A member of several words ("northern neighbor") is the class's word only said whole: its
      // words alone ("neighbor") are not, so it is keyed by its stems joined by spaces.
      if (head) for (const stems of read) map.set(stems.join(' '), head);
    }
    out[lang] = map;
  }
  return out;
}

/** Each class map's members of several words, as their stems. */
const PHRASES = new WeakMap<ReadonlyMap<string, string>, string[][]>();

/**
 * Stems as the cue index reads them: each as its class's stem; each stem of a member of several
 * words said whole as the class's stem too, so a phrase keeps its length ("their northern
 * neighbor" reads as "their usa usa", which a cue's "usa" meets, its gap allowing).
 */
export function inClasses(stems: readonly string[], classes: ReadonlyMap<string, string>): string[] {
  const out = stems.map((s) => classes.get(s) ?? s);
  let phrases = PHRASES.get(classes);
  if (!phrases) PHRASES.set(classes, (phrases = [...classes.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' '))));
  for (const phrase of phrases) {
    const head = classes.get(phrase.join(' '))!;
    for (let i = 0; i + phrase.length <= stems.length; i++) {
      if (phrase.every((p, j) => stems[i + j] === p)) out.fill(head, i, i + phrase.length);
    }
  }
  return out;
}

/** cueWords with the particle of direction before each stem kept beside it. */
export function markedCueWords(cue: string, lang: Lang, rank: boolean, rankStems: Record<Lang, Set<string>>, particles: Record<string, string>, classes: ReadonlyMap<string, string>): MarkedCue {
  const { stems, marks } = toMarkedStems(cue, lang, particles);
  const keep = stems.map((s) => !rank || !rankStems[lang].has(s));
  return {
    stems: inClasses(
      stems.filter((_, i) => keep[i]),
      classes,
    ),
    marks: marks.filter((_, i) => keep[i]),
  };
}

/** A cue as the cue index reads it: its stems (each its class's), and the particle of direction before each. */
export interface MarkedCue {
  stems: string[];
  marks: (string | null)[];
}

/**
 * A series' cue phrases in one language, and each said with the country its people come from in place of their people's
 * word ("Mexican students" as "students from Mexico", "estudiantes mexicanos" as "estudiantes de México"): a writer
 * says either, and the cue lists only one.
 */
export function cuePhrases(series: Series, lang: Lang, words?: Record<Lang, VerdictWords>): string[] {
  return words ? series.cues[lang].flatMap((cue) => [cue, ...originPhrasings(cue, words[lang])]) : series.cues[lang];
}

/** A cue with a people's word beside a noun of people said, each such pair in turn, as the noun, `originOf` and the country. */
function originPhrasings(cue: string, words: VerdictWords): string[] {
  const tokens = cue.split(/\s+/);
  const plain = tokens.map((t) => foldSameLength(t));
  const country = (token: string) => words.demonyms.find(([, ...people]) => people.some((p) => foldSameLength(p) === token))?.[0];
  const nouns = new Set(words.originNouns.map(foldSameLength));
  const out: string[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [people, noun] = words.demonymFirst ? [i, i + 1] : [i + 1, i];
    const from = country(plain[people]!);
    if (from === undefined || !nouns.has(plain[noun]!)) continue;
    out.push([...tokens.slice(0, i), tokens[noun]!, words.originOf, from, ...tokens.slice(i + 2)].join(' '));
  }
  return out;
}

/** A series' cues in both languages ("nearshoring" or "T-MEC" turn up in either), each as markedCueWords reads it. */
export function seriesCues(
  series: Series,
  rank: boolean,
  rankStems: Record<Lang, Set<string>>,
  particles: Record<Lang, Record<string, string>>,
  classes: Record<Lang, ReadonlyMap<string, string>>,
  verbsFirst: Record<Lang, readonly string[][]> = EMPTY_VERBS,
  words?: Record<Lang, VerdictWords>,
): MarkedCue[] {
  const cues = LANGS.flatMap((lang) =>
    cuePhrases(series, lang, words).flatMap((cue) => {
      const read = markedCueWords(cue, lang, rank, rankStems, particles[lang], classes[lang]);
      return [read, ...verbFirst(read, verbsFirst[lang])];
    }),
  );
  // Phrasings that differ only by words of one class ("negative view", "unfavorable view") are one cue.
  const seen = new Set<string>();
  return cues.filter((cue) => {
    const key = `${cue.stems.join(' ')}|${cue.marks.join(' ')}`;
    return !seen.has(key) && !!seen.add(key);
  });
}

const EMPTY_VERBS = Object.fromEntries(LANGS.map((lang) => [lang, []])) as unknown as Record<Lang, readonly string[][]>;

/** Each language's event verbs its subject may follow (the packs' `subjectAfterVerb`: "entró en vigor el T-MEC"), as cue stems. */
export function verbFirstStems(words: Record<Lang, VerdictWords>, classes: Record<Lang, ReadonlyMap<string, string>>): Record<Lang, string[][]> {
  return Object.fromEntries(LANGS.map((lang) => [lang, words[lang].subjectAfterVerb.map((verb) => inClasses(toStems(verb, lang), classes[lang]))])) as Record<Lang, string[][]>;
}

/** A cue that names a subject and then its event's verb ("T-MEC entró en vigor"), said verb first ("entró en vigor el T-MEC"). */
function verbFirst(cue: MarkedCue, verbs: readonly string[][]): MarkedCue[] {
  const verb = verbs.find((v) => v.length > 0 && v.length < cue.stems.length && v.every((st, i) => cue.stems[cue.stems.length - v.length + i] === st));
  if (!verb) return [];
  const cut = cue.stems.length - verb.length;
  return [{ stems: [...cue.stems.slice(cut), ...cue.stems.slice(0, cut)], marks: [...cue.marks.slice(cut), ...cue.marks.slice(0, cut)] }];
}

/** A cue found in a stretch: its series, its first and last stem, its length, and where its word after "with" / "con" was met. */
export interface CueHit {
  entry: SeriesEntry;
  at: number;
  end: number;
  length: number;
  partner?: number;
  /** The places of the words between the cue's own that it reached over (`CueIndex.find`). */
  over?: readonly number[];
  /** Found in another order than the cue's own (`CueIndex.find`): a reading any cue found in its order goes before. */
  reordered?: true;
}

/**
 * Cue phrases found in order with a few words between them: the number and its scale often
 * sit inside a cue ("comercian 1,700 millones al día"), while the order keeps the direction
 * ("exports to Mexico" is not "Mexico's exports").
 */
export class CueIndex {
  private byFirst = new Map<string, { stems: string[]; marks: (string | null)[]; entry: SeriesEntry }[]>();

  /** Cues of two words or more with no particle, by each of their stems: found in any order (`find`). */
  private unmarked = new Map<string, { stems: string[]; entry: SeriesEntry }[]>();
  /** Stems that keep their place among a cue's other words however it is said: the countries, whose order tells the way ("ciudadanos de EU en México"). */
  private placed: ReadonlySet<string> = new Set();

  /** Stems of units of measure ("dollars", "metros cúbicos"): said right after the number, they are its own, no word of another. */
  private units: ReadonlySet<string> = new Set();

  /** Stems of the parts or stages of a dated event's thing (the packs' `eventAspects`: "talks", "review", "revisión"). */
  private aspects: ReadonlySet<string> = new Set();

  /** Sets the stems a cue found in another order keeps in their place, the stems of units of measure and those of an event's parts. */
  keepInPlace(stems: ReadonlySet<string>, units: ReadonlySet<string>, aspects: ReadonlySet<string> = new Set()): void {
    this.placed = stems;
    this.units = units;
    this.aspects = aspects;
  }

  /**
   * Whether a dated event's cue found from `from` over `skipped` is said of a part of its thing: a part's word reached over
   * ("the USMCA exemption expires", "NAFTA negotiations ended") or right before its first word ("la revisión del T-MEC vence"),
   * which the verb is said of. The cue's own words ("first joint review") are met, not reached over.
   */
  private ofAspect(entry: SeriesEntry, stems: readonly string[], from: number, skipped: readonly number[]): boolean {
    if (entry.figures[0]?.unit !== 'year') return false;
    return (from > 0 && this.aspects.has(stems[from - 1]!)) || skipped.some((k) => this.aspects.has(stems[k]!));
  }

  /** Which stems a cue reaches over for free: years, the number's place, and the units said right after it. */
  private freeStems(stems: readonly string[]): boolean[] {
    const out: boolean[] = [];
    stems.forEach((st, k) => {
      out.push(FREE.test(st) || (this.units.has(st) && k > 0 && (stems[k - 1] === '\u0000' || (out[k - 1]! && this.units.has(stems[k - 1]!)))));
    });
    return out;
  }

  add(cue: MarkedCue, entry: SeriesEntry): void {
    if (!cue.stems.length) return;
    listIn(this.byFirst, cue.stems[0]!).push({ ...cue, entry });
    // A dated event's cue that says a class's phrase of several words ("falló a favor de los fabricantes de armas", read as the
    // class's stem twice) is met by its one-word member too ("a favor de las armeras"): also read with the phrase said once.
    const once = cue.stems.flatMap((st, k) => (k > 0 && st === cue.stems[k - 1] ? [] : [k]));
    if (entry.figures[0]?.unit === 'year' && once.length < cue.stems.length)
      listIn(this.byFirst, cue.stems[0]!).push({ stems: once.map((k) => cue.stems[k]!), marks: once.map((k) => cue.marks[k]!), entry });
    // A share's words name its part and its whole, which their order tells apart ("Mexicans' share of the undocumented" is no share of Mexicans who are undocumented).
    const share = entry.figures[0]?.unit === 'percent';
    if (!share && cue.stems.length > 1 && cue.marks.every((m) => m === null) && new Set(cue.stems).size === cue.stems.length)
      for (const st of new Set(cue.stems)) listIn(this.unmarked, st).push({ stems: cue.stems, entry });
  }

  /**
   * A cue with no particle said in another order, its words side by side (a year or the number may stand among them), none
   * said with a particle, and the countries among them in their place ("World Cup teams" for "teams of the World Cup"): a
   * writer orders a noun's words as the sentence needs. Read only where no cue is found in its order (engine/measures.ts).
   */
  private findUnordered(stems: readonly string[], marks: readonly (string | null)[], out: CueHit[]): void {
    const seen = new Set(out.map((h) => `${h.at}|${h.entry.series.key}`));
    for (let i = 0; i < stems.length; i++) {
      for (const cue of this.unmarked.get(stems[i]!) ?? []) {
        if (marks[i]) continue;
        const window = stems.slice(i, i + cue.stems.length);
        const free = window.filter((st) => FREE.test(st)).length;
        const span = stems.slice(i, i + cue.stems.length + free);
        const at = cue.stems.map((st) => span.indexOf(st));
        if (at.some((k) => k < 0) || Math.min(...at) !== 0 || at.some((k) => !!marks[i + k])) continue;
        if (cue.stems.some((st, j) => this.placed.has(st) && at.some((k, m) => m !== j && m < j !== k < at[j]!))) continue;
        const end = i + Math.max(...at);
        if (seen.has(`${i}|${cue.entry.series.key}`) || this.ofAspect(cue.entry, stems, i, [])) continue;
        seen.add(`${i}|${cue.entry.series.key}`);
        out.push({ entry: cue.entry, at: i, end, length: cue.stems.length, reordered: true });
      }
    }
  }

  /**
   * A particle of the other way before a cue's word ("a México" for "desde México") is another
   * flow. A cue's "from" must be said: "goods from Mexico" is not "goods trade between the U.S.
   * and Mexico"; so must its negation ("no confidence in Trump"). Its "to" need not, as "to" and "a" have other jobs (an infinitive, a personal "a").
   */
  find(stems: readonly string[], marks: readonly (string | null)[]): CueHit[] {
    const out: CueHit[] = [];
    // A name after "with" / "con" is the relation's other side: in a cue it must be one too ("déficit con
    // México"), not the owner ("superávit comercial de México" is not "superávit … con México"), unless the
    // relation reads the same from either side (two-way trade: `mutual`).
    const clash = (cueMark: string | null | undefined, k: number, mutual: boolean): boolean =>
      (!!cueMark && cueMark !== marks[k] && (cueMark === 'from' || cueMark === NEGATED || !!marks[k])) || (!mutual && marks[k] === 'with' && cueMark !== 'with');
    const free = this.freeStems(stems);
    for (let i = 0; i < stems.length; i++) {
      for (const cue of this.byFirst.get(stems[i]!) ?? []) {
        const mutual = cue.entry.series.direction === MUTUAL;
        if (clash(cue.marks[0], i, mutual)) continue;
        let at = i;
        let skipped = 0;
        let ok = true;
        let partner = cue.marks[0] === 'with' ? i : undefined;
        const reached: number[] = [];
        for (let j = 1; j < cue.stems.length && ok; j++) {
          let k = at + 1;
          let gap = 0;
          const meets = (k: number) => stems[k] === cue.stems[j] && !clash(cue.marks[j], k, mutual);
          for (; k < stems.length && !meets(k); k++) if (!free[k] && skipped + ++gap > MAX_GAP) break;
          // The first name after "with" / "con" is the other side: "comercio con México …, más que con Canadá"
          // is trade with Mexico, so a cue's "con Canadá" does not reach over "con México".
          if (k >= stems.length || !meets(k) || (cue.marks[j] === 'with' && marks.slice(at + 1, k).includes('with'))) ok = false;
          else {
            skipped += gap;
            for (let m = at + 1; m < k; m++) reached.push(m);
            at = k;
            if (cue.marks[j] === 'with' && partner === undefined) partner = k;
          }
        }
        if (ok && !this.ofAspect(cue.entry, stems, i, reached)) out.push({ entry: cue.entry, at: i, end: at, length: cue.stems.length, partner, over: reached });
      }
    }
    this.findUnordered(stems, marks, out);
    return out;
  }
}
