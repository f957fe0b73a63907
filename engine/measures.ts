/**
 * Binds the numbers a sentence states to the figure series they speak of. A number meets a
 * series only when one of the series' cue phrases sits in the number's own stretch of the
 * sentence (its clause, between it and its neighbouring numbers, within a few words), its unit
 * fits, and the sentence's period (a day, part of a year, a span, a running total) fits the
 * series'. "January–October remittances" never meets the annual total; "Mexico's exports"
 * never meets two-way trade, because their cues differ. Numbers that name things ("Level 2"),
 * projections ("would lose $3 billion") and alternatives ("first or second") are not bound.
 */
import {
  changeAmountSign,
  changeBase,
  changePercentWord,
  changeSign,
  isChangeAmount,
  isTrend,
  levelAfterChange,
  levelChange,
  levelsAfter,
  levelsReached,
  levelWay,
  relatedBindings,
  saidAsBaseline,
  samePeriodYear,
  yearBefore,
} from './baselines';
import { comparedYears } from './comparisons';
import { relativeAsides } from './relative-clauses';
import { negationCount } from './compiled-verdicts';
import { cueNegations, maskCueNegations, type CueNegation } from './cue-negations';
import { AMOUNT_SIZED, fits, judgeChange, judgePartOfYear, unitFits as figureUnitFits } from './figures';
import { comparisonLinks } from './comparisons';
import { added, clauseOf, contrasted, isAlternative, labelled, leadingConcessiveEnd, periodReach, RELATIVE_AFTER_BREAK, stretchOf } from './number-stretch';
import { dateBeforeYear, decadeYears, joinedYearOf, namedYears, periodFits, spanEnds, spanOf, statedPeriod, yearNear, yearQuantities } from './stated-period';
import { headsIn, headWords, narrowestHead, specificHeads } from './measure-heads';
import { withoutReadsPast } from './narrower-cues';
import { CueIndex, cueClassMaps, inClasses, particleMaps, seriesCues, stemSets, verbFirstStems, type CueHit, type MarkedCue, type SeriesEntry } from './measure-cues';
import { LANGS, TEXT_PACKS } from './knowledge/lang';
import { listIn } from './multimap';
import { parseNumeral, type Quantity } from './numbers';
import { blankNotDenials } from './not-denials';
import { blankPlacesLostToNamed } from './place-taker';
import { Recent } from './recent';
import { reportFrame } from './report-frame';
import { recordSinceYear } from './records';
import type { Figure, Lang } from './schema';
import type { VerdictWords } from './verdict-words';
import { toMarkedStems, toStems } from './vocabulary';
import { canonical, tokens } from './normalize';
import { STOPWORDS } from './stopwords';
import { stem } from './stem';
import { finitePast, writtenWords } from './event-verbs';
import { escapeRegExp } from './regex';
import { endsWithAny, findAll, foldSameLength, hasAny, listPattern } from './word-lists';

export interface Binding {
  quantity: Quantity;
  entry: SeriesEntry;
  /** The year the sentence gives the number, if any ("in 2018"). */
  year: string | null;
  /** The span of years the sentence gives it, if any ("between 2014 and 2018"). */
  span: string | null;
  /** Told as history ("was", "eran"): an older figure it matches is not outdated. */
  past: boolean;
  /** Told as a long-held state ("traditionally"): older figures it matches bear it out. */
  history?: boolean;
  /** Told as a state that held once and may hold no more ("was once", "used to", "alguna vez"): today's record alone does not bear it out. */
  former?: boolean;
  /** The number's clause (between hard breaks: ";", a dash, "but", "pero"), as offsets in the sentence. */
  clause: readonly [number, number];
  /** A percentage of change of the series, from the year `change.from` to `year` (engine/baselines.ts). */
  change?: { from: string; sign: 1 | -1; levels?: readonly [number, number] };
  /** The cue's words stand on both sides of the number ("remittances account for 35% of GDP"), or a position's own noun opens it. */
  enclosed?: boolean;
  /** The sentence denies the number ("…, no al 10%"): right when the record is not it. */
  denied?: boolean;
  /** Denied of every time or as a change ("has never been the largest", "is no longer the largest"): the latest record can prove it wrong, not bear it out. */
  onlyDisproved?: boolean;
  /** A part of a year's flow ("in the first ten months") bound to the year's total: wrong only if more than it. */
  partOfYear?: boolean;
  /** That part's amount said of each such part ("every month", "cada semana"): summed over a year's months, it is wrong only if far more than the year's total. */
  recurring?: boolean;
  /** A percentage said as a change ("cayeron 27%") bound to a share: no level of it, so no record judges it. */
  asChange?: boolean;
  /** A share said of another part of its whole than the series' ("80% of … were migrants" against a share of U.S. citizens): what it speaks of, judged by no record. */
  anotherPart?: boolean;
  /** The range the number is an end of ("between 70% and 90%"): each end is judged as a bound, by a record inside the range. */
  range?: readonly [number, number];
  /** A year the number is said to be later than ("up from 59% in 2016"): it is judged for a year after it. */
  after?: string | null;
  /** An event's month, and day if said, written with its year ("July 1, 2020": "07-01"; "julio de 2020": "07"). */
  date?: string;
  /** A number of years said as the time since the event, counted at this year ("in 2014, 20 years after NAFTA took effect"). */
  since?: number;
  /**
   * Bound by the series' head words (engine/measure-heads.ts), no cue phrase said: what the number measures is read from fewer
   * words than a cue's, so the record bears it out only to the digit and never shows it wrong (figures.ts `judgeBinding`).
   */
  byHead?: true;
  /**
   * A measure every country has, said in a sentence that names no country (own-measure.ts `namelessOwn`): judged as one bound
   * by head words, borne out only to the digit and never shown wrong, as another country's figure may be what was said.
   */
  nameless?: true;
}

/** Stems at most from a number to the nearest of its series' head words (engine/measure-heads.ts). */
const HEAD_REACH = 3;
/** Stems at most between an event's cue and its year: the cue must govern the year ("took effect in July 2020"). */
const EVENT_REACH = 3;
/** Stems at most of a doer said between a year that opens its clause and an event's cue that opens on its verb. */
const DOER_STEMS = 2;
/**
 * The stems between two offsets that repeat the one before: a class's phrase read as its head over each of its words ("gun
 * manufacturers" as "gunmakers" twice), which a writer says as one word.
 */
const spreadIn = (stems: readonly string[], from: number, to: number): number => {
  let n = 0;
  for (let i = from + 2; i < to; i++) if (stems[i] === stems[i - 1]) n++;
  return n;
};
/** What a series measures, whatever its source: subject, direction, period kind and unit. */
const measureKey = (e: SeriesEntry) => `${e.series.subject}|${e.series.direction ?? ''}|${e.series.period}|${e.figures[0]?.unit ?? ''}`;

/** A period of a school or crop year ("2023/24"). */
const STRADDLING = /^\d{4}\/\d{2}(?:\d{2})?$/;

/** Orders two lists of numbers as words are ordered: the first that differs decides. */
const compareRanks = (a: readonly number[], b: readonly number[]): number => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
};

/** Added to the distance of an annual flow's cue for a number of part of a year: any series of its own period goes first. */
const PART_OF_YEAR = 1000;

/** Words right after a number, before a break, that name what it is of, where a sector is read ("83% of Mexico's oil exports", "$78.7 billion in vehicle imports"). */
const SECTOR_AFTER_SHARE = 3;
/** Characters a number's stretch reaches when its clause is read whole: as far as the clause and its neighbours let it. */
const CLAUSE_REACH = 400;
/** Why a number no cue in its stretch names is left unbound. */
const NO_CUE = 'no cue';
/** Stretches and their cues kept from the latest sentences: a long sentence with many numbers reads a few dozen. */
const RECENT_READS = 512;

export class MeasureIndex {
  private cues = new CueIndex();
  private directionStems: Record<Lang, Set<string>>;
  /** Words of an average, read as directionStems are. */
  private averageStems: Record<Lang, Set<string>>;
  /** A sector's or a product's words, read before a number ("U.S. agricultural exports … $338 billion"). */
  private sectorStems: Record<Lang, Set<string>>;
  /** Goods at large ("goods", "mercancías"), which name no product in a field (`fieldStems`). */
  private goodsStems: Record<Lang, Set<string>>;
  /** Canonical tokens of the words that open, go on or end a position's or an amount's field (`fieldStems`). */
  private rankFields: Record<Lang, Set<string>>;
  private amountFields: Record<Lang, Set<string>>;
  private unitWords: Record<Lang, Set<string>>;
  private determinerWords: Record<Lang, Set<string>>;
  private fiscalWords: Record<Lang, Set<string>>;
  /** Words that join two of a list ("and", "or", "y", "o"): a place-opened field goes on through them to its noun (`fieldStems`). */
  private joinWords: Record<Lang, Set<string>>;
  private fieldEndWords: Record<Lang, Set<string>>;
  /** Words of a rate set by a rule ("tax", "arancel"), read through the classes. */
  private setRateStems: Record<Lang, Set<string>>;
  private monthStems: Record<Lang, Set<string>>;
  /** Each language's countries' names (the packs' `demonyms`, first of each) and the first words of its bodies (`bodies`: "Supreme Court"), as stems read through the classes. */
  private ownerStems: Record<Lang, { countries: Set<string>; bodies: Set<string> }>;
  /** Each language's countries' stems (as ownerStems'), each with its name as the packs' `demonyms` write it first. */
  private countryNames: Record<Lang, Map<string, string>>;
  /** The words of an event's name said with its year (the packs' `yearNames`: "World Cup", "Mundial"), read through the classes. */
  private eventNameStems: Record<Lang, Set<string>>;
  private rankStems: Record<Lang, Set<string>>;
  private particles: Record<Lang, Record<string, string>>;
  /** Stems of the particles of direction ("toward", "hacia"): a word of relation, no word that names a measure. */
  private particleStems: Record<Lang, Set<string>>;
  private classes: Record<Lang, ReadonlyMap<string, string>>;
  /** Each flow's series counted per day, by subject and direction. */
  private daily = new Map<string, SeriesEntry>();
  /** Series by subject. */
  private subjects = new Map<string, SeriesEntry[]>();
  /** Each language's opposite words (`opposites`), as stems read through the classes, both ways. */
  private opposites: Record<Lang, Map<string, string>>;
  /** The series of percentages. */
  private shares: SeriesEntry[] = [];
  /** Each series' words: its cues' stems and those of its measure's own statement, both languages. */
  private ownStems = new Map<SeriesEntry, Set<string>>();
  /** The wholes a series' cues name right after a word of field, as a share's cue does ("of immigrants in Mexico": "immigr"), per language. */
  private wholes = new Map<SeriesEntry, Record<Lang, Set<string>>>();
  /** Each series' measure's own words, both languages. */
  private measureStems = new Map<SeriesEntry, Set<string>>();
  /** Series by what they measure (measureKey). */
  private measured = new Map<string, SeriesEntry[]>();
  /** Each series' `namedBy`, folded as sentences are. */
  private sourceNames = new Map<SeriesEntry, string[]>();
  /** Each dated event's verbs its cues open on ("awarded" of "awarded the 2026 World Cup"), as class-read stems per language. */
  private openingVerbs = new Map<SeriesEntry, Record<Lang, ReadonlySet<string>>>();
  /** Each series' cues, each as its set of stems. */
  private cueSets = new Map<SeriesEntry, ReadonlySet<string>[]>();
  /** Each series' head words per language (`headWords`), where it has any. */
  private heads = Object.fromEntries(LANGS.map((lang) => [lang, [] as { entry: SeriesEntry; core: readonly string[] }[]])) as Record<Lang, { entry: SeriesEntry; core: readonly string[] }[]>;
  /** `heads` with a word few facts' cues say (engine/measure-heads.ts `specificHeads`), per language: read once all series are in. */
  private specific: Record<Lang, { entry: SeriesEntry; core: readonly string[] }[]> | null = null;
  private specificHeads(lang: Lang): readonly { entry: SeriesEntry; core: readonly string[] }[] {
    this.specific ??= Object.fromEntries(LANGS.map((l) => [l, specificHeads(this.heads[l], this.cueSets.keys())])) as Record<Lang, { entry: SeriesEntry; core: readonly string[] }[]>;
    return this.specific[lang];
  }
  /** Each language's words of countries and their people, read through the classes: no head word of a measure. */
  private placeStems: Record<Lang, Set<string>>;
  /** Each language's words of a unit of time (the packs' `periodNouns`), read through the classes. */
  private periodStems: Record<Lang, Set<string>>;
  /** The negations inside the series' cues ("do not travel"), per language. */
  private negations = Object.fromEntries(LANGS.map((lang) => [lang, [] as CueNegation[]])) as Record<Lang, CueNegation[]>;

  constructor(
    entries: readonly SeriesEntry[],
    private words: Record<Lang, VerdictWords>,
  ) {
    this.rankStems = stemSets(words, 'rank');
    this.classes = cueClassMaps(words);
    // Compared with a sentence's stems read through the classes, as the series' cue stems are.
    // A part of what a figure counts ("Texas", "Venezuelan", "naturalized") is read as a word of direction: a part is not the whole.
    const directions = stemSets(words, 'direction');
    const parts = stemSets(words, 'parts');
    this.directionStems = Object.fromEntries(LANGS.map((lang) => [lang, new Set(inClasses([...directions[lang], ...parts[lang]], this.classes[lang]))])) as Record<Lang, Set<string>>;
    const averages = stemSets(words, 'averageWords');
    this.averageStems = Object.fromEntries(LANGS.map((lang) => [lang, new Set(inClasses([...averages[lang]], this.classes[lang]))])) as Record<Lang, Set<string>>;
    const sectors = stemSets(words, 'sectors');
    this.sectorStems = Object.fromEntries(LANGS.map((lang) => [lang, new Set(inClasses([...sectors[lang]], this.classes[lang]))])) as Record<Lang, Set<string>>;
    const goods = stemSets(words, 'goodsWhole');
    this.goodsStems = Object.fromEntries(LANGS.map((lang) => [lang, new Set(inClasses([...goods[lang]], this.classes[lang]))])) as Record<Lang, Set<string>>;
    const tokenSets = (list: (lang: Lang) => readonly string[]) =>
      Object.fromEntries(LANGS.map((lang) => [lang, new Set(list(lang).flatMap((w) => tokens(canonical(w, lang))))])) as Record<Lang, Set<string>>;
    this.rankFields = tokenSets((lang) => [...words[lang].fieldOf, ...words[lang].fieldFor]);
    this.amountFields = tokenSets((lang) => words[lang].amountOf);
    this.unitWords = tokenSets((lang) => words[lang].measureUnits);
    this.determinerWords = tokenSets((lang) => words[lang].determiners);
    this.fiscalWords = tokenSets((lang) => words[lang].fiscal);
    this.joinWords = tokenSets((lang) => [...TEXT_PACKS[lang].connectives.and, ...TEXT_PACKS[lang].connectives.or].filter((w) => !w.includes(' ')));
    this.fieldEndWords = tokenSets((lang) => [...words[lang].fieldEnds, ...words[lang].objectOf.filter((w) => !words[lang].fieldOf.includes(w)), ...words[lang].spanEdges, ...words[lang].months]);
    const setRates = stemSets(words, 'setRate');
    this.setRateStems = Object.fromEntries(LANGS.map((lang) => [lang, new Set(inClasses([...setRates[lang]], this.classes[lang]))])) as Record<Lang, Set<string>>;
    this.particles = particleMaps(words);
    const ways = (['toward', 'awayFrom', 'partnerOf'] as const).map((list) => stemSets(words, list));
    this.particleStems = Object.fromEntries(LANGS.map((lang) => [lang, new Set(ways.flatMap((w) => [...w[lang]]))])) as Record<Lang, Set<string>>;
    this.monthStems = stemSets(words, 'months');
    const firstStems = (lang: Lang, phrases: readonly string[]) => new Set(phrases.flatMap((phrase) => inClasses(toStems(phrase, lang), this.classes[lang]).slice(0, 1)));
    this.ownerStems = Object.fromEntries(
      LANGS.map((lang) => [
        lang,
        {
          countries: firstStems(
            lang,
            words[lang].demonyms.map((group) => group[0]!),
          ),
          bodies: firstStems(lang, words[lang].bodies),
        },
      ]),
    ) as Record<Lang, { countries: Set<string>; bodies: Set<string> }>;
    this.cues.keepInPlace(
      new Set(LANGS.flatMap((lang) => [...this.ownerStems[lang].countries])),
      new Set(LANGS.flatMap((lang) => words[lang].measureUnits.flatMap((unit) => inClasses(toStems(unit, lang), this.classes[lang])))),
      new Set(LANGS.flatMap((lang) => words[lang].eventAspects.flatMap((word) => inClasses(toStems(word, lang), this.classes[lang])))),
    );
    this.countryNames = Object.fromEntries(
      LANGS.map((lang) => [lang, new Map(words[lang].demonyms.flatMap((group) => [...firstStems(lang, [group[0]!])].map((st) => [st, group[0]!] as const)))]),
    ) as Record<Lang, Map<string, string>>;
    this.eventNameStems = Object.fromEntries(LANGS.map((lang) => [lang, new Set(words[lang].yearNames.flatMap((name) => inClasses(toStems(name, lang), this.classes[lang])))])) as Record<
      Lang,
      Set<string>
    >;
    const periods = stemSets(words, 'periodNouns');
    this.periodStems = Object.fromEntries(LANGS.map((lang) => [lang, new Set(inClasses([...periods[lang]], this.classes[lang]))])) as Record<Lang, Set<string>>;
    this.placeStems = Object.fromEntries(LANGS.map((lang) => [lang, new Set(words[lang].demonyms.flat().flatMap((w) => inClasses(toStems(w, lang), this.classes[lang])))])) as Record<
      Lang,
      Set<string>
    >;
    this.opposites = Object.fromEntries(
      LANGS.map((lang) => {
        const map = new Map<string, string>();
        for (const [a, b] of words[lang].opposites) {
          const [x, y] = [inClasses(toStems(a ?? '', lang), this.classes[lang])[0], inClasses(toStems(b ?? '', lang), this.classes[lang])[0]];
          if (x && y) map.set(x, y).set(y, x);
        }
        return [lang, map];
      }),
    ) as Record<Lang, Map<string, string>>;
    this.add(entries);
  }

  /** Indexes more series. */
  add(entries: readonly SeriesEntry[]): void {
    const verbs = verbFirstStems(this.words, this.classes);
    for (const e of entries) this.addCues(e, seriesCues(e.series, e.figures[0]?.unit === 'rank', this.rankStems, this.particles, this.classes, verbs, this.words));
  }

  /** Indexes a series whose cues were read ahead (engine/compiled-verdicts.ts), in seriesCues' order. */
  addCues(entry: SeriesEntry, cues: readonly MarkedCue[]): void {
    if (entry.series.period === 'day') this.daily.set(`${entry.series.subject}|${entry.series.direction ?? ''}`, entry);
    listIn(this.measured, measureKey(entry)).push(entry);
    listIn(this.subjects, entry.series.subject).push(entry);
    if (entry.figures[0]?.unit === 'percent') this.shares.push(entry);
    const measure = new Set(LANGS.flatMap((lang) => inClasses(toStems(entry.series.measure[lang], lang), this.classes[lang])));
    this.measureStems.set(entry, measure);
    this.ownStems.set(entry, new Set([...entry.cueStems, ...measure]));
    const wholeOf = (cue: string, lang: Lang) => (this.words[lang].fieldOf.includes(foldSameLength(cue).split(/\s+/)[0]!) ? inClasses(toStems(cue, lang), this.classes[lang]).slice(0, 1) : []);
    this.wholes.set(entry, Object.fromEntries(LANGS.map((lang) => [lang, new Set(entry.series.cues[lang].flatMap((cue) => wholeOf(cue, lang)))])) as Record<Lang, Set<string>>);

    if (entry.figures[0]?.unit === 'year') {
      const opening = (cue: string, lang: Lang) => {
        const first = writtenWords(cue)[0];
        return first && finitePast(first, this.words[lang]) ? inClasses(toStems(first, lang), this.classes[lang]).slice(0, 1) : [];
      };
      this.openingVerbs.set(entry, Object.fromEntries(LANGS.map((lang) => [lang, new Set(entry.series.cues[lang].flatMap((cue) => opening(cue, lang)))])) as Record<Lang, Set<string>>);
    }
    if (entry.series.namedBy) this.sourceNames.set(entry, entry.series.namedBy.map(foldSameLength));
    for (const lang of LANGS) {
      const negated = cueNegations(entry.series, lang, this.words[lang]);
      this.negations[lang].push(...negated);
      // A measure whose cues deny ("no confidence in") is not named by words that leave the denial out.
      if (negated.length) continue;
      const core = headWords(entry.series.cues[lang], lang, this.classes[lang], this.placeStems[lang], measure, this.periodStems[lang], !!entry.series.direction);
      if (core.length) this.heads[lang].push({ entry, core });
    }
    this.specific = null;
    for (const cue of cues) this.cues.add(cue, entry);
    this.cueSets.set(
      entry,
      cues.map((cue) => new Set(cue.stems)),
    );
  }

  /**
   * Whether the words around a number, up to a comma, hold in any order the whole cue of another count of the same unit,
   * way and period, smaller than the bound series', with a word the bound series never says said after the number, as
   * what the counted are ("5.1 million Mexican immigrants in the U.S. are unauthorized": the unauthorized count, a part
   * of all Mexican immigrants): the number may be that part. Shares are no parts of one another; the words of the other way ("exports to" against "exports from") or of
   * the year's total are the same in any order.
   */
  private partSaid(said: ReadonlySet<string>, after: ReadonlySet<string>, bound: SeriesEntry, stated: ReturnType<typeof statedPeriod>, allowed: (e: SeriesEntry) => boolean): boolean {
    const unit = bound.figures[0]!.unit;
    if (unit === 'percent') return false;
    const most = (e: SeriesEntry) => Math.max(...e.figures.map((f) => f.value));
    // A month names a time, no part of what is counted ("from January to June" is no count of June's).
    const months = new Set(LANGS.flatMap((lang) => [...this.monthStems[lang]]));
    for (const [e, cues] of this.cueSets) {
      if (e.series.key === bound.series.key || e.series.direction !== bound.series.direction || e.figures[0]!.unit !== unit || !allowed(e)) continue;
      if (!periodFits(stated, e.series.period) || most(e) >= most(bound)) continue;
      // The cue's own words, those the bound series never says, are what tell the part: "people born in Mexico … are undocumented".
      const own = (cue: ReadonlySet<string>) => [...cue].filter((st) => !bound.cueStems.has(st));
      if (cues.some((cue) => cue.size > 1 && own(cue).length > 0 && own(cue).every((st) => said.has(st)) && own(cue).some((st) => after.has(st) && !months.has(st)))) return true;
    }
    return false;
  }

  /** Each language's pattern of a clause that opens on two nouns joined by its word of addition (sumOpens), built once. */
  private sumPatterns = new Map<Lang, RegExp | null>();
  private sumPattern(lang: Lang): RegExp | null {
    if (!this.sumPatterns.has(lang)) {
      const words = this.words[lang];
      const determiner = `(?:(?:${words.determiners.map(escapeRegExp).join('|')})\\s+)?`;
      const noun = '(\\p{L}[\\p{L}-]*)';
      const addition = words.addition.map(escapeRegExp).join('|');
      this.sumPatterns.set(lang, addition ? new RegExp(`^[\\s"“'(¿¡]*${determiner}${noun}\\s+(?:${addition})\\s+${determiner}${noun}(?![\\p{L}])`, 'iu') : null);
    }
    return this.sumPatterns.get(lang)!;
  }

  /**
   * Whether a clause opens on two nouns joined by the pack's word of addition, one a cue word of the entry and the other
   * none of its cue words and no place ("Gotaways and apprehensions", "Las remesas y el turismo"): their sum is meant.
   * Places ("Mexico and the U.S.") are a list, which the cues' own words read.
   */
  private sumOpens(text: string, entry: SeriesEntry, lang: Lang): boolean {
    const m = this.sumPattern(lang)?.exec(text);
    // A capitalised word after the "and" is a name's ("Customs and Border Protection", "Aduanas y Protección Fronteriza").
    if (!m || /^\p{Lu}/u.test(m[2]!)) return false;
    const read = (w: string) => inClasses(toStems(w, lang), this.classes[lang]);
    const [a, b] = [read(m[1]!), read(m[2]!)];
    if (a.length !== 1 || b.length !== 1) return false;
    const own = (st: string) => entry.cueStems.has(st);
    const place = (st: string) => this.placeStems[lang].has(st);
    if (place(a[0]!) || place(b[0]!)) return false;
    return own(a[0]!) !== own(b[0]!);
  }

  /** The yearly series of a daily one's flow: the same subject and direction, counted a year at a time. */
  yearlyOf(entry: SeriesEntry): SeriesEntry[] {
    return (this.subjects.get(entry.series.subject) ?? []).filter((e) => e.series.period === 'year' && e.series.direction === entry.series.direction);
  }

  /**
   * The other series of the same measure: the same subject, direction and unit, from another source or
   * count ("Americans living in Mexico": the State Department's 1.6 million, AARO's 1.2 million).
   */
  siblingsOf(entry: SeriesEntry, sentence?: string): SeriesEntry[] {
    const folded = sentence === undefined ? '' : foldSameLength(sentence);
    return (this.measured.get(measureKey(entry)) ?? []).filter((e) => e.series.key !== entry.series.key && !(sentence !== undefined && this.namedOut(e, folded)));
  }

  /**
   * The words that tell an entry's way from the other ways of its subject: cue words only the series of its own way use,
   * and those only the others use (less its measure's own); null where no series of its subject goes another way.
   */
  private ways(entry: SeriesEntry): { own: ReadonlySet<string>; other: ReadonlySet<string> } | null {
    if (this.wayStems.has(entry)) return this.wayStems.get(entry)!;
    const subject = this.subjects.get(entry.series.subject) ?? [];
    const mine = subject.filter((e) => e.series.direction === entry.series.direction).flatMap((e) => [...e.cueStems]);
    const others = subject.filter((e) => e.series.direction !== entry.series.direction).flatMap((e) => [...e.cueStems]);
    const measure = this.ownStems.get(entry)!;
    const out = others.length ? { own: new Set(mine.filter((st) => !others.includes(st))), other: new Set(others.filter((st) => !mine.includes(st) && !measure.has(st))) } : null;
    this.wayStems.set(entry, out);
    return out;
  }
  private wayStems = new Map<SeriesEntry, { own: ReadonlySet<string>; other: ReadonlySet<string> } | null>();

  /** Stems that say another way of the entry's subject and none of its own ("down from 61% favorable" after an unfavorable share). */
  private saidOtherWay(stems: readonly string[], entry: SeriesEntry): boolean {
    const ways = this.ways(entry);
    return !!ways && stems.some((s) => ways.other.has(s)) && !stems.some((s) => ways.own.has(s));
  }

  /**
   * A series whose sibling's source the sentence names, and not its own ("according to Pew" leaves Gallup's count aside).
   * A series with sources of its own is out too when the source of any series of its subject is named instead: "65%
   * unfavorable, according to the Chicago Council" is no Pew figure, though the record holds only the Council's favorable share.
   */
  private namedOut(entry: SeriesEntry, folded: string): boolean {
    const named = (e: SeriesEntry) => {
      const names = this.sourceNames.get(e);
      return !!names && hasAny(folded, names);
    };
    const others = this.sourceNames.has(entry) ? this.subjects.get(entry.series.subject) : this.measured.get(measureKey(entry));
    return !named(entry) && (others ?? []).some((e) => e !== entry && named(e));
  }

  /** The words after a share name a whole of their own (`first`, none of the series' words) before a verb and the cue's whole (`cueWhole`) after it. */
  private otherWhole(after: string, lang: Lang, entry: SeriesEntry, first: string | undefined, cueWhole: string): boolean {
    if (!first || entry.cueStems.has(first) || !this.wholes.get(entry)![lang].has(cueWhole)) return false;
    const said = after.split(/[^\p{L}\d']+/u).filter(Boolean);
    const k = said.findIndex((word) => inClasses(toStems(word, lang), this.classes[lang])[0] === cueWhole);
    return k > 0 && said.slice(0, k).some((word) => this.words[lang].verbs.includes(word));
  }

  /**
   * The part a share takes of its whole, said past a copula after the number ("80% of people caught with fentanyl … were
   * migrants", "el 89% de los condenados … son inmigrantes") in none of the series' own words, cues or measure: another
   * part of the same whole than the series' (U.S. citizens), which its figure does not settle.
   */
  private otherPart(after: string, lang: Lang, entry: SeriesEntry): boolean {
    const words = this.words[lang];
    const upToBreak = after.split(/[,;:(]/)[0]!;
    // "el 70% -es decir 73 mil 684- llegaron …": the verb of a restatement is no copula of the share.
    const restated = findAll(upToBreak, words.restatements);
    const copula = findAll(upToBreak, words.copulas).find((hit) => !restated.some((r) => r.at <= hit.at && hit.end <= r.end));
    // A copula past a clause's opener ("61% of Mexicans who were surveyed", "29% say the U.S. is") is that clause's, not the share's.
    if (!copula || findAll(upToBreak.slice(0, copula.at), words.clauseOpeners).length) return false;
    // What a number or a word of change follows tells of another level ("… is up from 29 percent"), no part.
    const rest = upToBreak.slice(copula.end).split(/\d/)[0]!;
    const said = rest.slice(0, findAll(rest, words.clauseOpeners)[0]?.at);
    if (findAll(said, [...words.increase, ...words.decrease, ...words.baseline, ...words.more, ...words.less]).some((hit) => !said.slice(0, hit.at).trim())) return false;
    const part = this.markedStems(said, lang).stems;
    const own = this.ownStems.get(entry)!;
    return part.length > 0 && !part.some((st) => own.has(st));
  }

  /**
   * Whether the text before a number names one country only, by its people's word (the packs' `demonyms`: "las sedes
   * mexicanas"), that the bound cue's words do not, while another series of the same subject names that country alone in its
   * cues, none of the other's words (the matches in Mexico beside all matches): the number may be that country's part.
   */
  private countryPart(before: string, lang: Lang, entry: SeriesEntry, cue: readonly string[]): boolean {
    const groups = this.words[lang].demonyms;
    const named = groups.filter((group) => hasAny(before, group.slice(1).map(foldSameLength)));
    if (named.length !== 1) return false;
    const country = this.markedStems(named[0]![0]!, lang).stems;
    if (!country.length || country.every((st) => cue.includes(st))) return false;
    // The people's word said as one of the cue's own words ("American exports to Mexico", "exportaciones estadounidenses a
    // México") names the measure's own side, no part of it.
    const people = named[0]!.slice(1).flatMap((word) => (hasAny(before, [foldSameLength(word)]) ? this.markedStems(word, lang).stems : []));
    if (people.length && people.every((st) => cue.includes(st))) return false;
    const other = groups.filter((group) => group !== named[0]).flatMap((group) => group.flatMap((word) => this.markedStems(word, lang).stems));
    return (this.subjects.get(entry.series.subject) ?? []).some((e) => e !== entry && country.every((st) => e.cueStems.has(st)) && !other.some((st) => e.cueStems.has(st)));
  }

  /** How many negations a text says, a negation of a cue's own words ("do not travel") aside: none when it denies nothing. */
  negationCount(text: string, lang: Lang): number {
    const words = this.words[lang];
    return negationCount(maskCueNegations(foldSameLength(text), lang, words.negation, this.negations[lang]).text, words);
  }

  /** How many negations of a text are a cue's own words ("do not travel", "no viajar"). */
  cueNegationCount(text: string, lang: Lang): number {
    return negationCount(foldSameLength(text), this.words[lang]) - this.negationCount(text, lang);
  }

  /** The one series a stretch of text names by its longest cue (one that opens it, if `opening`); null when none, or two of the same length. */
  seriesOf(text: string, lang: Lang, allowed: (e: SeriesEntry) => boolean, opening = false): SeriesEntry | null {
    const { stems, marks } = this.markedStems(text, lang);
    let best: SeriesEntry | null = null;
    let length = 0;
    let tie = false;
    for (const hit of this.cues.find(stems, marks)) {
      if (!allowed(hit.entry) || hit.length < length || (opening && hit.at > 0)) continue;
      if (hit.length > length) [best, length, tie] = [hit.entry, hit.length, false];
      else if (hit.entry.series.key !== best?.series.key) tie = true;
    }
    return tie ? null : best;
  }

  /**
   * `bind` for the allowed series (a topic's) and, for the numbers none of those speaks of, the
   * numbers any series' cue encloses ("remittances account for 35% of GDP" in a sentence about
   * the economy) or a position's noun opens ("the top source of U.S. imports"): a cue said around
   * the number names its measure whatever the topic.
   */
  bindOwnOrEnclosed(
    sentence: string,
    lang: Lang,
    quantities: readonly Quantity[],
    allowed: (e: SeriesEntry) => boolean,
    unbound?: (q: Quantity, why: string, measured?: SeriesEntry) => void,
  ): Binding[] {
    const own = this.bind(sentence, lang, quantities, allowed, unbound);
    if (own.length === quantities.length) return own;
    const any = this.bindAny(sentence, lang, quantities).filter((b) => !own.some((o) => o.quantity === b.quantity));
    const enclosed = any.filter((b) => b.enclosed);
    // A number denied against an enclosed one ("…35% of GDP, not 10%") is of its measure too.
    return [...own, ...any.filter((b) => b.enclosed || (b.denied && enclosed.some((e) => e.entry === b.entry)))].sort((a, b) => a.quantity.start - b.quantity.start);
  }

  /**
   * `bind` over every series. Detection binds a sentence's numbers over every series before the verdict step binds them
   * again: the last call's bindings are kept for the same sentence and the same quantities.
   */
  bindAny(sentence: string, lang: Lang, quantities: readonly Quantity[]): readonly Binding[] {
    const last = this.lastAny;
    if (last && last.sentence === sentence && last.lang === lang && last.quantities === quantities) return last.bindings;
    const bindings = this.bind(sentence, lang, quantities, () => true);
    this.lastAny = { sentence, lang, quantities, bindings };
    return bindings;
  }
  private lastAny: { sentence: string; lang: Lang; quantities: readonly Quantity[]; bindings: readonly Binding[] } | null = null;

  /**
   * Numbers of years said as the time since a dated event ("25 years after NAFTA took effect", "20 años de vigencia del
   * TLCAN") in a sentence with one year of its own, outside that event's words, as when they were counted ("In 2019, …",
   * "El 1 de enero de 2014 …"): each bound to the event's series, `since` that year. Not a stretch inside a longer time
   * ("the first 10 years of NAFTA"), nor a number the sentence hedges ("almost 30 years").
   */
  bindElapsed(sentence: string, lang: Lang, quantities: readonly Quantity[], allowed: (e: SeriesEntry) => boolean): Binding[] {
    const folded = foldSameLength(sentence);
    const words = this.words[lang];
    const years = yearQuantities(sentence, words.yearNames, words.decadeBefore, [...words.beforeTime, ...words.afterTime]);
    if (years.length !== 1) return [];
    const counted = years[0]!;
    const event = (e: SeriesEntry) => allowed(e) && e.figures[0]?.unit === 'year';
    const out: Binding[] = [];
    for (const q of quantities) {
      if (q.unit !== 'years' || q.qualifier !== 'exact' || q.vague) continue;
      const lead = /([a-z]+)\s*$/.exec(folded.slice(0, q.start))?.[1];
      if (lead && words.spanEdges.includes(lead)) continue;
      // The event's words: up to the clause's next break.
      const rest = folded.slice(q.end).split(/[,;:(]|\.\s/)[0]!;
      if (counted.start >= q.start && counted.start < q.end + rest.length) continue;
      const after = /^\s*(?:[a-z]+\s+)?/.exec(rest)![0];
      const since = findAll(rest, words.elapsedSince).find((hit) => !rest.slice(0, hit.at).replace(after, '').trim());
      const inForce = findAll(rest, words.inForceFor).find((hit) => !rest.slice(0, hit.at).replace(after, '').trim());
      // The event is named right there: "20 años de la firma del TLCAN" is another event than its entry into force.
      const entry = since ? this.seriesOf(rest.slice(since.end), lang, event, true) : inForce ? this.seriesOf(`${rest.slice(inForce.end)} ${words.inForceVerb[0]}`, lang, event, true) : null;
      if (entry) out.push({ quantity: q, entry, year: null, span: null, past: false, clause: clauseOf(folded, q), since: counted.value });
    }
    return out;
  }

  /** The spans of months a sentence says ("January-June", "January through June", "de enero a junio"): each one's first and last month, as stems. */
  private monthSpans(sentence: string, lang: Lang): [string, string][] {
    const months = this.monthStems[lang];
    const { stems } = this.markedStems(sentence, lang);
    const out: [string, string][] = [];
    for (let i = 0; i < stems.length - 1; i++) {
      if (!months.has(stems[i]!)) continue;
      // One word may join them ("through", "hasta"); "to", "a" and a dash are no stems.
      const last = [stems[i + 1]!, stems[i + 2]].find((s, k) => s !== undefined && months.has(s) && (k === 0 || !/^\d/.test(stems[i + 1]!)));
      if (last) out.push([stems[i]!, last]);
    }
    return out;
  }

  /**
   * The stems of what a position is among, or an amount is of: the words after its word of field ("the largest supplier
   * of …", "el principal destino de …"; for an amount, only right after it and its unit: "$42 billion of …", "mil millones
   * de dólares en …"), said before any number or time ("top partner for three years running" has none), past determiners,
   * up to the next function word, preposition (the packs' `fieldEnds`, `objectOf`), number, time or place ("to the U.S."). Where a people's word comes first, a place may
   * open it, but then it is read only where it holds the measure's own noun ("of U.S. beef imports"), as what follows a
   * place is mostly no field at all ("of the United States since 2023"); where it follows its noun, a place ends it
   * ("de EU durante tres años").
   */
  private fieldStems(text: string, lang: Lang, own: ReadonlySet<string>, amount: boolean): string[] {
    // Canonical tokens, so a place of two words ("Estados Unidos") is read as one.
    const words = tokens(canonical(text, lang));
    const fields = amount ? this.amountFields[lang] : this.rankFields[lang];
    const ends = (word: string) =>
      /\d/.test(word) || parseNumeral(word, lang) !== null || this.periodStems[lang].has(stem(word)) || this.fiscalWords[lang].has(word) || this.fieldEndWords[lang].has(word);
    const at = amount ? words.findIndex((word) => !fields.has(word) && !this.unitWords[lang].has(word)) : words.findIndex((word) => ends(word) || fields.has(word)) + 1;
    if (at <= 0 || !fields.has(words[at - 1]!)) return [];
    const field: string[] = [];
    let placed = false;
    const rest = words.slice(at);
    for (const [i, word] of rest.entries()) {
      if (ends(word)) break;
      // A further field goes on naming it ("exports of gasoline", "exportaciones de gasolina").
      if (fields.has(word) || this.determinerWords[lang].has(word)) continue;
      // A place-opened field names a list before its noun ("of U.S. soybean and wheat exports"): it goes on to the noun.
      if (placed && field.length && this.joinWords[lang].has(word)) continue;
      // Any other function word ends it, or shows there is none ("of them were", "of all U.S. imports").
      if (STOPWORDS.has(word)) break;
      const stems = this.rankStems[lang].has(stem(word)) ? [] : inClasses([stem(word)], this.classes[lang]);
      const place = stems.some((st) => this.placeStems[lang].has(st));
      // A place said of the noun before a further field word is no end ("de las exportaciones estadounidenses de soya").
      if (place && field.length && fields.has(rest[i + 1] ?? '')) continue;
      if (place && !this.words[lang].demonymFirst) break;
      placed ||= place && !field.length;
      if ((!stems.length || place) && field.length) break;
      if (stems.length && !place) field.push(stem(word));
    }
    // Read through the classes whole, as a class's phrase ("ventas externas") is one of its words.
    const read = inClasses(field, this.classes[lang]);
    return placed && !read.some((st) => own.has(st) || this.goodsStems[lang].has(st)) ? [] : read;
  }

  /** A stretch's stems and particles as the cue index reads them, each stem as its class's. */
  private markedStems(text: string, lang: Lang): { readonly stems: readonly string[]; readonly marks: readonly (string | null)[] } {
    return this.stemsRead.get(`${lang}\u0001${text}`, () => {
      const { stems, marks } = toMarkedStems(text, lang, this.particles[lang]);
      return { stems: inClasses(stems, this.classes[lang]), marks };
    });
  }
  private stemsRead = new Recent<{ readonly stems: readonly string[]; readonly marks: readonly (string | null)[] }>(RECENT_READS);

  /**
   * Whether a part of an event (the packs' `eventParts`: "final", "opener", "partido inaugural") is said inside a cue's
   * words, right after them, or right before them with a word of field between ("the final of the World Cup", "la final
   * del Mundial"), in a year's stretch read as `bind` reads it, and the cue's series names no such part.
   */
  private partOfEventSaid(sentence: string, folded: string, [from, to]: readonly [number, number], q: Quantity, hit: { entry: SeriesEntry; at: number; end: number }, lang: Lang): boolean {
    const words = this.words[lang];
    const yearAt = this.markedStems(sentence.slice(from, q.start), lang).stems.length;
    return findAll(folded.slice(0, to), words.eventParts).some((part) => {
      const own = this.markedStems(part.word, lang).stems;
      if (part.at < from || (part.at < q.end && part.end > q.start) || own.every((st) => hit.entry.cueStems.has(st))) return false;
      // The part's first stem, counted as in the stretch's stems: those before the year, a mark for the year, those after it.
      const at = part.at < q.start ? this.markedStems(sentence.slice(from, part.at), lang).stems.length : yearAt + 1 + this.markedStems(sentence.slice(q.end, part.at), lang).stems.length;
      if (at > hit.at && at <= hit.end + 1) return true;
      const next = /^\s*([\p{L}]+)/u.exec(folded.slice(part.end))?.[1];
      return at + own.length === hit.at && next !== undefined && words.fieldOf.includes(next);
    });
  }

  /**
   * A slice of the sentence with "the country" said in a stretch that names no country ("Favorable views of the country …
   * bottoming out at 45%") as the one country the sentence names outside the stretch ("… the lowest rating for Mexico");
   * as written where the stretch names one (it is another then: "Mexico's exports to the country") or the sentence names
   * none or several.
   */
  private countryNamed(sentence: string, from: number, to: number, lang: Lang): (a: number, b: number) => string {
    const plain = (a: number, b: number) => sentence.slice(a, b);
    const refs = findAll(foldSameLength(sentence.slice(from, to)), this.words[lang].countryRefs);
    if (!refs.length) return plain;
    const { countries } = this.ownerStems[lang];
    if (this.markedStems(sentence.slice(from, to), lang).stems.some((st) => countries.has(st))) return plain;
    const outside = new Set(this.markedStems(`${sentence.slice(0, from)} ${sentence.slice(to)}`, lang).stems.filter((st) => countries.has(st)));
    const name = outside.size === 1 ? this.countryNames[lang].get([...outside][0]!) : undefined;
    if (!name) return plain;
    return (a, b) =>
      refs.filter((ref) => from + ref.at >= a && from + ref.end <= b).reduceRight((text, ref) => text.slice(0, from + ref.at - a) + name + text.slice(from + ref.end - a), sentence.slice(a, b));
  }

  /**
   * The stems before a number whose stretch names no measure, with the pronoun its clause refers back by ("it", "esta cifra")
   * said as the cue it stands for: the last said in the clause before it ("The Mexican immigrant population peaked at 12.8
   * million, and it has dwindled to 11.7 million"). A relative clause opened after a break since the number before
   * (`since`) stands for the cue that ends right before the break ("… of remittances -- which totaled some $61.8 billion").
   * Null where the clause says no such pronoun, or no cue before it.
   */
  private antecedentSaid(sentence: string, folded: string, clauseStart: number, from: number, end: number, since: number, lang: Lang): { stems: string[]; marks: (string | null)[] } | null {
    // The pronoun is the subject of a verb of the measure's level or change ("it fell to", "which totaled", "esta cifra bajó a"),
    // a word or two after it at most ("it has since fallen"): "they number 11 million" may speak of another thing.
    const words = this.words[lang];
    const leadsVerb = (after: number) =>
      findAll(folded.slice(after, end), [...words.levelVerbs, ...words.increase, ...words.decrease]).some(
        (hit) =>
          folded
            .slice(after, after + hit.at)
            .trim()
            .split(/\s+/)
            .filter(Boolean).length <= 2,
      );
    const relative = [...folded.slice(since, end).matchAll(RELATIVE_AFTER_BREAK)].at(-1);
    if (relative && !leadsVerb(since + relative.index + relative[0].length)) return null;
    if (relative) {
      const before = this.markedStems(sentence.slice(0, since + relative.index), lang);
      const last = before.stems.length - 1;
      const ending = this.cuesIn(before.stems, before.marks).filter((h) => h.end === last);
      if (!ending.length) return null;
      const first = Math.min(...ending.map((h) => h.at));
      const rest = this.markedStems(sentence.slice(Math.max(from, since + relative.index + relative[0].length), end), lang);
      return { stems: [...before.stems.slice(first), ...rest.stems], marks: [...before.marks.slice(first), ...rest.marks] };
    }
    const pronoun = findAll(folded.slice(clauseStart, end), words.pronounRefs).at(-1);
    if (!pronoun || !leadsVerb(clauseStart + pronoun.end)) return null;
    const at = clauseStart + pronoun.at;
    const before = this.markedStems(sentence.slice(clauseStart, at), lang);
    const hits = this.cuesIn(before.stems, before.marks);
    if (!hits.length) return null;
    const last = Math.max(...hits.map((h) => h.end));
    const first = Math.min(...hits.filter((h) => h.end === last).map((h) => h.at));
    const cue = { stems: before.stems.slice(first, last + 1), marks: before.marks.slice(first, last + 1) };
    const parts =
      at >= from
        ? [this.markedStems(sentence.slice(from, at), lang), cue, this.markedStems(sentence.slice(at + pronoun.word.length, end), lang)]
        : [cue, this.markedStems(sentence.slice(from, end), lang)];
    return { stems: parts.flatMap((p) => p.stems), marks: parts.flatMap((p) => p.marks) };
  }

  /**
   * The stems before a level a change reached, read from where the change's stretch starts with the change's number left
   * out ("remittance inflows plunged 16.2% to $5.2 billion": "remittance inflows plunged … to"): what changed is what reached it.
   */
  private changeLeadSaid(sentence: string, change: Quantity, from: number, end: number, lang: Lang): { stems: string[]; marks: (string | null)[] } {
    const [before, after] = [this.markedStems(sentence.slice(from, change.start), lang), this.markedStems(sentence.slice(change.end, end), lang)];
    return { stems: [...before.stems, ...after.stems], marks: [...before.marks, ...after.marks] };
  }

  /** Whether a country's stem said right before a body's first stem is the owner the fact's own statement gives that body. */
  private ownerSaid(owner: string, body: string, entry: SeriesEntry, lang: Lang): boolean {
    const { countries, bodies } = this.ownerStems[lang];
    if (!countries.has(owner) || !bodies.has(body)) return false;
    const told = this.markedStems(entry.fact.statement[lang], lang).stems;
    return told.some((st, i) => st === owner && told[i + 1] === body);
  }

  /** The cues found in a stretch's stems and particles. */
  private cuesIn(stems: readonly string[], marks: readonly (string | null)[]): readonly CueHit[] {
    return this.cuesRead.get(`${stems.join('\u0001')}\u0002${marks.join('\u0001')}`, () => this.cues.find(stems, marks));
  }
  private cuesRead = new Recent<readonly CueHit[]>(RECENT_READS);

  /**
   * Each stated number with the one series it is about, where exactly one is nearest. `unbound` hears why a number was
   * left unbound (scripts/explain.ts prints it), with the series when the number is that series' measure said of a time the
   * record does not settle it for ("in the first ten months"); a number it does not hear of was bound, or set aside before any reading.
   */
  bind(sentence: string, lang: Lang, quantities: readonly Quantity[], allowed: (e: SeriesEntry) => boolean, unbound?: (q: Quantity, why: string, measured?: SeriesEntry) => void): Binding[] {
    const folded = foldSameLength(sentence);
    const ranges = rangesOf(folded, quantities, this.words[lang]);
    const noCue = new Set<Quantity>();
    const heard = (q: Quantity, why: string, measured?: SeriesEntry) => {
      if (why === NO_CUE) noCue.add(q);
      unbound?.(q, why, measured);
    };
    const near = this.bindEach(sentence, lang, quantities, allowed, ranges, heard);
    const bindings = [...near, ...this.beyondReach(sentence, folded, lang, quantities, allowed, ranges, near, noCue)];
    return ranges.length ? rangesBound(bindings, quantities, ranges, unbound) : bindings;
  }

  /**
   * The bindings of numbers no cue in their reach named, read again over their whole clause up to their neighbours ("70 percent
   * of firearms reported to have been recovered in Mexico from 2014 through 2018 and submitted for tracing"): a long subject
   * may hold its measure's words beyond the reach. Only those numbers' bindings are kept; every other number is read as before.
   */
  private beyondReach(
    sentence: string,
    folded: string,
    lang: Lang,
    quantities: readonly Quantity[],
    allowed: (e: SeriesEntry) => boolean,
    ranges: readonly number[],
    near: readonly Binding[],
    noCue: ReadonlySet<Quantity>,
  ): Binding[] {
    const widened = quantities.filter((q, i) => {
      if (!noCue.has(q) || near.some((b) => b.quantity === q)) return false;
      const [a, b] = [stretchOf(folded, quantities, i), stretchOf(folded, quantities, i, CLAUSE_REACH)];
      return a.from !== b.from || a.to !== b.to;
    });
    if (!widened.length) return [];
    return this.bindEach(sentence, lang, quantities, allowed, ranges, undefined, CLAUSE_REACH).filter((b) => widened.includes(b.quantity));
  }

  private bindEach(
    sentence: string,
    lang: Lang,
    quantities: readonly Quantity[],
    allowed: (e: SeriesEntry) => boolean,
    ranges: readonly number[],
    unbound?: (q: Quantity, why: string, measured?: SeriesEntry) => void,
    reach?: number,
  ): Binding[] {
    const folded = foldSameLength(sentence);
    const words = this.words[lang];
    // A negation that is a cue's own word ("do not travel") denies nothing, but binds only to that cue's series.
    // A place lost to one named ("China lost its place … to Mexico") is no denial but a place taken (engine/place-taker.ts).
    const undenied = blankPlacesLostToNamed(sentence, folded, words);
    const masked = maskCueNegations(undenied, lang, words.negation, this.negations[lang]);
    // A denial that opens the sentence ("It is not true that …", "Es falso que …", "Stop saying …") denies every number
    // after it, however far beyond the number's own stretch.
    const unnumbered = blankNotDenials(masked.text);
    const opening = findAll(unnumbered, words.negation).find((n) => OPENING.test(unnumbered.slice(0, n.at)))?.at ?? null;
    const directionStems = this.directionStems[lang];
    const out: Binding[] = [];
    const stretches = quantities.map((_, i) => stretchOf(folded, quantities, i, reach));
    // "78 of the 104 World Cup matches", "11 de las 16 sedes": a part said right before its whole (of its unit, and less than
    // it) is of the kind the words after the whole name: its stretch reaches over the whole to them.
    for (let i = quantities.length - 2; i >= 0; i--)
      if (partBeforeWhole(folded, quantities[i]!, quantities[i + 1]!, words.wholeAfter)) stretches[i] = { from: stretches[i]!.from, to: stretches[i + 1]!.to };
    // "Of the 105,000 guns traced, 70% came from the U.S.", "De las 105 mil armas rastreadas, el 70% …": a share said after
    // its whole's count, in a phrase that opens the sentence or its clause, is of what that phrase names: its stretch reaches back over it.
    // So is one said of it by a pronoun ("12 million Mexicans live abroad, 97% of them in the U.S.", "21,889 libras, de las
    // cuales 96.6% …": the packs' `shareOfThem`).
    for (let i = 1; i < quantities.length; i++)
      if (shareAfterWhole(folded, quantities[i - 1]!, quantities[i]!, words) || shareOfThem(folded, quantities[i - 1]!, quantities[i]!, words))
        stretches[i] = { from: Math.min(stretches[i - 1]!.from, stretches[i]!.from), to: stretches[i]!.to };
    // "Between 70% and 90% of the guns …": both ends of a range speak of what the words around the whole range name.
    for (const i of ranges) stretches[i] = stretches[i + 1] = { from: stretches[i]!.from, to: stretches[i + 1]!.to };
    // "Las remesas, de unos US$65 mil millones en 2024, superaron a las exportaciones petroleras": the words after a link of
    // comparison that name another measure are the other side's, never the measure of a number said before the link.
    for (const link of comparisonLinks(folded, quantities, words)) {
      const close = clauseOf(folded, { start: link.at, end: link.end } as Quantity)[1];
      if (!this.seriesOf(sentence.slice(link.end, close), lang, allowed)) continue;
      quantities.forEach((q, i) => {
        if (q.end <= link.at && stretches[i]!.to > link.at) stretches[i] = { from: stretches[i]!.from, to: link.at };
      });
    }
    const spans = this.monthSpans(sentence, lang);
    // The part of a year the sentence says ("the first half", "de enero a junio"), as stems: a part-year series must name it too.
    // Each number's own, in its reach for words of time: "…, marking the steepest monthly drop" speaks of no part the number is of.
    const partsSaid = findAll(folded, words.partYear);
    // A span of months the pack's own words open ("entre enero y", "between January and") goes on past the "and" that ends
    // the reach: its last month ("… septiembre") is said of the number too.
    const partSaidOf = (q: Quantity) => {
      const [a, b] = periodReach(folded, q);
      const inReach = partsSaid.filter((hit) => hit.at >= a && hit.at < b);
      const stemsOf = (hit: { word: string }) => this.markedStems(hit.word, lang).stems;
      const said = inReach.filter((hit) => hit.end <= b).flatMap(stemsOf);
      const opened = inReach.filter((hit) => hit.end > b).flatMap(stemsOf);
      return [...said, ...opened, ...spans.filter(([first, last]) => opened.includes(first) && !said.includes(last)).map(([, last]) => last)];
    };
    // A year the sentence compares with, one that is part of a name ("the 2026 World Cup") or one a record is said since ("the
    // fewest since 1970"), is no number's time.
    const since = recordSinceYear(folded, words);
    // What a report says starts after its frame ("Officials said that on June 6, 2025, …"): a year may open the claim's clause there.
    // Read only for a year, once per sentence: most numbers never ask.
    let claimStart: number | undefined;
    const claimFrom = () => {
      if (claimStart === undefined) {
        const frame = reportFrame(folded, words);
        claimStart = frame?.[0] === 0 ? frame[1] : 0;
      }
      return claimStart;
    };
    const compared = new Set([...comparedYears(folded, words).map((c) => c.at), ...baselineYears(folded, words), ...namedYears(folded, words.yearNames), ...(since === null ? [] : [since])]);
    // "Remittances have risen 83% since 2018, to $61.8 billion": where a change starts is no time of a level said after it
    // outside its clause; such a level is the latest. (A state said held since a year after it keeps that year: "…, which it
    // has held since 2019".)
    const sinceAt = yearsRightAfter(folded, findAll(folded, words.cumulative), words.months, words.decadeParts);
    // "Remittances, which reached a record $64.7 billion in 2024, fell 4.6% last year": a year said in a relative clause set
    // between commas is the time of that clause's numbers only.
    const asides = relativeAsides(folded, words);
    const asideYears = (q: Quantity) =>
      asides.filter(([from, to]) => q.start < from || q.start >= to).flatMap(([from, to]) => [...folded.slice(from, to).matchAll(/(?<!\d)(?:19|20)\d\d(?!\d)/g)].map((m) => from + m.index));
    const yearsApart = (q: Quantity) => (asides.length ? new Set([...compared, ...asideYears(q)]) : compared);
    const startedBefore = (q: Quantity) => new Set([...yearsApart(q), ...sinceAt.filter((at) => at < q.start)]);
    // A decade ("the 2010s", "los años 2000") is ten years: no number's one year.
    const decades = decadeYears(folded, words.decadeBefore);
    // Numbers no cue speaks of, though nothing set them aside: a baseline or a change may relate them to another.
    const open: number[] = [];
    /** Words of direction in each open number's stretch: a baseline with "exports" beside it is not two-way trade. */
    const directions = new Map<Quantity, string[]>();
    /** Each open number's stretch, as stems, and the period it says. */
    const openStems = new Map<Quantity, { stems: string[]; stated: ReturnType<typeof statedPeriod> }>();
    /** Percentages of change bound to the change of an amount from the year before (yearOnYear). */
    const yearOnYear: Binding[] = [];
    /** Amounts said as a change ("rose by $2 billion"): indices into `quantities`. */
    const amounts: number[] = [];
    /** The series a number was bound to by its head words: every number bound to them is judged as warily. */
    const headBound = new Set<SeriesEntry>();
    // A leading concessive clause says its negation of itself ("Aunque no existen cifras oficiales, … hay un millón").
    const lead = leadingConcessiveEnd(folded);
    /** A change said with a year, or since one ("since 2019"), may be one between two years of a yearly series. */
    const yearly = (stated: ReturnType<typeof statedPeriod>, q: Quantity) => periodFits(stated, 'year') || (stated === 'cumulative' && changeBase(folded, q, words) !== null);
    quantities.forEach((q, i) => {
      const drop = (why: string, measured?: SeriesEntry): void => unbound?.(q, why, measured);
      const changeWord = changePercentWord(folded, q, words);
      // "between 70% and 90%": a range of values names no single value; either end alone would be judged wrong.
      // A range said of one measure in one unit, each end said exactly, is read whole (rangesBound).
      const ranged = ranges.includes(i) || ranges.includes(i - 1);
      if (isAlternative(folded, q) || (!ranged && inRange(folded, quantities, i, words))) return drop('alternative or range');
      // An amount said as a change ("rose by $2 billion") is no level: it is a change of its measure between two years.
      const changeAmount = isChangeAmount(folded, q, words);
      const before = folded.slice(Math.max(0, q.start - 16), q.start);
      if (q.unit !== 'rank' && labelled(before, words.labels)) return drop('a label');
      if (q.unit !== 'rank' && q.unit !== 'year' && added(folded, q.start, q.end, words.addedBefore, words.addedAfter)) return drop('an addition');
      const { from, to } = stretches[i]!;
      const stretch = folded.slice(from, to);
      // A number that is a rate of something else ("a 3.5% tax", "un arancel del 25%") is not the record's; a year is a date, no rate ("the tax took effect in 2026").
      if (q.unit !== 'year' && hasAny(folded.slice(Math.max(from, q.start - 25), Math.min(to, q.end + 25)), words.otherMeasure)) return drop('a rate of another measure');
      // Nor is one said in real terms or in pesos, however far the words stand ("En términos reales, las remesas cayeron 4.6%").
      if (q.unit !== 'rank' && q.unit !== 'year' && hasAny(folded, words.otherBasis)) return drop('another basis');
      // A projection is not a record (but a thing scheduled, "will have 48 teams", is); a negated
      // number ("is not the largest") says what it is not.
      // The clause's verb may stand far before the number ("México cerrará el año con … al alcanzar casi 41 mil millones").
      const clauseStart = Math.min(clauseOf(folded, q)[0], from);
      const projected = hasAny(folded.slice(clauseStart, to), words.projection) || forecastVerb(sentence, clauseStart, to, words.projectionEndings) || imminentIn(stretch, words);
      const reachEnd = periodReach(folded, q)[1];
      // "…, but that is wrong" takes back everything said before it.
      if (findAll(folded.slice(q.end), words.retraction).length || endsWithAny(folded.slice(q.end), words.closingRetraction)) return drop('retracted');
      // "Mexico was the largest partner until 2025", "… hasta 2024", "after 2020, … reached": a state said to have ended or
      // begun at a year is of years the sentence does not name, no one record's.
      if (q.unit !== 'year' && [words.untilTime, words.beforeTime, words.afterTime].some((list) => yearsAfter(stretch, list).length)) return drop('bounded by a year');
      // "Before NAFTA, the U.S. sold …", "… antes de la pandemia": a time before a thing named, with no year of its own, is of years
      // the sentence does not name either.
      if (q.unit !== 'year' && beforeNamed(sentence, folded, clauseOf(folded, q)[0], to, words)) return drop('bounded by an event');
      if (decades.some((at) => at >= from && at < to)) return drop('said of a decade');
      const ownFrom = q.start >= lead ? Math.max(from, lead) : from;
      // "Mexico is not the largest partner", "México ya no es el principal socio": a position its subject is denied, by the
      // sentence's one negation (which may open it), is judged as denied (right when the record is not it).
      const denial = q.unit === 'rank' && !projected ? positionDenial(unnumbered, ownFrom, q, words) : null;
      if (!denial && negatedIn(masked.text, ownFrom, to, reachEnd, words.negation)) {
        // "…del PIB, no al 10%": a number the sentence denies, said against the one before it.
        if (!projected && !changeAmount && q.unit !== null && q.unit !== 'year' && contrasted(masked.text, q, words.negation)) open.push(i);
        return drop('negated');
      }
      if (!denial && opening !== null && opening < from) return drop('denied at the opening');
      const cueNegated = !denial && negatedIn(undenied, ownFrom, to, reachEnd, words.negation);
      const stated = statedPeriod(folded, q, words);
      const partSaid = partSaidOf(q);
      // In its reach: "…, marking the steepest monthly drop" says no amount of each month.
      const perMonth = stated === 'part-year' && rateIn(folded.slice(from, Math.min(to, reachEnd)), words.partYearRate);
      // A poll's share or a rating dated by its month alone ("58 en enero de 2019", "69% in June 2025") is of the poll's year: a
      // point series of shares or scores holds it. No flow counted over months is meant, and a count of people is left out
      // ("cada semana 350 personas", a rate).
      const monthDated = stated === 'part-year' && !perMonth && (q.unit === 'percent' || q.unit === null) && monthsOnly(partsSaid, periodReach(folded, q), words);
      // Two years in a row ("the 2023-24 academic year", "el ciclo 2023-2024") are one year of a series counted in
      // school or crop years ("2023/24"): a span only for series of calendar years.
      const straddled = stated === 'range' ? joinedYearOf(folded) : null;
      const statedFor = (e: SeriesEntry) => (straddled && e.figures.some((f) => STRADDLING.test(f.period)) ? 'year' : stated);
      // "Entre 2018 y 2024 la pobreza bajó de 41.9% a 29.6%": the number a trend starts from, said over a span whose two years are
      // the only ones said, is the level of the span's first year (the number it goes to, of its last: relatedBindings).
      const trendSpan = stated === 'range' && q.unit !== 'year' && i + 1 < quantities.length && isTrend(folded, q, quantities[i + 1]!, words) ? spanEnds(folded) : null;
      const said = q.unit === 'year' ? (a: number, b: number) => sentence.slice(a, b) : this.countryNamed(sentence, from, to, lang);
      // A position said with its noun ("el principal socio") holds part of its own cue.
      const post = this.markedStems(said(q.unit === 'rank' ? q.start : q.end, to), lang);
      const plain = this.markedStems(said(from, q.start), lang);
      const unnamed = q.unit !== 'year' && q.unit !== 'rank' && !this.cuesIn([...plain.stems, '\u0000', ...post.stems], [...plain.marks, null, ...post.marks]).length;
      const pre =
        (unnamed && this.antecedentSaid(sentence, folded, clauseOf(folded, q)[0], from, q.start, quantities[i - 1]?.end ?? 0, lang)) ||
        (unnamed && levelAfterChange(folded, quantities, i, words) && this.changeLeadSaid(sentence, quantities[i - 1]!, stretches[i - 1]!.from, q.start, lang)) ||
        plain;
      const stems = [...pre.stems, '\u0000', ...post.stems];
      const marks = [...pre.marks, null, ...post.marks];
      const at = pre.stems.length;
      // An event's cue and its year stand in one stretch of words: a break between them ("The USMCA replaced NAFTA, signed
      // in 2018") leaves the year to an aside. A date's own comma ("July 1, 2020", "July 1st, 2020") is no break.
      const preText = sentence.slice(from, q.start);
      // Nor is a list's comma ("awarded the World Cup to Canada, Mexico and the U.S. in 2018"): the list counts as one word.
      const commas = q.unit === 'year' ? [...preText.matchAll(/[,;:(]/g)].filter((m) => !/\d(?:st|nd|rd|th)?\s*$/.test(preText.slice(0, m.index))) : [];
      const listed = commas.find((m) => m[0] === ',' && listOfNames(preText.slice(m.index + 1), words));
      const breaks = commas.filter((m) => m !== listed && (!listed || m.index < listed.index));
      const listWords = listed ? this.markedStems(preText.slice(listed.index + 1), lang).stems.length - 1 : 0;
      const yearReach = breaks.length ? this.markedStems(preText.slice(breaks[breaks.length - 1]!.index + 1), lang).stems.length : at;
      // A year that opens its clause ("In 1994, NAFTA took effect", "El 1 de julio de 2020, el T-MEC entró en vigor") is the
      // time of the event whose cue comes right after it.
      const opens = q.unit === 'year' && opensClause(folded.slice(Math.max(clauseOf(folded, q)[0], q.start > claimFrom() ? claimFrom() : 0), q.start), words, lang);
      // A year said as a time set inside the event's words ("La Suprema Corte desechó en 2025 la demanda de México", "The
      // Supreme Court in June 2025 dismissed …"): a cue around it whose own words stand right on both sides of the time.
      const setInside = q.unit === 'year' && timeSetIn(folded.slice(from, q.start), folded.slice(q.end, to), words);
      let beforeDate = at - 1;
      while (beforeDate > 0 && (this.monthStems[lang].has(stems[beforeDate]!) || /^\d/.test(stems[beforeDate]!))) beforeDate--;
      type Candidate = { entry: SeriesEntry; distance: number; length: number; foreign: number; at: number; end: number; partner?: number; reordered: number };
      let best: Candidate | null = null;
      let tie = false;
      const rank = (h: { distance: number; length: number; foreign: number; reordered: number }) => [h.reordered, h.distance, -h.length, h.foreign];
      // "16 host cities in the United States, Mexico and Canada": a cue that names one place of a list the sentence goes on
      // with does not name the number's measure; the list's whole is said, and a cue of the whole, if any, takes the number.
      const places = namesListed(sentence.slice(from), words).map((list) => list.map((name) => this.markedStems(name, lang).stems));
      // The cue's own words only: one that reaches over the list ("Canada … will host … matches" over "Canada, Mexico and the
      // U.S. will host 104 matches") names one place of it.
      const onePlaceOf = (h: CueHit) => {
        const said = new Set(stems.slice(h.at, h.end + 1).filter((st) => h.entry.cueStems.has(st)));
        return places.some((list) => {
          const inCue = list.map((name) => name.length > 0 && name.every((st) => said.has(st)));
          return inCue.some(Boolean) && !inCue.every(Boolean);
        });
      };
      const found = this.cuesIn(stems, marks).filter((h) => !this.namedOut(h.entry, folded) && !onePlaceOf(h));
      // A cue found in another order is read only where none is found in its own: it never unsettles an ordered reading.
      const inOrder = found.filter((h) => !h.reordered);
      // Unless it holds a shorter cue found in order, words and all, and more words of its own beside them ("En junio de 2025,
      // las remesas" for "remesas en junio" over "remesas"): it names a narrower measure than the cue inside it, as in order.
      const holds = (h: CueHit, o: CueHit) =>
        o.at >= h.at && o.end <= h.end && o.length < h.length && stems.slice(o.at, o.end + 1).every((st) => !o.entry.cueStems.has(st) || h.entry.cueStems.has(st));
      const narrower = found.filter((h) => h.reordered && inOrder.some((o) => holds(h, o))).map((h): CueHit => ({ ...h, reordered: undefined }));
      const read = inOrder.length ? [...inOrder, ...narrower] : found;
      // A reading that leaves out a narrower measure's word yields to that measure's cue (engine/narrower-cues.ts).
      const hits = withoutReadsPast(read, stems, (st) => !this.placeStems[lang].has(st) && !this.particleStems[lang].has(st));
      // "Between 2018 and 2024, poverty fell by 13.4 million", "(2018-2024) salieron de la pobreza 13.4 millones": an amount of
      // change, or a count of those who left a state (a flow out of its level), said over a span of two years is the
      // change of a level between them.
      const exited = q.unit !== 'percent' && q.unit !== 'year' && q.unit !== 'rank' && hasAny(folded.slice(...clauseOf(folded, q)), words.exits);
      // So is a percentage said with its word of change ("rose 83% between 2018 and 2025", "crecieron 83% entre 2018 y 2025"):
      // the level's change between the two years, in percent.
      const percentChange = changeWord !== null;
      const spanChange = (changeAmount || exited || percentChange) && stated === 'range' && !projected && !cueNegated ? this.spanChange(folded, q, words, changeAmount, percentChange) : null;
      // A difference in percentage points is a rate's change: over a span, the difference of the rate's two years' figures.
      const spanHeld = (e: SeriesEntry) =>
        !!spanChange &&
        (e.series.period === 'year' || e.series.period === 'point') &&
        !e.series.noChange &&
        (e.figures[0]!.unit !== 'percent' || q.unit === 'points') &&
        [spanChange.from, spanChange.to].every((y) => e.figures.some((f) => f.period === y));
      if (changeAmount && !spanChange) {
        if (projected || cueNegated) return drop('an amount of change');
        // Said after a level, it is that level's change (relatedBindings); with its year and no level beside it, its cue's (yearOnYear).
        amounts.push(i);
        const change = yearly(stated, q) ? this.yearOnYear(folded, q, i, hits, at, stems, stretches, yearsApart(q), allowed, directionStems, words) : null;
        if (change) return void yearOnYear.push({ ...change, quantity: q, span: null, past: false, clause: clauseOf(folded, q) });
        return drop('an amount of change');
      }
      // A word of direction or part the stretch says ("exports", "average") names the number's measure.
      const named = findAll(folded.slice(from, to), words.notDirection).length
        ? inClasses(toStems(folded.slice(from, to).replace(listPattern(words.notDirection), ' '), lang), this.classes[lang])
        : stems;
      // An amount said per a unit of time ("$2.4 billion a day") is an average over it: words of an average name no other
      // measure of a series counted per that unit.
      const averaged = (e: SeriesEntry, s: string) => q.per !== null && e.figures[0]!.per === q.per && this.averageStems[lang].has(s);
      // An event's year is named by its cue's words and those before them: a word of direction after the cue is its clause's
      // own ("Desde su entrada en vigor en 2020, el T-MEC ha impulsado las exportaciones").
      const clashes = (e: SeriesEntry, end?: number) =>
        (end !== undefined && named === stems ? stems.slice(0, end + 1) : named).some((s) => directionStems.has(s) && !e.cueStems.has(s) && !averaged(e, s));
      /** The series head words name that pass as a cue would, each with its reading. */
      const headPassed: Candidate[] = [];
      // The series' head words (engine/measure-heads.ts) name no year, span of years or position (an event's, a term's or a
      // ranking's, named by its cue alone), no word ("most": no figure to the digit) and no percentage of change ("fell
      // 4.6%": a change of some level, which the change's own reading takes).
      let heading = false;
      const headless = q.unit === 'year' || q.unit === 'years' || q.unit === 'rank' || !!q.vague || changeWord !== null;
      const heads = this.specificHeads(lang);
      const namedOut = (e: SeriesEntry) => this.namedOut(e, folded);
      // Where no cue said names a series of the number's unit, whatever its topic, the series' head words may: read after every
      // cue, and only then.
      const readings = function* (): Generator<CueHit> {
        yield* hits;
        if (best || tie || headless || hits.some((h) => unitFits(q, h.entry.figures[0]!))) return;
        heading = true;
        yield* headsIn(stems, heads).filter((h) => !namedOut(h.entry));
      };
      for (const hit of readings()) {
        // A day's amount said with the words of its flow's yearly total ("el comercio entre México y
        // EE.UU. … un millón de dólares por minuto") is of the flow's daily series.
        const e = (stated === 'day' && hit.entry.series.period !== 'day' && this.daily.get(`${hit.entry.series.subject}|${hit.entry.series.direction ?? ''}`)) || hit.entry;
        // Part of a year said with the words of an annual flow can only be checked as less than the year's whole.
        const part = stated === 'part-year' && e.series.period === 'year' && e.figures[0]!.per === 'year' && q.qualifier !== 'under';
        // "January-June", "de enero a junio": a span of months is not its first month ("remittances in January").
        if (spans.some(([first, last]) => e.cueStems.has(first) && !e.cueStems.has(last))) continue;
        // "FDI in the first half of 2025" is not the January-September total: a part-year series meets only the part its cues name.
        if (e.series.period === 'part-year' && stated === 'part-year' && partSaid.some((st) => !e.cueStems.has(st))) continue;
        // "$29.6 billion a month" is each month's amount, no total of the first half's months.
        if (e.series.period === 'part-year' && perMonth) continue;
        // A position held since a year ("has been the top partner since 2023") is one of a point in time, checked over the years after (engine/streaks.ts).
        const heldSince = q.unit === 'rank' && stated === 'cumulative' && e.series.period === 'point';
        const levelFits = trendSpan
          ? e.series.period === 'year' || e.series.period === 'point'
          : q.unit === 'year' ||
            part ||
            heldSince ||
            periodFits(statedFor(e), e.series.period) ||
            (monthDated && e.series.period === 'point' && (e.figures[0]!.unit === 'percent' || e.figures[0]!.unit === 'score'));
        if (spanChange ? !spanHeld(e) : !levelFits) continue;
        // A percentage of change over the span is of a level in any unit (spanHeld keeps shares out).
        const unitOk = unitFits(q, e.figures[0]!) || (percentChange && !!spanChange && q.unit === 'percent');
        if ((projected && !e.series.scheduled) || !allowed(e) || !unitOk) continue;
        // A nearer cue of a measure the stretch's words of direction or part deny ("average" beside the yearly total) yields to one they name.
        if (clashes(e, q.unit === 'year' ? hit.end : undefined)) continue;
        const near = hit.at > at ? hit.at - at : hit.end < at ? at - hit.end : 0;
        if (q.vague && hit.at < at) continue;
        // An event's cue stands wholly before its year: a year inside the cue's words ("NAFTA, signed in 1992, took effect") is an aside's.
        const inside = setInside && hit.at < at && hit.end > at && e.cueStems.has(stems[beforeDate]!) && e.cueStems.has(stems[at + 1]!);
        // "On June 6, 2025, the U.S. Supreme Court rejected …": the owner of the body that opens the cue, said as the fact's own
        // statement says it ("the U.S. Supreme Court"), stands between the year and the cue as no word of its own; another
        // owner ("Mexico's Supreme Court") names another body.
        const owned = opens && hit.at === at + 2 && this.ownerSaid(stems[at + 1]!, stems[hit.at]!, e, lang);
        // "In 2018, FIFA awarded …", "In 2017, the two countries signed Minute 323": a doer of a few words between the year that
        // opens the clause and a cue that opens on its verb is the verb's subject, the year its time.
        const doer = opens && hit.at > at + 1 && hit.at - at - 1 <= DOER_STEMS && !!this.openingVerbs.get(e)?.[lang].has(stems[hit.at]!);
        if (
          q.unit === 'year' &&
          !(opens && (hit.at === at + 1 || owned || doer)) &&
          !inside &&
          (hit.at > at || hit.end > at || hit.end < at - yearReach || near - listWords - spreadIn(stems, hit.end, at) > EVENT_REACH)
        )
          continue;
        // A small bare number ("12", "20") is bound only by a cue right beside it ("20 consulates").
        if (q.unit === null && q.value < 1000 && near > 1) continue;
        // Head words leave the place unsaid: one the stretch names that the series' cues never do ("U.S. poverty") is another's
        // measure. A measure's way or side is told by the order of its places and their particles ("exports to Mexico", "Mexico's
        // exports", "deficit with Mexico"), which head words do not keep: a series of a way or side is named by them only where
        // no place is said, and another only where none is said with a particle of relation.
        if (heading && stems.some((st, k) => this.placeStems[lang].has(st) && (!e.cueStems.has(st) || !!e.series.direction || !!marks[k]))) continue;
        // Head words name the number's measure only beside it, as its noun ("40,000 homicides") or its subject ("poverty stood at 29.6%").
        if (heading && near > HEAD_REACH) continue;
        const distance = part ? PART_OF_YEAR + near : near;
        // At one distance the longer cue names the measure; of two as long, the one whose words the cue reached over are
        // its series' own ("Mexicans … in extreme poverty" over "Mexicans live in … poverty", which reaches over "extreme").
        const foreign = stems.slice(hit.at, hit.end + 1).filter((st) => !e.cueStems.has(st)).length;
        const reordered = hit.reordered ? 1 : 0;
        if (heading) headPassed.push({ entry: e, distance, length: hit.length, foreign, at: hit.at, end: hit.end, reordered });
        const order = best ? compareRanks(rank({ distance, length: hit.length, foreign, reordered }), rank(best)) : -1;
        if (order < 0) {
          best = { entry: e, distance, length: hit.length, foreign, at: hit.at, end: hit.end, partner: hit.partner, reordered };
          tie = false;
        } else if (order === 0 && e.series.key !== best!.entry.series.key) {
          tie = true;
        }
      }
      if (heading && headPassed.length) {
        // Of the series head words name, the narrowest of all those of the number's unit and period, whatever their topic (the
        // topic read may leave out the one meant) and however common their words; where no other series of its subject may be
        // meant ("poverty" beside the count of the poor, a share beside an amount: another unit or period keeps it apart).
        const fitting = (e: SeriesEntry) => unitFits(q, e.figures[0]!) && periodFits(statedFor(e), e.series.period);
        const chosen = narrowestHead(
          headsIn(stems, this.heads[lang])
            .map((h) => h.entry)
            .filter(fitting),
          this.heads[lang],
        );
        const sibling = (c: SeriesEntry) => (this.subjects.get(c.series.subject) ?? []).some((o) => o !== c && fitting(o));
        best = (chosen && !sibling(chosen) && headPassed.find((c) => c.entry === chosen)) || null;
        tie = false;
        if (best) headBound.add(best.entry);
      }
      if (!best) {
        if (projected || cueNegated) return drop(NO_CUE);
        if (changeAmount) {
          amounts.push(i);
          return drop('an amount of change');
        }
        // "Las remesas cayeron 4.6% en 2025": a change with its year and no level beside it is the change from the year before.
        // "Los homicidios bajaron 11% en el primer semestre de 2025": said of a part of a year, from that part of the year before.
        const partOfYear = stated === 'part-year' && !perMonth ? partSaid : null;
        if (q.unit === 'percent' && (yearly(stated, q) || partOfYear)) {
          const change = this.yearOnYear(folded, q, i, hits, at, stems, stretches, yearsApart(q), allowed, directionStems, words, partOfYear);
          if (change) return void yearOnYear.push({ ...change, quantity: q, span: null, past: false, clause: clauseOf(folded, q) });
        }
        // A bare count a trend goes to ("de 46.8 a 38.5 millones") is the trend's measure, as one of a unit is. So is one a
        // change's size is said against ("una caída del 4,6% contra los 64.746,4 millones del 2024"): the level it started at.
        const trendTo = i > 0 && isTrend(folded, quantities[i - 1]!, q, words);
        const changeStart = i > 0 && changePercentWord(folded, quantities[i - 1]!, words) !== null && saidAsBaseline(folded, quantities, i, words);
        if (q.unit !== 'year' && (q.unit !== null || q.vague || trendTo || changeStart)) open.push(i);
        directions.set(
          q,
          stems.filter((s) => directionStems.has(s)),
        );
        openStems.set(q, { stems, stated });
        return drop(NO_CUE);
      }
      if (tie || (cueNegated && !masked.keys.has(best.entry.series.key))) return drop('tie or negated cue');
      // "Remittances and tourism brought Mexico $96 billion", "Las aprehensiones y los escapes superaron 2.7 millones": a clause
      // that opens on the measure's noun joined to another's is said of their sum, which no record holds.
      if (q.unit !== 'year' && q.unit !== 'rank' && this.sumOpens(sentence.slice(clauseOf(folded, q)[0], q.start), best.entry, lang)) return drop('a sum of two measures');
      // "awarded the 2026 World Cup final in 2022", "otorgó la final del Mundial 2026": a part of the event is another event,
      // dated apart from the whole, unless the record's own cues name that part.
      if (q.unit === 'year' && this.partOfEventSaid(sentence, folded, [from, to], q, best, lang)) return drop('a part of the event');
      // Nor is a rate a cue says is a tax's or a tariff's, however far the word stands ("raised the tariff on Mexican goods to
      // 30%"): such rates lapse and carry exceptions the series do not hold ("remains in place" after a court voided it).
      if (q.unit !== 'year' && stems.slice(best.at, best.end + 1).some((st) => this.setRateStems[lang].has(st))) return drop('a rate of another measure');
      // The cue's other side said in another role, and another name after "with" ("el déficit de México
      // con Estados Unidos" for "déficit con México"): the relation is turned round, another measure.
      const partner = best.partner;
      if (partner !== undefined && marks[partner] !== 'with' && marks.some((m, k) => m === 'with' && k !== partner && stems[k] !== stems[partner])) return drop('relation turned round');
      // A sibling measure's cue over the same words ("an ally" beside "an ally or a friend") leaves it in
      // doubt; a sibling of another period (the annual total beside "a day") does not, nor a shorter one
      // inside the bound cue's own words ("consider Mexico an ally" inside "consider Mexico an ally or a friend").
      const b = best;
      // "Mexico will host 13 matches of the 2026 World Cup", "el Azteca albergará cinco partidos del Mundial 2026": a cue whose
      // own words beyond the bound cue's are only an event's name and year names the event's whole, which the bound cue
      // narrows to a part it names (a country, a stadium); it leaves the number to the part.
      const ownWords = (h: { entry: SeriesEntry; at: number; end: number }) => stems.slice(h.at, h.end + 1).filter((st) => h.entry.cueStems.has(st));
      // Not after names joined by "and" or a comma ("The U.S., Mexico and Canada will host 104 matches …"): the count is theirs together.
      const narrowed = (h: CueHit) => {
        if (namesJoined(sentence.slice(0, q.start), words)) return false;
        const beyond = ownWords(h).filter((st) => !b.entry.cueStems.has(st));
        return beyond.every((st) => this.eventNameStems[lang].has(st) || /^(?:19|20)\d\d$/.test(st)) && ownWords(b).some((st) => !h.entry.cueStems.has(st));
      };
      if (
        hits.some(
          (h) =>
            h.entry.series.key !== b.entry.series.key &&
            h.entry.series.subject === b.entry.series.subject &&
            !narrowed(h) &&
            h.at <= b.end &&
            b.at <= h.end &&
            !(h.at >= b.at && h.end <= b.end && h.length < b.length) &&
            allowed(h.entry) &&
            unitFits(q, h.entry.figures[0]!) &&
            periodFits(stated, h.entry.series.period),
        )
      )
        return drop('sibling cue over the same words');
      // A cue said around the number with another series' cue inside it ("en Estados Unidos viven 37 millones de
      // personas de origen mexicano": living in the U.S. around, of Mexican origin inside) is in doubt: the inner
      // cue's own words say what is counted.
      const around = best.at < at && best.end > at;
      if (
        around &&
        hits.some(
          (h) =>
            h.entry.series.key !== b.entry.series.key &&
            h.at > b.at &&
            h.end <= b.end &&
            allowed(h.entry) &&
            unitFits(q, h.entry.figures[0]!) &&
            stems.slice(h.at, h.end + 1).some((s) => h.entry.cueStems.has(s) && !b.entry.cueStems.has(s)),
        )
      )
        return drop('another cue inside');
      // Nor is it when another series' cue, said whole on one side of the number, takes the around cue's words on that
      // side further ("people born in the U.S. make up 23% of immigrants in Mexico": "of U.S. … immigrants" around,
      // "of immigrants in Mexico" after): the words said whole name the measure.
      if (
        around &&
        hits.some(
          (h) =>
            h.entry.series.key !== b.entry.series.key &&
            (h.at > at || h.end < at) &&
            h.at <= b.end &&
            b.at <= h.end &&
            (h.at < b.at || h.end > b.end) &&
            !narrowed(h) &&
            allowed(h.entry) &&
            unitFits(q, h.entry.figures[0]!) &&
            periodFits(stated, h.entry.series.period),
        )
      )
        return drop('another cue said whole');
      // A part of the count said in words of its own, in any order, up to a comma ("… in the U.S. are unauthorized").
      const phrase = sentence.slice(from, to);
      const [phraseFrom, phraseTo] = [phrase.lastIndexOf(',', q.start - from) + 1, phrase.indexOf(',', q.end - from)];
      const phraseAfter = this.markedStems(phrase.slice(q.end - from, phraseTo < 0 ? undefined : phraseTo), lang).stems;
      const phraseStems = [...this.markedStems(phrase.slice(phraseFrom, q.start - from), lang).stems, ...phraseAfter];
      if (this.partSaid(new Set(phraseStems), new Set(phraseAfter), best.entry, stated, allowed)) return drop('a part said in other words');
      // "Seized between ports of entry" is not "seized at ports of entry": a word that places the thing apart from a word of
      // the cue, which the cue does not say it with, leaves the number to the rest.
      // Beside a position, a word that also names a field ("entre los socios": among, not between) says what is ranked.
      // Before a people's word it says among whom, no place apart: "la imagen positiva de EU entre los mexicanos" is a poll of Mexicans.
      const countries = this.ownerStems[lang].countries;
      const apart = findAll(folded.slice(from, to), words.apartFrom).some((hit) => {
        if (q.unit === 'rank' && words.fieldOf.includes(hit.word)) return false;
        if (peopleNext(folded.slice(from + hit.end, to), words)) return false;
        const [next, second] = toStems(folded.slice(from + hit.end, to), lang);
        // Two countries named one after the other are a relation's two sides, no place apart ("the border between the U.S. and
        // Mexico"); a month is a span of time ("entre enero y junio").
        if ((second !== undefined && countries.has(next!) && countries.has(second)) || this.monthStems[lang].has(next!)) return false;
        return next !== undefined && best!.entry.cueStems.has(inClasses([next], this.classes[lang])[0]!) && !best!.entry.series.cues[lang].some((cue) => hasAny(foldSameLength(cue), [hit.word]));
      });
      if (apart) return drop('placed apart');
      // A count says what it counts right after it ("40 cities"): another noun than the series' is another measure.
      // So does a share its whole, where the cue names one of its own right after a word of field and the sentence says it only
      // past a verb, as what the share's whole is: "La mayoría de los mexicoamericanos son inmigrantes nacidos en México" is no
      // share "de los inmigrantes en México".
      if (q.unit === 'percent' && best.at > at + 1 && this.otherWhole(folded.slice(q.end, to), lang, best.entry, post.stems[0], stems[best.at]!)) return drop('another whole');
      if (q.unit === 'count' && post.stems[0] && !best.entry.cueStems.has(post.stems[0])) return drop('another counted noun');
      // A word of direction the series never uses ("exports" beside two-way trade, "net" beside
      // a gross flow) says the number is another measure of the same thing.
      // So does a part ("Democrats", "Texas") said whole anywhere before it in its clause, however far ("Among
      // Democrats surveyed by …, support … reached 27%"). After the number the stretch's reach holds: what follows may
      // tell of something else ("… por minuto y de ellos, la mayor parte pasa por … California"). Sought beyond the
      // stretch's start (inside it, its stems were read above) to the end of a word the reach cuts in two; whole words,
      // as "pueblos" is no "Puebla".
      let cut = from;
      while (cut < q.start && /[\p{L}\p{N}]/u.test(folded[cut]!)) cut++;
      // A possessive before the number ("its two-way trade", "su comercio") speaks of a subject named before: in an earlier
      // clause too ("Port Laredo is the main gateway …: its two-way trade rose to $339 billion").
      const clauseFrom = stretchOf(folded, quantities, i, Number.POSITIVE_INFINITY).from;
      const far = folded.slice(hasAny(folded.slice(clauseFrom, q.start), words.referBack) ? 0 : clauseFrom, cut);
      if (findAll(far, words.parts).some((h) => inClasses(toStems(h.word, lang), this.classes[lang]).some((st) => !best!.entry.cueStems.has(st)))) return drop('a part said');
      // "Las tres sedes mexicanas, en las que se jugarán un total de 13 partidos": one country named before the number in its
      // clause, where the measure has a series of that country's part, says the part: the whole's cue names no measure then.
      if (this.countryPart(folded.slice(clauseFrom, q.start), lang, best.entry, stems.slice(best.at, best.end + 1))) return drop("a country's part said");
      if (clashes(best.entry, q.unit === 'year' ? best.end : undefined)) return drop('a direction word');
      // Nor is one said with the opposite of its measure's word ("unfavorable" of a favorable share whose cues name
      // only its source, "according to the Chicago Council"): it is the opposite measure's.
      const own = this.ownStems.get(best.entry)!;
      if (named.some((s) => !own.has(s) && ownFamily(own, this.opposites[lang].get(s)))) return drop('the opposite word');
      // A cue that names the series' source and nothing of what it counts ("Chicago Council", "según el Consejo de
      // Chicago") says nothing of its way either: where series of its subject go another way, the number is the series'
      // only when said in words of its own way and none of the other's ("ven mal a Estados Unidos", "think poorly of").
      const ways = this.ways(best.entry);
      if (ways && best.entry.series.namedBy) {
        const names = new Set(best.entry.series.namedBy.flatMap((n) => inClasses(toStems(n, lang), this.classes[lang])));
        const measure = this.measureStems.get(best.entry)!;
        const cue = stems.slice(best.at, best.end + 1);
        const sourceOnly = cue.every((s) => s === '\u0000' || names.has(s) || !measure.has(s));
        const rest = named.filter((s) => !names.has(s) && !cue.includes(s));
        if (sourceOnly && (!rest.some((s) => ways.own.has(s)) || rest.some((s) => ways.other.has(s)))) return drop('source named only');
      }
      // A sector said before the number ("U.S. agricultural exports to Mexico reached $338 billion") is a part of all trade;
      // right after a share, it names the whole the share is of ("83% of Mexico's oil exports").
      // A position's field after it, up to a break, names what is ranked ("the largest supplier of steel to the U.S.").
      const after = this.markedStems(sentence.slice(q.end, to).split(/[,;:]/)[0]!, lang).stems;
      const sectorSaid = q.unit === 'rank' ? [...pre.stems, ...after] : [...pre.stems, ...after.slice(0, SECTOR_AFTER_SHARE)];
      if (sectorSaid.some((s) => this.sectorStems[lang].has(s) && !best!.entry.cueStems.has(s))) return drop('a sector');
      // A position's field names what is ranked, an amount's what it counts, in words a writer chooses freely ("the largest
      // supplier of fresh vegetables", "el mayor comprador de carne de cerdo", "$42 billion of computers"): no list of sectors
      // holds them all, so any word there that is not the series' own, a place or goods at large makes it a product's.
      // Only money: a count's noun after it is what it counts ("38.5 millones de personas en pobreza").
      const amount = q.unit === 'usd';
      const ownOf = this.ownStems.get(best.entry)!;
      const field = q.unit === 'rank' || amount ? this.fieldStems(sentence.slice(q.end, to).split(/[,;:]/)[0]!, lang, ownOf, amount) : [];
      if (field.some((s) => !ownOf.has(s) && !this.goodsStems[lang].has(s))) return drop('a sector');
      // The whole a share is of, said on past the bound cue's words ("Mexicans make up 69% of undocumented migrants
      // caught at the border": the undocumented population's cue, then "caught at the border"), in words of another
      // share's cues and not its own, may be that other share's whole: in doubt.
      if (q.unit === 'percent') {
        const beyond = after.slice(Math.max(0, best.end - at)).filter((s) => !b.entry.cueStems.has(s));
        if (beyond.length >= 2 && this.shares.some((e) => e.series.subject !== b.entry.series.subject && allowed(e) && beyond.every((s) => e.cueStems.has(s))))
          return drop('the whole of another share');
      }
      // "U.S. imports from Mexico jumped 20% in 2025": a change said with a share's cue that a level's longer cue holds, said
      // word by word, is the level's change from the year before, no share's.
      if (q.unit === 'percent' && changeWord !== null && b.entry.figures[0]!.unit === 'percent' && yearly(stated, q)) {
        const level = this.yearOnYear(folded, q, i, hits, at, stems, stretches, yearsApart(q), allowed, directionStems, words);
        const holds = (h: CueHit) => h.entry === level?.entry && h.at <= b.at && b.end <= h.end && h.length > b.length && h.end - h.at + 1 === h.length;
        if (level && hits.some(holds)) return void yearOnYear.push({ ...level, quantity: q, span: null, past: false, clause: clauseOf(folded, q) });
      }
      if (spanChange) {
        const levels = levelsAfter(folded, quantities, i, words);
        const change = { from: spanChange.from, sign: spanChange.sign, ...(levels && { levels }) };
        return void out.push({ quantity: q, entry: best.entry, year: spanChange.to, span: null, past: false, clause: clauseOf(folded, q), change });
      }
      // A date is its own time: no span or year is asked of it.
      const dated = q.unit !== 'year';
      const oneYear = statedFor(best.entry) !== stated;
      const span = dated && stated === 'range' && !oneYear && !trendSpan ? spanOf(folded) : null;
      if (dated && stated === 'range' && !span && !oneYear && !trendSpan) return drop('a span without years', best.entry);
      const clause = clauseOf(folded, q);
      // "…the top export market for 20 U.S. states", "…en 30 de los 50 estados": a position said over a count of parts (the
      // packs' `partKinds`, "United States" aside) is each part's, no place in the whole's ranking.
      if (q.unit === 'rank' && countOfParts(folded.slice(q.end, clause[1]), words)) return drop('ranked in parts');
      const year = trendSpan
        ? trendSpan[0]
        : oneYear
          ? straddled
          : span || !dated || (q.unit === 'rank' && stated === 'cumulative')
            ? null
            : yearNear(
                folded,
                q,
                from,
                to,
                stretches.filter((_, j) => j > i).map((r) => [r.from, r.to] as const),
                // A running total's start ("92 since February 2025") is no time of its count, wherever it is said.
                stated === 'cumulative' ? (best.entry.series.period === 'cumulative' ? new Set([...compared, ...sinceAt]) : compared) : startedBefore(q),
              );
      // "4.6 million in fiscal years 2023 and 2024", "128 mil millones en 2023 y 2024": an amount said of years joined by "and" is
      // their sum or each one's; no one year's figure settles it. (A position or a share so said holds in each year.)
      if (year && !trendSpan && !UNSUMMED.has(q.unit ?? '') && yearsJoined(folded, words).has(year)) return drop('of years joined', best.entry);
      // A number told of a decade said without its year ("in the nineties", "en los años 90") is of a time the record does not hold.
      if (dated && !span && !year && hasAny(folded.slice(clause[0], clause[1]), words.earlierDecades)) return drop('an earlier decade', best.entry);
      // A level said as the end of a change the record turns round ("remittances rose to $61.8 billion in 2025": they fell)
      // is not borne out by the level alone.
      // The measure's own verb ("la economía creció a una tasa de 3.3%": growth) says no way.
      const change = levelChange(folded, q, from, words) ?? levelWay(folded, q, from, clause[1], words);
      const ownVerb = change && inClasses(toStems(change.word, lang), this.classes[lang]).some((s) => best!.entry.cueStems.has(s));
      if (dated && !span && change && !ownVerb && wrongWay(best.entry.figures, best.entry.series.period, q, year, change.sign, otherYears(folded.slice(clause[0], clause[1]), year, words)))
        return drop('the way turned round', best.entry);
      // Part of a year is bound to the year's total only when it says more than the whole: otherwise it settles nothing.
      const partOfYear = best.distance >= PART_OF_YEAR;
      const recurring = partOfYear && perMonth;
      if (partOfYear && !judgePartOfYear(q, best.entry.figures, year, recurring)) return drop('part of a year', best.entry);
      const date = dated ? null : dateBeforeYear(folded, q, words.months);
      out.push({
        ...(date ? { date } : {}),
        quantity: q,
        entry: best.entry,
        year,
        span,
        ...(trendSpan ? { until: trendSpan[1] } : {}),
        // The number a trend starts from ("from $507 billion to $873 billion") is a past figure.
        past: hasAny(stretch, words.past) || (i + 1 < quantities.length && isTrend(folded, q, quantities[i + 1]!, words)),
        history: hasAny(stretch, words.history),
        former: hasAny(stretch, words.formerly),
        clause,
        // A position whose own noun opens its cue ("la principal fuente de importaciones de EU") names its field as a cue around a number does.
        enclosed: around || (q.unit === 'rank' && best.at > at && best.at <= at + 1 + this.markedStems(sentence.slice(q.start, q.end), lang).stems.length),
        partOfYear,
        recurring,
        ...(denial ? { denied: true, onlyDisproved: denial === 'only disproved' } : {}),
        anotherPart: q.unit === 'percent' && this.otherPart(folded.slice(q.end, clause[1]), lang, best.entry),
        // "Las muertes por sobredosis cayeron 27%": a percentage said as a change is no share's level; it settles nothing,
        // unless its word of change is the measure's own verb ("la economía creció 1.5%": growth).
        // So is a difference in percentage points ("Mexico's share rose 1.2 percentage points"): a share's, judged by no record.
        asChange:
          q.unit === 'points' ||
          (changeWord !== null && best.entry.figures[0]!.unit === 'percent' && !inClasses(toStems(changeWord, lang), this.classes[lang]).some((st) => best!.entry.cueStems.has(st))),
      });
    });
    // "Remittances rose 2.3% in 2024 to $64.7 billion": the level a change reached is of the change's measure and year.
    const reached = levelsReached(folded, quantities, open, yearOnYear, words)
      .filter((b) => unitFits(b.quantity, b.entry.figures[0]!))
      .map((b) => ({ ...b, span: null, past: false }));
    if (reached.length) {
      out.push(...reached);
      open.splice(0, open.length, ...open.filter((i) => !reached.some((b) => b.quantity === quantities[i])));
    }
    const sides = this.opposed(
      sentence,
      lang,
      open.map((i) => quantities[i]!),
      openStems,
      out,
      allowed,
      folded,
      stretches,
      quantities,
      compared,
    );
    if (sides.length) {
      out.push(...sides);
      open.splice(0, open.length, ...open.filter((i) => !sides.some((b) => b.quantity === quantities[i])));
    }
    const warily = (list: Binding[]): Binding[] => (headBound.size ? list.map((b) => (headBound.has(b.entry) ? { ...b, byHead: true } : b)) : list);
    if ((!open.length && !amounts.length) || !out.length)
      return withBaselineYears(folded, quantities, warily([...out, ...yearOnYear]), words, lang).sort((a, b) => a.quantity.start - b.quantity.start);
    // A number in a relative clause set between commas is related to no number outside it, nor one outside to it.
    const asideOf = (q: Quantity) => asides.find(([from, to]) => q.start >= from && q.start < to);
    const claused = asides.length
      ? out.map((b) => {
          const aside = asideOf(b.quantity);
          return aside ? { ...b, clause: [Math.max(aside[0], b.clause[0]), Math.min(aside[1], b.clause[1])] as const } : b;
        })
      : out;
    const related = relatedBindings(
      masked.text,
      quantities,
      stretches,
      claused,
      open,
      words,
      (q, e) => unitFits(q, e.figures[0]!) && !(directions.get(q) ?? []).some((s) => !e.cueStems.has(s)) && !this.saidOtherWay(openStems.get(q)?.stems ?? [], e),
      (e) => e.series.period === 'year' && !e.series.noChange,
      amounts,
      (e) => e.series.period === 'part-year' && !e.series.noChange,
    );
    // A change the sentence relates to a level it states ("$64.7 billion, up 2.3%") is that level's, not the year before's.
    const own = yearOnYear.filter((b) => !related.some((r) => r.quantity === b.quantity) && !claused.some((o) => o.quantity.start < b.quantity.start && o.clause[0] === b.clause[0]));
    return withBaselineYears(folded, quantities, warily([...out, ...own, ...related.map((b) => ({ ...b, span: null, past: false }))]), words, lang).sort((a, b) => a.quantity.start - b.quantity.start);
  }

  /**
   * A number said beside one bound to a series, with the opposite of the bound one's word and the rest of the cue left
   * unsaid ("60% have a negative view of Mexico, compared to 37% who express a positive perception", "el 69% de los
   * inmigrantes son legales y el 31% ilegales"): of the series of the same subject that the opposite word names (the
   * packs' `opposites`), where exactly one is so named.
   */
  private opposed(
    sentence: string,
    lang: Lang,
    numbers: readonly Quantity[],
    said: ReadonlyMap<Quantity, { stems: string[]; stated: ReturnType<typeof statedPeriod> }>,
    bound: readonly Binding[],
    allowed: (e: SeriesEntry) => boolean,
    folded: string,
    stretches: readonly { from: number; to: number }[],
    quantities: readonly Quantity[],
    compared: ReadonlySet<number>,
  ): Binding[] {
    const opposite = this.opposites[lang];
    const out: Binding[] = [];
    for (const q of numbers) {
      const own = said.get(q);
      if (!own || q.unit === null) continue;
      const found = new Set<SeriesEntry>();
      for (const b of bound) {
        if (b.denied || b.change || !unitFits(q, b.entry.figures[0]!)) continue;
        const at = stretches[quantities.indexOf(b.quantity)]!;
        const words = this.markedStems(sentence.slice(at.from, at.to), lang).stems.filter((st) => b.entry.cueStems.has(st));
        const turned = words.map((st) => opposite.get(st)).filter((st): st is string => !!st && own.stems.includes(st));
        if (!turned.length) continue;
        for (const e of this.subjects.get(b.entry.series.subject) ?? []) {
          if (e === b.entry || this.namedOut(e, folded) || !allowed(e) || !unitFits(q, e.figures[0]!) || !periodFits(own.stated, e.series.period)) continue;
          if (turned.every((st) => e.cueStems.has(st)) && words.every((st) => !turned.includes(st) || e.cueStems.has(st))) found.add(e);
        }
      }
      if (found.size !== 1) continue;
      const entry = [...found][0]!;
      const i = quantities.indexOf(q);
      const { from, to } = stretches[i]!;
      const later = stretches.filter((_, j) => j > i).map((r) => [r.from, r.to] as const);
      out.push({ quantity: q, entry, year: yearNear(folded, q, from, to, later, compared), span: null, past: false, clause: clauseOf(folded, q) });
    }
    return out;
  }

  /** The two years of the sentence's one span and the way its change goes: said by the amount's word of change, down for those who left a state. */
  private spanChange(folded: string, q: Quantity, words: VerdictWords, changeAmount: boolean, percentChange = false): { from: string; to: string; sign: 1 | -1 } | null {
    const span = spanOf(folded);
    const sign = changeAmount ? changeAmountSign(folded, q, words) : percentChange ? changeSign(folded, q, words) : -1;
    if (!span || !sign) return null;
    const [from, to] = span.split('-') as [string, string];
    return from < to ? { from, to, sign } : null;
  }

  /**
   * The change a percentage or an amount of change with its year says of an amount said before it in its stretch ("las
   * remesas cayeron 4.6% en 2025", "remittances fell by $3 billion in 2025"): the one yearly series of amounts (of the
   * amount's unit) whose cue stands before it, with figures for the year and the
   * year before; none where a word of direction the series never uses stands there, where its clause names another
   * year (the change may be from it), or where the measure's changes are another measure's (`noChange`: "GDP grew
   * 1.5%" is real growth).
   */
  private yearOnYear(
    folded: string,
    q: Quantity,
    i: number,
    hits: readonly CueHit[],
    at: number,
    stems: readonly string[],
    stretches: readonly { from: number; to: number }[],
    compared: ReadonlySet<number>,
    allowed: (e: SeriesEntry) => boolean,
    directionStems: ReadonlySet<string>,
    words: VerdictWords,
    part: readonly string[] | null = null,
  ): Pick<Binding, 'entry' | 'year' | 'change'> | null {
    const amount = q.unit !== 'percent';
    const sign = amount ? changeAmountSign(folded, q, words) : changeSign(folded, q, words);
    if (!sign) return null;
    // Said of a part of a year, the change is of a series of that part (its cue names the part said, and may close after the
    // number: "homicides fell 11% in the first half"), between the same part of two years.
    const ofPeriod = (h: CueHit) => (part ? h.at < at && h.entry.series.period === 'part-year' && part.every((st) => h.entry.cueStems.has(st)) : h.end <= at && h.entry.series.period === 'year');
    const measured = hits.filter(
      (h) =>
        ofPeriod(h) && allowed(h.entry) && !h.entry.series.noChange && h.entry.figures[0]!.unit !== 'percent' && h.entry.figures[0]!.unit !== 'rank' && (!amount || unitFits(q, h.entry.figures[0]!)),
    );
    // "The U.S. trade deficit with Mexico grew 15%": a level's cue said only inside another level's longer one, said word by
    // word with nothing between ("trade … with Mexico" inside "trade deficit with Mexico"), is a part of that cue's words, no
    // level the change is of. One reaching over other words may join two things ("trade with Mexico and the deficit").
    const within = (h: CueHit, o: CueHit) => o.entry !== h.entry && o.at <= h.at && h.end <= o.end && o.end - o.at + 1 === o.length && o.length > h.length;
    const levels = new Set(measured.filter((h) => !measured.some((o) => within(h, o))).map((h) => h.entry));
    const entry = levels.size === 1 ? [...levels][0]! : null;
    if (!entry || stems.some((s) => directionStems.has(s) && !entry.cueStems.has(s))) return null;
    const { from, to } = stretches[i]!;
    const [start, end] = clauseOf(folded, q);
    // "In 2024/25 remittances fell 4.6%": a year said with the next one spans both; which change it is, is left open.
    if (/(?<!\d)(?:19|20)\d\d\s?[/-]\s?\d\d(?!\d)/.test(folded.slice(start, end))) return null;
    const years = new Set([...folded.slice(start, end).matchAll(/(?<!\d)(?:19|20)\d\d(?!\d)/g)].map((m) => m[0]));
    // A part of a year is its period's months after the year ("2025-06"): two years' figures of it end in the same month.
    const partOf = (y: string | null) => (y ? entry.figures.find((f) => f.period.startsWith(`${y}-`)) : undefined);
    const samePart = (a: string | null, b: string | null) => !!partOf(a) && partOf(a)!.period.slice(4) === partOf(b)?.period.slice(4);
    const has = (y: string | null, other: string | null = null) => !!y && (part ? samePart(y, other) : entry.figures.some((f) => f.period === y));
    // "$64.7 billion in 2024, up 200% from 2013": the year right after the change is what it is a change from, the
    // clause's one other year what it is a change to.
    // Said of part of a year, the same part of another year its clause names is the one it is from, however far from the change.
    const base = changeBase(folded, q, words) ?? (part ? samePeriodYear(folded.slice(start, end), words) : null);
    if (base) {
      const to = [...years].filter((y) => y !== base);
      // "Remittances have risen 83% since 2018": a change since a year, and no other year said, runs to the newest record.
      const newest = to.length || part || amount ? undefined : newestYear(entry);
      if (newest && newest > base && sinceSaid(folded, q, base, words)) {
        // Said before the newest record came out, it may have run to a year between: not borne out by the newest but not
        // shown wrong by such a year, it is left open.
        const status = (y: string) => judgeChange(q, entry.figures, base, y, sign)?.status;
        const between = entry.figures.map((f) => f.period).filter((y) => /^\d{4}$/.test(y) && y > base && y < newest);
        if (status(newest) !== 'consistent' && between.some((y) => status(y) !== 'contradicted')) return null;
        to.push(newest);
      }
      return to.length === 1 && base < to[0]! && has(base, to[0]!) && has(to[0]!, base) ? { entry, year: to[0]!, change: { from: base, sign } } : null;
    }
    const said = yearNear(folded, q, from, to, [], compared);
    // Another year in its clause may be what it is a change from ("fell 2.4% in 2025 from 2023"): left open.
    if ([...years].some((y) => y !== said)) return null;
    // Said with no year ("fell 4.6% last year to $61.79 billion"), a change is the newest year's, as a level said so is; it is
    // bound only where that year's change bears it out, since it may have been said of an earlier year.
    const newest = said || part ? undefined : newestYear(entry);
    const year = said ?? (newest && judgeChange(q, entry.figures, yearBefore(newest) ?? '', newest, sign)?.status === 'consistent' ? newest : null);
    const before = yearBefore(year);
    return has(year, before) && has(before, year) ? { entry, year, change: { from: before!, sign } } : null;
  }
}

/**
 * Whether the record's change into the number's year (the newest, with none said) goes the other way from the one
 * the sentence says, while the number fits that year's figure: the figure before it is the year before for a yearly
 * series, the one before it otherwise.
 */
function wrongWay(figures: readonly Figure[], period: string, q: Quantity, year: string | null, sign: 1 | -1, saidBefore: readonly string[] = []): boolean {
  const at = year ? figures.findIndex((f) => f.period === year || f.period.startsWith(`${year}-`) || f.period.startsWith(`${year}/`)) : figures.length - 1;
  const now = figures[at];
  if (!now || fits(q, now.value, now.unit) === 'no') return false;
  // "Dropped to 33,550 in 2024 from 36,685 in 2018": the way is the one from the earlier years the sentence names, where the
  // record holds them (every one must agree); with none, the one from the year before.
  const named = figures.filter((f) => f !== now && f.period.length === now.period.length && f.period < now.period && saidBefore.includes(f.period.slice(0, 4)));
  if (named.length) return named.some((before) => sign * (now.value - before.value) < 0);
  const before = figures[at - 1];
  if (!before) return false;
  if ((period === 'year' || period === 'fiscal-year') && before.period !== yearBefore(now.period.slice(0, 4))) return false;
  return sign * (now.value - before.value) < 0;
}

/** The years a clause states other than the number's own, less those a record or a running total is said since ("the fewest since 1970"). */
const otherYears = (clause: string, year: string | null, words: VerdictWords): string[] => {
  if (!year) return [];
  const since = new Set(yearsAfter(clause, words.cumulative));
  return [...clause.matchAll(/(?<!\d|\d[.,])(?:19|20)\d\d(?!\d|[.,]\d)/g)].map((m) => m[0]).filter((y) => y !== year && !since.has(y));
};

/** Whether the `i`th number is said as the baseline of the number of its unit right before it ("…69%, compared to the 61% …"). */
const baselineOfBefore = (folded: string, quantities: readonly Quantity[], i: number, words: VerdictWords): boolean =>
  i > 0 && quantities[i - 1]!.unit === quantities[i]!.unit && saidAsBaseline(folded, quantities, i, words);

/**
 * A number said against a later one of its own series with a year ("64%, up from 59% in 2016",
 * "creció 3.3%, frente al 2.9% de 2022") is of some year after that year: it is judged so. One said
 * against a baseline told at a time counted from the writing ("up from 29 percent two years ago",
 * "frente al 30% de hace un año") is of the writing's own time, which the sentence does not give:
 * it is told as of a past time, so an older figure it matches does not make it outdated.
 */
function withBaselineYears(folded: string, quantities: readonly Quantity[], bindings: Binding[], words: VerdictWords, lang: Lang): Binding[] {
  return bindings.flatMap((bound) => {
    // A number said as the baseline of the number of its unit right before it ("69%, compared to the 61% …", "frente al 61%")
    // is of a time before that number's, whatever series took it: an older figure it matches does not make it outdated.
    const b = !bound.past && baselineOfBefore(folded, quantities, quantities.indexOf(bound.quantity), words) ? { ...bound, past: true } : bound;
    if (b.year || b.span) return b;
    const k = quantities.indexOf(b.quantity);
    const next = quantities[k + 1];
    if (next && next.unit === b.quantity.unit && next.start < b.clause[1] && saidAsBaseline(folded, quantities, k + 1, words) && hasAny(folded.slice(next.end, b.clause[1]), words.past)) {
      // "65%, up from 29% two years ago": where the record has the baseline in a year and the number as many years after
      // it, each is its year's figure; else the writing's time is unknown. Said of now ("now", "hoy"), it is of today, not of those years.
      const ago = hasAny(folded.slice(b.clause[0], b.clause[1]), words.now) ? null : yearsAgo(folded.slice(next.end, b.clause[1]), words, lang);
      const later = (f: Figure) => b.entry.figures.find((g) => g.period === String(Number(f.period) + ago!) && fits(b.quantity, g.value, g.unit) === 'yes');
      const then = ago && !bindings.some((o) => o.quantity === next) ? b.entry.figures.find((f) => fits(next, f.value, f.unit) === 'yes' && later(f)) : undefined;
      return then
        ? [
            { ...b, year: later(then)!.period },
            { ...b, quantity: next, year: then.period },
          ]
        : { ...b, past: true };
    }
    const base = bindings.find(
      (r) =>
        r.year &&
        r.quantity.start > b.quantity.start &&
        r.quantity.start < b.clause[1] &&
        r.entry.series.key === b.entry.series.key &&
        saidAsBaseline(folded, quantities, quantities.indexOf(r.quantity), words),
    );
    if (base) return { ...b, after: base.year };
    // A time counted back from the writing said after the number with no number of its own ("more than double the rate of
    // two years ago", "más del doble del índice de hace dos años") is a baseline too: the number is of the writing's time.
    return yearsAgo(folded.slice(b.quantity.end), words, lang) === null ? b : { ...b, past: true };
  });
}

/** "two years ago", "hace dos años": how many years before the writing a text's time is; null when it says none. */
export function yearsAgo(text: string, words: VerdictWords, lang: Lang): number | null {
  const said = text.split(/[^\p{L}\d]+/u);
  const k = said.findIndex((w, i) => words.spanYears.some((y) => w === y || w === y.slice(0, -1)) && (words.sinceTime.includes(said[i + 1]!) || words.sinceTime.includes(said[i - 2]!)));
  return k > 0 ? parseNumeral(said[k - 1]!, lang) : null;
}

/** Whether a text says a count of parts of a kind: a number, at most two words, then a word of the packs' `partKinds` ("20 U.S. states", "50 estados"). */
function countOfParts(folded: string, words: VerdictWords): boolean {
  const text = folded.replace(listPattern(words.notPartKinds), ' ');
  return findAll(text, words.partKinds).some((hit) => /\d\s+(?:\S+\s+){0,2}$/.test(text.slice(0, hit.at)));
}

/** Units of a level that holds in each year it is said of, never summed over them. */
const UNSUMMED = new Set(['rank', 'percent', 'score', 'year']);
const JOINED_YEARS = new WeakMap<VerdictWords, RegExp>();
/** The years a text joins by commas and the pack's word of addition ("2022, 2023 and 2024", "2023 y 2024"). */
function yearsJoined(folded: string, words: VerdictWords): Set<string> {
  let joined = JOINED_YEARS.get(words);
  if (!joined) {
    const year = '(?:19|20)\\d\\d(?!\\d)';
    joined = new RegExp(`(?<!\\d)${year}(?:\\s*,\\s*${year})*\\s*,?\\s+(?:${words.addition.map(escapeRegExp).join('|') || '(?!)'})\\s+${year}`, 'g');
    JOINED_YEARS.set(words, joined);
  }
  return new Set([...folded.matchAll(joined)].flatMap((m) => m[0].match(/(?:19|20)\d\d/g) ?? []));
}

const NAME_LISTS = new WeakMap<VerdictWords, RegExp[]>();
/**
 * The lists of three names or more a text says ("the United States, Mexico and Canada", "Estados Unidos, Canadá y México"),
 * each as its names: runs of capitalized words, a determiner before each allowed, joined by commas and the pack's word of addition.
 */
function namesListed(text: string, words: VerdictWords): string[][] {
  let patterns = NAME_LISTS.get(words);
  if (!patterns) {
    const name = `(?:(?:${words.determiners.map(escapeRegExp).join('|')})\\s+)?\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*)*`;
    const and = words.addition.map(escapeRegExp).join('|');
    patterns = [new RegExp(`${name}(?:\\s*,\\s*${name})+\\s*,?\\s+(?:${and})\\s+${name}`, 'gu'), new RegExp(`\\s*,\\s*(?:(?:${and})\\s+)?|\\s+(?:${and})\\s+`, 'u')];
    NAME_LISTS.set(words, patterns);
  }
  const [list, joint] = patterns as [RegExp, RegExp];
  if (!words.addition.length) return [];
  return [...text.matchAll(list)].map((m) => m[0].split(joint).filter(Boolean));
}

const JOINED_NAMES = new WeakMap<VerdictWords, RegExp>();
/** Whether a text joins two names by "and" or a comma ("Mexico and Canada", "The U.S., Mexico"): capitalised words, a determiner allowed before the second. */
function namesJoined(text: string, words: VerdictWords): boolean {
  let pattern = JOINED_NAMES.get(words);
  if (!pattern) {
    const and = words.addition.map(escapeRegExp).join('|');
    const determiner = words.determiners.map(escapeRegExp).join('|');
    pattern = new RegExp(`\\p{Lu}[\\p{L}.'’-]*(?:\\s*,|\\s+(?:${and}))\\s+(?:(?:${determiner})\\s+)?\\p{Lu}`, 'u');
    JOINED_NAMES.set(words, pattern);
  }
  return !!words.addition.length && pattern.test(text);
}

/** Whether a text is the rest of a list of names up to a year: names, short words, and the pack's word that ends a list ("Mexico and the U.S. in"). */
function listOfNames(text: string, words: VerdictWords): boolean {
  const said = text.trim().split(/\s+/).filter(Boolean);
  return said.some((w) => words.addition.includes(w)) && said.every((w) => /^\p{Lu}/u.test(w) || w.length <= 3 || words.atYear.includes(w) || words.addition.includes(w));
}

/**
 * Whether a year is said as a time set between two words ("desechó en 2025 la demanda", "in June 2025 dismissed"): before it,
 * after a word, only words that open a time on it (at least one: "en", "in") and a date's month and day; after it, a word, no break.
 */
function timeSetIn(before: string, after: string, words: VerdictWords): boolean {
  const said = before.trim().split(/\s+/);
  let k = said.length;
  while (k > 0 && timeWord(said[k - 1]!.replace(/[.,]$/, ''), words) && !/,$/.test(said[k - 1]!.replace(/^\d{1,2},$/, ''))) k--;
  // An opening phrase that tells of its subject by "its" / "su" ("Since its entry into force in 1994, NAFTA …", "Desde su
  // entrada en vigor en 2020, el T-MEC …") names that subject right after its comma: the comma is no break there.
  const next = pointsAhead(before, words) ? /^,?\s+[a-z]/ : /^\s+[a-z]/;
  return k > 0 && k < said.length && /^[a-z]/.test(said[k - 1]!.slice(-1)) && said.slice(k).some((w) => words.atYear.includes(w)) && next.test(after);
}

/** Whether a text opens on a word of time at most and then a possessive that points to a subject still to come ("since its", "desde su", "tras su"). */
function pointsAhead(before: string, words: VerdictWords): boolean {
  const said = before.trim().split(/\s+/);
  const opener = [...words.cumulative, ...words.elapsedSince, ...words.afterTime].find((o) => said.slice(0, o.split(' ').length).join(' ') === o);
  return words.referBack.includes(said[opener ? opener.split(' ').length : 0]!);
}

/** Words of a time counted back that opens a clause: a number, its unit and the word of counting back ("thirty years ago", "hace 30 años"). */
const COUNTED_BACK_WORDS = 3;
const timeWord = (w: string, words: VerdictWords) => words.atYear.includes(w) || words.months.includes(w) || /^\d{1,2}(?:st|nd|rd|th)?$/.test(w);

/**
 * Whether the text before a year in its clause is only words that open a clause on it, and a date's month and day. "Since"
 * opens one too ("Since 2020, the USMCA has replaced NAFTA", "Desde 2020, el T-MEC sustituye al TLCAN"): a state said to hold
 * since a year began with the event named right after it.
 */
function opensClause(lead: string, words: VerdictWords, lang: Lang): boolean {
  // "Back in 1994, …", "Ya en 1994, …": a word that only sets the time further back opens it too. So does a time counted back
  // from the writing, set off by its comma ("Thirty years ago, in 1994, …", "Hace 30 años, en 1994, …"): it restates the year.
  const comma = lead.indexOf(',');
  const counted = comma > 0 && yearsAgo(lead.slice(0, comma), words, lang) !== null && lead.slice(0, comma).trim().split(/\s+/).length <= COUNTED_BACK_WORDS;
  const said = (counted ? lead.slice(comma + 1) : lead).trim();
  const leadIn = words.yearLeadIns.find((w) => `${said} `.startsWith(`${w} `));
  return (leadIn ? said.slice(leadIn.length) : said)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .every((w) => timeWord(w, words) || words.cumulative.includes(w));
}

/** Units a part and its whole may be said in: one, or a count beside a bare number ("78 of the 104 matches", "78 de los 104 partidos"). */
const COUNTED = new Set<Quantity['unit']>([null, 'count', 'people']);

/** `part` is said right before `whole`, one of the packs' `wholeAfter` alone between them, in one unit and less than it. */
export function partBeforeWhole(folded: string, part: Quantity, whole: Quantity, between: readonly string[]): boolean {
  const oneUnit = part.unit === whole.unit || (COUNTED.has(part.unit) && COUNTED.has(whole.unit));
  if (!oneUnit || part.per !== whole.per || part.unit === 'year' || part.unit === 'rank' || part.vague || whole.vague || part.value >= whole.value) return false;
  const gap = folded.slice(part.end, whole.start).trim();
  return between.includes(gap);
}

/**
 * Whether a share follows its whole's count said in an opening phrase ("Of the 105,000 guns traced …, 70% …", "De las 105
 * mil armas …, el 70% …"): the phrase opens the sentence or follows a break, and only a comma and a determiner stand
 * between the phrase's end and the share.
 */
export function shareAfterWhole(folded: string, whole: Quantity, share: Quantity, words: Pick<VerdictWords, 'wholeAfter' | 'determiners'>): boolean {
  if (share.unit !== 'percent' || !COUNTED.has(whole.unit) || whole.vague) return false;
  const lead = folded.slice(0, whole.start).trimEnd();
  const opener = words.wholeAfter.find((o) => lead.endsWith(o) && /(?:^|[^\p{L}\d])$/u.test(lead.slice(0, lead.length - o.length)));
  if (!opener) return false;
  const before = lead.slice(0, lead.length - opener.length).trim();
  if (before && !/[,;:.(\u2013\u2014-]$/.test(before)) return false;
  const between = folded.slice(whole.end, share.start);
  const comma = between.lastIndexOf(',');
  if (comma < 0 || /[;:.()\u2013\u2014]|\s-/.test(between.slice(0, comma))) return false;
  const rest = between.slice(comma + 1).trim();
  return !rest || words.determiners.includes(rest);
}

/** Whether a share is said of the count before it by a pronoun right after or before it ("97% of them", "de las cuales 96.6%"), with no break but a comma between. */
function shareOfThem(folded: string, whole: Quantity, share: Quantity, words: Pick<VerdictWords, 'shareOfThem' | 'determiners'>): boolean {
  if (share.unit !== 'percent' || !COUNTED.has(whole.unit) || whole.vague) return false;
  if (/[;:.()\u2013\u2014]/.test(folded.slice(whole.end, share.start))) return false;
  const after = folded.slice(share.end, share.end + 20);
  const before = folded.slice(Math.max(whole.end, share.start - 20), share.start);
  return words.shareOfThem.some((p) => after.startsWith(` ${p} `) || after.startsWith(` ${p},`) || before.endsWith(` ${p} `) || words.determiners.some((d) => before.endsWith(` ${p} ${d} `)));
}

/** A rate per month or week said in the stretch ("a month", "cada semana"), not a time counted back from now ("a month earlier", "a week ago"). */
function rateIn(stretch: string, rates: readonly string[]): boolean {
  return findAll(stretch, rates).some((hit) => !/^\s+(?:earlier|before|ago|prior|antes|atras)\b/.test(stretch.slice(hit.end)));
}

/** Text before a word that opens its sentence: at most two words. */
export const OPENING = /^[^\p{L}\d]*(?:[\p{L}']+[^\p{L}\d]+){0,2}$/u;

/**
 * A position denied of its subject (`unnumbered`: the folded sentence, cue negations and "No. 1" blanked): the sentence's one negation is a word of `positionDenials` standing before the position
 * in its own stretch, with only links ("is", "has been", "es", "ha sido") and determiners between ("is not the largest",
 * "nunca ha sido el principal"). "Only disproved" for a denial the latest record cannot bear out ("never", "no longer"); null where none.
 */
function positionDenial(unnumbered: string, from: number, q: Quantity, words: VerdictWords): 'now' | 'only disproved' | null {
  if (q.qualifier !== 'exact' || findAll(unnumbered, words.negation).length !== 1) return null;
  const denial = findAll(unnumbered.slice(from, q.start), words.positionDenials).at(-1);
  if (!denial) return null;
  const between = unnumbered
    .slice(from + denial.end, q.start)
    .split(/[^\p{L}']+/u)
    .filter(Boolean);
  if (!between.every((w) => words.positionLinks.includes(w) || words.determiners.includes(w))) return null;
  return words.denialsOnlyDisproved.includes(denial.word) ? 'only disproved' : 'now';
}

/**
 * A negation in the number's stretch, except one that opens the clause after it: in "most is
 * seized at ports of entry, not from migrants" the "not" says what the other clause is not.
 */
function negatedIn(folded: string, from: number, to: number, reachEnd: number, negation: readonly string[]): boolean {
  return findAll(blankNotDenials(folded).slice(from, to), negation).some((n) => from + n.at < reachEnd || !/^[,;:]?\s*(?:(?:y|and|but|pero)\s+)?$/.test(folded.slice(reachEnd, from + n.at)));
}

/**
 * A time said as before a thing named in [from, to) of the sentence, where no year is said there: a word of `beforeTime` right
 * before a name (a capital as written: "before NAFTA", "antes de Trump"), or of `beforeThing` ("before the pandemic", "antes del
 * TLCAN", "antes de que …"). Not "before falling", "than ever before".
 */
export function beforeNamed(sentence: string, folded: string, from: number, to: number, words: VerdictWords): boolean {
  const text = folded.slice(from, to);
  if (/(?<!\d)(?:19|20)\d\d(?!\d)/.test(text)) return false;
  // The name right after the word, determiners aside ("before the USMCA", "antes de la Copa").
  const nameAfter = (at: number) => {
    const next = sentence.slice(at, to).trim().split(/\s+/).filter(Boolean);
    while (next.length > 1 && words.determiners.includes(foldSameLength(next[0]!))) next.shift();
    return /^\p{Lu}/u.test(next[0] ?? '');
  };
  return hasAny(text, words.beforeThing) || findAll(text, words.beforeTime).some((hit) => nameAfter(from + hit.end));
}

/** Years said right after a word of the list ("until 2025", "hasta el año 2024", "since 2015"). */
export function yearsAfter(folded: string, list: readonly string[]): string[] {
  return findAll(folded, list).flatMap((hit) => /^\s+(?:(?:el|the)\s+)?(?:(?:ano|year)\s+)?((?:19|20)\d\d)(?!\d)/.exec(folded.slice(hit.end))?.[1] ?? []);
}

/** A thing about to happen or only weighed: a word of the pack's `imminent` right before a bare verb (`infinitiveEndings`: "está por llegar", "considered imposing"; not "está por encima"). */
export function imminentIn(folded: string, words: Pick<VerdictWords, 'imminent' | 'infinitiveEndings' | 'infinitiveLookalikes'>): boolean {
  if (!words.imminent.length || !words.infinitiveEndings.length) return false;
  return findAll(folded, words.imminent).some((hit) => bareVerb(/^\s+([a-z]+)(?![a-z0-9])/.exec(folded.slice(hit.end))?.[1] ?? '', words));
}

/** Whether a folded word is a verb's bare form by its ending (`infinitiveEndings`), not a word that only ends so ("pesar" of "a pesar de", "popular"). */
export const bareVerb = (word: string, words: Pick<VerdictWords, 'infinitiveEndings' | 'infinitiveLookalikes'>): boolean =>
  !words.infinitiveLookalikes.includes(word) && words.infinitiveEndings.some((ending) => word.length > ending.length && word.endsWith(ending));

/** A word of the stretch, as written, ends like a future or conditional verb (the pack's `projectionEndings`). */
export function forecastVerb(sentence: string, from: number, to: number, endings: readonly string[]): boolean {
  if (!endings.length) return false;
  for (const m of sentence.slice(from, to).matchAll(/\p{L}{4,}/gu)) {
    const word = m[0];
    const at = from + m.index;
    // A capital inside the sentence is a name ("Irán"), not a verb.
    if (word[0] !== word[0]!.toLowerCase() && sentence.slice(0, at).trim()) continue;
    const lower = word.toLowerCase();
    if (endings.some((e) => lower.endsWith(e))) return true;
  }
  return false;
}

/**
 * Offsets of the years said right after a word of the pack's `baseline` ("both down from 2022", "frente a 2023",
 * "compared with 2019"): a year the numbers are set against, not their own time. A baseline word that also opens what a
 * report says (Spanish "que") right after a report's verb opens the claim: "dijeron que en 2025 las remesas…" gives the
 * number its year. So does one that is also a relative pronoun right after a comma: ", que en 1993 sumaban 41.6 mil millones"
 * opens a relative clause whose year is its numbers' own.
 */
function baselineYears(folded: string, words: VerdictWords): number[] {
  const opensClause = (hit: { at: number; word: string }) =>
    (words.reportThat.includes(hit.word) && words.reportVerbs.includes(/([a-z]+)\s*$/.exec(folded.slice(0, hit.at))?.[1] ?? '')) ||
    (words.relatives.includes(hit.word) && folded.slice(0, hit.at).trimEnd().endsWith(','));
  const hits = findAll(folded, words.baseline).filter((hit) => !opensClause(hit));
  return yearsRightAfter(folded, hits);
}

/** The newest year a yearly series has a figure for. */
function newestYear(entry: SeriesEntry): string | undefined {
  return entry.figures
    .map((f) => f.period)
    .filter((p) => /^\d{4}$/.test(p))
    .sort()
    .at(-1);
}

/** Whether the year is said right after a word of "since" that follows the number ("83% since 2018", "83% desde 2018"). */
function sinceSaid(folded: string, q: Quantity, year: string, words: VerdictWords): boolean {
  const hits = findAll(folded, words.cumulative).filter((hit) => hit.at >= q.end);
  return yearsRightAfter(folded, hits).some((at) => folded.slice(at, at + 4) === year);
}

/** Offsets of the years said right after each hit, a determiner or two between at most ("down from 2022", "desde el año 2018"). */
function yearsRightAfter(folded: string, hits: readonly { end: number }[], months: readonly string[] = [], parts: readonly string[] = []): number[] {
  return hits.flatMap((hit) => {
    // A month before the year ("since February 2025", "desde febrero de 2025") dates the same start; so does a part of it
    // ("since early 2025", "since mid-2025", "desde principios de 2025": the packs' `decadeParts`).
    const after = folded.slice(hit.end, hit.end + 40);
    const month = /^\s+(\p{L}+)/u.exec(after);
    const part = parts.map((p) => new RegExp(`^\\s+(?:the\\s+)?${escapeRegExp(p)}(?![\\p{L}])`, 'u').exec(after)).find((m) => m !== null);
    const rest = month && months.includes(month[1]!) ? month[0].length : (part?.[0].length ?? 0);
    const m = /^[\s-]+(?:(?:the|el|la|los|del|de|year|ano|in|en)\s+){0,2}((?:19|20)\d\d)(?!\d)/.exec(after.slice(rest));
    return m ? [hit.end + rest + m[0].length - 4] : [];
  });
}

/** The `i`th number is an end of a range of values: "between" right before the first, "and" alone between the two. */
function inRange(folded: string, quantities: readonly Quantity[], i: number, words: VerdictWords): boolean {
  const pair = (a: Quantity | undefined, b: Quantity | undefined): boolean => {
    if (!a || !b) return false;
    const lead = folded.slice(Math.max(0, a.start - 16), a.start);
    const from = findAll(lead, words.rangeFrom).at(-1);
    const between = folded.slice(a.end, b.start);
    const to = findAll(between, words.rangeTo)[0];
    const opened = !!from && !lead.slice(from.end).trim();
    return (opened || sharedLow(lead, a, words)) && !!to && !between.slice(0, to.at).trim() && !between.slice(to.end).trim();
  };
  return pair(quantities[i], quantities[i + 1]) || pair(quantities[i - 1], quantities[i]) || dashed(folded, quantities[i], quantities[i + 1]) || dashed(folded, quantities[i - 1], quantities[i]);
}

/**
 * "$63 to 66 billion", "US$63 a 66 mil millones": a low end that takes its scale or unit from the high end is a span's end with
 * no "between" before it, unless "from" makes the two a change's ends ("rose from 3 to 4 percent").
 */
function sharedLow(lead: string, a: Quantity, words: VerdictWords): boolean {
  const trend = findAll(lead, words.trendFrom).at(-1);
  return !!a.spanLow && !(trend && !lead.slice(trend.end).trim());
}

/** "75-80%", "70–90 %", "$63-66 billion": two shares, or a low end that takes its scale from the high end, joined by a dash. */
function dashed(folded: string, a: Quantity | undefined, b: Quantity | undefined): boolean {
  if (!a || !b || a.value >= b.value) return false;
  if (!a.spanLow && (b.unit !== 'percent' || (a.unit !== null && a.unit !== 'percent'))) return false;
  return /^\s?[-\u2013]\s?$/.test(folded.slice(a.end, b.start));
}

/**
 * The ranges a sentence says ("between 70% and 90%", "entre el 42% y el 44%"), each as the index of its low end: two
 * numbers of one unit, the second larger, each said exactly (a hedged end's reach is in doubt).
 */
function rangesOf(folded: string, quantities: readonly Quantity[], words: VerdictWords): number[] {
  const out: number[] = [];
  for (let i = 0; i + 1 < quantities.length; i++) {
    const [low, high] = [quantities[i]!, quantities[i + 1]!];
    const plain = (q: Quantity) => q.qualifier === 'exact' && !q.vague && q.unit !== 'year' && q.unit !== 'rank';
    // The currency may be said once, after the high end ("entre 50 mil millones y 55 mil millones de dólares").
    const oneUnit = low.unit === high.unit ? low.unit !== null : low.unit === null && high.unit === 'usd' && low.value >= AMOUNT_SIZED;
    if (plain(low) && plain(high) && oneUnit && low.per === high.per && low.value < high.value && inRange(folded, quantities, i, words) && !out.includes(i - 1)) out.push(i);
  }
  return out;
}

/**
 * A range's two ends kept where they speak of one series at one time, each a level (no change, no part of a year, no
 * denial): each judged as a bound, the range is borne out where the record falls inside it. Otherwise neither is bound,
 * as either end alone would be judged wrong.
 */
function rangesBound(bindings: readonly Binding[], quantities: readonly Quantity[], ranges: readonly number[], unbound?: (q: Quantity, why: string) => void): Binding[] {
  const out = [...bindings];
  for (const i of ranges) {
    const ends = [quantities[i]!, quantities[i + 1]!].map((q) => out.findIndex((b) => b.quantity === q));
    const [low, high] = ends.map((k) => out[k]);
    const level = (b: Binding | undefined) => !!b && !b.change && !b.partOfYear && !b.denied && b.since === undefined && !b.date;
    const together = level(low) && level(high) && low!.entry === high!.entry && low!.year === high!.year && low!.span === high!.span;
    if (together) {
      const range = [low!.quantity.value, high!.quantity.value] as const;
      out[ends[0]!] = { ...low!, range };
      out[ends[1]!] = { ...high!, range };
      continue;
    }
    for (const k of ends.filter((k) => k >= 0).sort((a, b) => b - a)) out.splice(k, 1);
    for (const q of [quantities[i]!, quantities[i + 1]!]) unbound?.(q, 'alternative or range');
  }
  return out;
}

/** A number a series' cue may bind: a unit the record's figures may be in (figures.ts), and what a cue says beside it. */
function unitFits(q: Quantity, f: Figure): boolean {
  if (figureUnitFits(q, f)) return true;
  // Percentage points are a share's difference: bound to a share's series, as what they speak of, and never judged by it (asChange).
  if (q.unit === 'points' && f.unit === 'percent') return true;
  // People and things are both counted: "6 cárteles", "33,550 homicides".
  if ((q.unit === 'people' && f.unit === 'count') || (q.unit === 'count' && f.unit === 'people')) return true;
  return q.unit === null && f.unit === 'count' && Number.isInteger(q.value);
}

/** Shortest stem a word family is known by: "favorabl" holds "favorably", shorter stems ("more", "most") stand alone. */
const FAMILY_STEM = 6;
/** A stem of the set, or of its family ("favorably" of "favorabl", "favorablement" of "favorabl"). */
function ownFamily(own: ReadonlySet<string>, stem: string | undefined): boolean {
  if (!stem) return false;
  if (own.has(stem)) return true;
  for (const o of own) if (o.length >= FAMILY_STEM && stem.startsWith(o)) return true;
  return false;
}

/** Whether the first word after the determiners is a people's word ("los mexicanos", "Americans"): the packs' `demonyms`. */
function peopleNext(text: string, words: VerdictWords): boolean {
  const next = text.trim().split(/\s+/);
  while (next.length && words.determiners.includes(next[0]!)) next.shift();
  const word = next[0]?.replace(/[^\p{L}]+$/u, '');
  return !!word && words.demonyms.some(([, ...people]) => people.some((p) => foldSameLength(p) === word));
}

/** Whether every part of a year said in a number's reach is a month's name ("en enero", "December"), no span or rate. */
function monthsOnly(parts: readonly { at: number; end: number; word: string }[], [from, to]: readonly [number, number], words: VerdictWords): boolean {
  const said = parts.filter((hit) => hit.at >= from && hit.end <= to);
  return said.length > 0 && said.every((hit) => words.months.includes(hit.word.replace(/^(?:in|en)\s+/, '')));
}
