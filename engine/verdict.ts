/**
 * The verdict step: which fact answers a claim, and whether the record earns a rating.
 * A rating comes only (a) from figure checks that bind the claim's numbers to the same
 * measure, (b) from a close match to a typical claim listed on a fact, with the same
 * polarity, the same other countries and the same numbers, or (c) from a dated event's cue
 * said as done in a sentence that tells no time (eventDone). Otherwise the claim gets
 * `context`: the record is shown, no verdict. A fact "answers" a claim when a verdict was
 * earned from it or when enough of the claim's own words (beyond its topic's vocabulary and
 * the countries' names) are the fact's.
 */
import { withoutClaimContents } from './claim-contents';
import { LANGS } from './knowledge/lang';
import { compareSeries, differences, movedChecks, pastYearChecks, timesOpen, trendChecks, withPairs } from './comparisons';
import { AMOUNT_SIZED, heldAlmostExactly, judgeBinding, outOfScale, type Why } from './figures';
import { causeBesideEvent } from './circumstances';
import { type Binding, beforeNamed, forecastVerb, imminentIn, MeasureIndex, OPENING, partBeforeWhole, yearsAfter, yearsAgo, shareAfterWhole } from './measures';
import { cueClassMaps, inClasses, particleMaps, seriesFigures, stemSets, type SeriesEntry } from './measure-cues';
import { asked } from './checkworthy';
import { comparisonTurned, oppositesIn, partsIn, saysOpposite, sidesOf, type Sides } from './claim-shape';
import { judgeSpan, spanIn, type Span } from './streaks';
import { moveSpanIn } from './moved-span';
import { recordBested, recordSpanCounts, recordStands } from './records';
import { blankTrailingFrame, reportFrame } from './report-frame';
import { CLAUSE_BREAK, clauseOf, contrasted } from './number-stretch';
import { baselinesAtOdds, levelAfterChange, levelChange } from './baselines';
import { dateBeforeYear, dateStartBeforeYear, datesWithoutYear, decadeYears, namedYears, spanOf, yearQuantities } from './stated-period';
import { factDates } from './fact-dates';
import { eventRate } from './event-rates';
import { eventActs, inOrder, numbersInOrder, saysAct, type ActCue } from './undated-events';
import { relativeObjects, withDescribedDoers, withoutRelativeAsides } from './relative-clauses';
import { calendarYearOfFiscal } from './fiscal-events';
import { inPart, yearPartBefore } from './year-parts';
import type { VerdictWords } from './verdict-words';
import { countsInWords, intervalsInWords, significantDigits, type Quantity } from './numbers';
import type { Fact, Figure, Lang, Rating } from './schema';
import type { TopicId } from './topics';
import type { FigureCheck, Verdict } from './types';
import { toMarkedStems, toStems, verbFormStems } from './vocabulary';
import { blankAll, findAll, foldSameLength, hasAny, listPattern } from './word-lists';
import { ownMeasureReader } from './own-measure';
import { officeSpansIn, periodInSpans } from './office-terms';
import PARAMS from './verdict-params.json';
import { listIn } from './multimap';
import { namesMexico, type AnchorReaders } from './anchor-readers';
import { stemsOf, type Anchor, type CompiledFact } from './compiled-index';
import { bodyOwners, bodyStemsOf, markedCue, numberSignature, ownersAtOdds, sameBody, withoutOwners, type CompiledClaim } from './compiled-verdicts';
import type { FactIndex } from './fact-index';
import { STOPWORDS } from './stopwords';
import { cueSides, otherSideFavoured, type RulingSides } from './favoured-party';

export interface VerdictParams {
  /** Dice overlap of stems with a typical claim for its rating to apply. */
  claimMatch: number;
  /** Share of the claim's own words a fact must hold to be said to answer it. */
  relevance: number;
}

export const VERDICT_PARAMS: VerdictParams = { claimMatch: PARAMS.claimMatch, relevance: PARAMS.relevance };

export interface VerdictInput {
  sentence: string;
  lang: Lang;
  /** The sentence's stems (after spelling repair). */
  stems: readonly string[];
  topic: TopicId;
  /** The topic's facts, best evidence first. */
  ranked: readonly { fact: Fact; score: number }[];
  quantities: readonly Quantity[];
  /** Other countries the sentence names, as one canonical string ("" for none). */
  others: string;
  checkworthy: boolean;
  /** The packs' set phrases of negation the sentence said before they were blanked ("not only", "no solo"). */
  affirmations: readonly string[];
  /** The countries the last sentence before it in its passage to name any named: whose a sentence naming none speaks of. */
  namedBefore?: () => ReadonlySet<Anchor>;
}

export interface VerdictResult {
  factId: string;
  rating: Verdict;
  basis: 'figure' | 'claim' | 'none';
  answers: boolean;
  /** Whether the fact answers by the claim's own words (the share `relevance` asks), not by a number bound to it: core.ts reads it to name the card, and drops it. */
  inWords?: boolean;
  related: string[];
  figure?: FigureCheck;
  figures?: FigureCheck[];
}

interface ClaimEntry {
  fact: Fact;
  stems: Set<string>;
  /** Its stems read through the packs' word classes, as a sentence's are when the two are matched ("decomisado" for "incautado"). */
  classed: Set<string>;
  rating: Rating;
  /** How many negations it says (none: it denies nothing); a sentence saying more denies it ("It is false that Mexico never paid"). */
  negations: number;
  /** The last words of the packs' set phrases of negation that it says outside them ("only" of "not only", in "is only Mexico's problem"). */
  restricted: string[];
  /** How many negations it says as a measure's own words ("no viajar"): a sentence must say them too, though they deny nothing. */
  cueNegations: number;
  /** The stems of the source it names in a frame of its own ("Según el INEGI, …"), none if it names none. */
  source: string[];
  /** Whether it says it holds of every one of a kind ("every Mexican cartel", "todos los cárteles"). */
  universal: boolean;
  /** Whether it speaks of what would be (the packs' `hypothetical`: "if", "would", "si", "podría"). */
  projected: boolean;
  /** Whether it foretells ("will", "superará"), or its fact is of a thing scheduled (`scheduled` on it or a series): a forecast meets only such a claim. */
  forecast: boolean;
  /** Whether it names a year ("went into effect in 2018"): it meets no sentence that tells another. */
  dated: boolean;
  /** Whether it is a true claim of a dated event with its date left out (CompiledClaim's `undated`): it meets only a sentence that tells no time. */
  undated: boolean;
  /** The numbers it says as words, in its order ("Minute 323 replaced Minute 319"): an undated claim meets only a sentence that says them so. */
  sequence: string;
  /** The names of the relation an undated claim says, in its order, read through the classes ("usmca nafta"): a sentence must say them so. */
  names: string[];
  /** Whether it says who did a thing after the thing ("was replaced by"): a sentence must say it so too, as that turns its names round. */
  agent: boolean;
  /** The decades it tells, with their parts ("early 1990"; the packs' `earlierDecades`, or in digits: "the 2010s"), '' for none; or whether it is told as a state that held once (`formerly`). */
  decade: string;
  former: boolean;
  /** Whether it says one did the thing alone (the packs' `alone`): it meets only a sentence that says so too ("The U.S. is hosting the World Cup alone" is not "The U.S., Mexico and Canada host the World Cup"). */
  alone: boolean;
  /** The months and parts of a year it tells ("enero", "primer semestre"), as one key ('' for none): a sentence must tell the same, unless it tells no time at all (`undated`). */
  yearParts: string;
  /** Whether it tells of a time before a thing named ("Before NAFTA, …"): a sentence must tell one too, or not, as it does. */
  before: boolean;
  /** Its countries' names with the way a particle before them says ("from:mexico"): a sentence must not say them only the other way. */
  ways: ReadonlySet<string>;
  others: string;
  order: string;
  /** The order read without a country said as a body's owner (withoutOwners). */
  ownerless: string;
  /** The bodies it or its fact's statement says with their owner ("the U.S. Supreme Court"): a sentence may not give one another owner. */
  owners: [body: readonly string[], owner: string][];
  numbers: string;
  /** The counts it says in words ("six cartels"), which a sentence must say too. */
  counts: readonly number[];
  /** The packs' `parts` it says (a state: "Arizona", "Guanajuato"), which a sentence may not leave out for another ("Texas"). */
  parts: Set<string>;
  /** It speaks of parts of a kind ("some Mexican states"), which a sentence may name one by one. */
  ofParts: boolean;
  /** It says a word of a part's kind as a part's ("states", not "United States"). */
  ofPartKind: boolean;
  /** The kind of span of years it says a state held over ("for the third year in a row", "always", "for the first time"), as spanKey writes it. */
  span: string;
  /** Which word of each pair of the packs' `opposites` it says alone ("support", not "oppose"). */
  opposites: Map<number, number>;
  /** The two sides of a comparison it makes ("more … illegally than legally", "China, not Mexico, is…"), or null. */
  sides: Sides | null;
  text: string;
  lang: Lang;
}

export interface VerdictDeps extends Pick<AnchorReaders, 'orderOf' | 'leadOf' | 'firstOf'> {
  /** Stems that only say the countries (never evidence of a particular fact). */
  anchorStems: ReadonlySet<string>;
  /** Each topic's own vocabulary, as stems: shared by all its facts, so not evidence of one. */
  topicStems: ReadonlyMap<TopicId, ReadonlySet<string>>;
  /** The verdict words of each language. */
  words: Record<Lang, VerdictWords>;
  /** Told why a number or a card is left unsettled (a probe's count of the withholding paths); nothing reads it in the engine. */
  why?: Why;
}

/** Numbers are compared by their signature ("70%" and "70 percent" are one), not as words; a year is no quantity, so it stays a word. */
const YEAR = /^(?:19|20)\d\d$/;
/** The ratings that call a claim wrong. */
const WRONG_RATINGS: ReadonlySet<Verdict> = new Set(['false', 'outdated', 'misleading']);
/** Years a record of a flow may be older than the fact base's newest and still say what the flow is now. */
const STALE_YEARS = 5;
/** The rest of a date that names the first day of a month or a year ("-01", "-01-01"). */
const FIRST_OF = /^(?:-01)+$/;
/** Significant digits from which a number is said to the digit: a figure another series holds so is likely that series'. */
const SAID_TO_THE_DIGIT = 4;
/** Words at most between a word of the packs' `partitive` and the number it makes a part ("of which about $25 billion"). */
const PARTITIVE_REACH = 2;
/** At most this many words between two counts said as a list ("three consulates and 9 consular agencies"). */
const LISTED_WORDS = 4;
/** Characters on each side of a number of years in which a word of counting back is read ("hace 30 años", "30 years ago"). */
const AGO_REACH = 12;
/** Characters before a decade where its part ("early", "a finales de") is read. */
const DECADE_PART_REACH = 24;
/** A span as one comparable word: a claim and a sentence meet only with the same ("3", "always", "" for none). */
// A year said with "since" is left to the figures: a typical claim's own "since 2023" is no span a sentence must say too.
const spanKey = (span: Span | undefined): string =>
  span === undefined || span === 'became' || (typeof span === 'object' && 'since' in span) ? '' : typeof span === 'string' ? span : String(span.years);
/** A headline's label: at most three words, then its colon ("ATF: …", "Banxico: …"). */
const HEADLINE_LABEL = /^\s*[^\s,;:()]+(?:\s+[^\s,;:()]+){0,2}:\s/u;
/** A decade said with its digits ("1990s", "90s", "'90s"). */
const DECADE = /^(1[89]|20)?(\d)0s$/;

/** The scale words a number is written with, after its last digit ("51 mil millones" → "mil millones", "$2.4 billion" → "billion"); empty for none. */
function scaleWords(raw: string): string {
  return raw.toLowerCase().replace(/^.*\d/su, '').trim();
}

/** Whether the words right after a number name what it counts ("… de envíos", "… of transfers", "… habitantes"): no function word. */
function namesCounted(after: string, countedOf: readonly string[]): boolean {
  const words = after.match(/^\s+(\p{L}+)(?:\s+(\p{L}+))?/u);
  if (!words) return false;
  const [, first, second] = words;
  return !STOPWORDS.has(first!) || (countedOf.includes(first!) && !!second && !STOPWORDS.has(second));
}

/** The year a stem names: itself, or for a decade its last year ("the 1990s" ended in 1999; "the 2010s" in 2019). */
function yearSaid(stem: string): string[] {
  if (YEAR.test(stem)) return [stem];
  const decade = DECADE.exec(stem);
  if (!decade) return [];
  // A decade without its century ("the 90s") is the last one of that name: the 20th century's for 30s–90s, the 21st's for 00s–20s.
  const century = decade[1] ?? (Number(decade[2]) >= 3 ? '19' : '20');
  return [`${century}${decade[2]}9`];
}
const wordStem = (s: string) => !/^\d/.test(s) || YEAR.test(s);
const CLAUSE_BREAKS = new RegExp(CLAUSE_BREAK.source, 'gi');
/** The stretch of a text between the clause breaks (CLAUSE_BREAK: a comma, a dash, "and", "but") around a span of it. */
function stretchBetweenBreaks(text: string, at: number, end: number): [number, number] {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(CLAUSE_BREAKS)) {
    if (m.index + m[0].length <= at) from = m.index + m[0].length;
    else if (m.index >= end) {
      to = m.index;
      break;
    }
  }
  return [from, to];
}

/** The year of a fact's newest record: its newest figure's, or its as-of date's. */
function newestYear(fact: Fact): string {
  const periods = (fact.figures ?? []).map((f) => f.period.slice(0, 4));
  // Periods are ASCII years first ("2024", "2013-2018"): the greatest string is the newest.
  return periods.length ? [...periods].sort().at(-1)! : fact.asOf.slice(0, 4);
}
/** A typical claim shares at least this many words (beyond the countries) with the sentence. */
export const MIN_SHARED = 3;

/** The words a compiled typical claim is matched on: its stems less the countries' names, numbers left to its signature. */
export const claimWords = ([stems]: CompiledClaim): string[] => stemsOf(stems).filter(wordStem);
/** Whether a text says something holds of every one of a kind ("every Mexican cartel", "todos los cárteles"), a period or a hedge aside. */
const universalIn = (text: string, words: VerdictWords): boolean =>
  words.universal.length > 0 && hasAny(words.notUniversal.length ? foldSameLength(text).replace(listPattern(words.notUniversal), ' ') : foldSameLength(text), words.universal);

/** Whether a text says a word of a part's kind ("states", "estados") that names a part ("Estados Unidos", "State Department" aside). */
/** A set phrase's last word, the one a negation before it denies ("only" of "not only", "solo" of "no solo"). */
const lastWord = (phrase: string): string => phrase.split(' ').at(-1) ?? phrase;

/** The last words of the packs' set phrases of negation that a claim says outside them ("is only Mexico's problem"). */
function restrictedIn(text: string, affirmations: readonly string[]): string[] {
  const words = new Set(foldSameLength(blankAll(text, affirmations)).split(/[^\p{L}\p{N}]+/u));
  return [...new Set(affirmations.map(lastWord))].filter((w) => words.has(w));
}

const partKindIn = (text: string, words: VerdictWords): boolean =>
  words.partKinds.length > 0 && hasAny(words.notPartKinds.length ? foldSameLength(text).replace(listPattern(words.notPartKinds), ' ') : foldSameLength(text), words.partKinds);

/** Whether a text speaks of what would be: a word of a hypothesis anywhere, or one that opens it ("Si México fuera…"). */
const hypotheticalIn = (text: string, words: VerdictWords): boolean => {
  const folded = foldSameLength(text);
  return (
    (words.hypothetical.length > 0 && hasAny(folded, words.hypothetical)) ||
    (words.hypotheticalOpeners.length > 0 && findAll(folded, words.hypotheticalOpeners).some((hit) => !/[\p{L}\d]/u.test(folded.slice(0, hit.at))))
  );
};

/**
 * Where a condition that opens the sentence ends ("If …,", "Even if …,", "Suppose …", "Supongamos que …", "Si …,": a word of the
 * packs' `hypothetical` or `hypotheticalOpeners` at most two words in), at its first break or the sentence's end; 0 for none.
 * What it supposes is no claim: "If the USMCA had its first joint review in July 2026, …" was Accurate by the review's date.
 */
const supposedEnd = (folded: string, words: VerdictWords): number => {
  const opener = findAll(folded, [...words.hypothetical, ...words.hypotheticalOpeners]).find((hit) => OPENING.test(folded.slice(0, hit.at)));
  if (!opener) return 0;
  const end = folded.slice(opener.end).search(/[,;:]/);
  return end < 0 ? folded.length : opener.end + end;
};

/** Whether a text speaks of what will be: a word or a verb form of a forecast ("will remain", "is expected to", "superará": the packs' `projection`, `projectionEndings`). */
const forecastIn = (text: string, words: VerdictWords): boolean =>
  hasAny(foldSameLength(text), forecastWords(words)) || forecastVerb(text, 0, text.length, words.projectionEndings) || imminentIn(foldSameLength(text), words);
/** A clause of its own, after a hard break (";", a dash), that foretells and states no number ("…in 2025; this year they will fall further"). */
const forecastApart = (text: string, words: VerdictWords): boolean =>
  text
    .split(/;|\s[—–-]\s|—/)
    .slice(1)
    .some((part) => !/\d/.test(part) && forecastIn(part, words));
const forecastLists = new WeakMap<VerdictWords, string[]>();
/** The packs' projection words less those read only as a sentence's first word ("si"; the emphatic "México sí es…" foretells nothing). */
function forecastWords(words: VerdictWords): string[] {
  let list = forecastLists.get(words);
  if (!list) forecastLists.set(words, (list = words.projection.filter((w) => !words.hypotheticalOpeners.includes(w))));
  return list;
}
/** Facts whose series and claims are rebuilt from compiled data per step. */
const FACTS_PER_STEP = 40;

/**
 * Builds the verdict step from the facts' compiled data (engine/compiled-verdicts.ts:
 * `compiled[i]` is `facts[i]`'s), many facts per step (see createEngineInSteps). The words a
 * fact holds, and how many facts hold each, are the fact index's.
 */
export function* buildVerdicts(facts: readonly Fact[], compiled: readonly CompiledFact[], factIndex: FactIndex, deps: VerdictDeps, params: VerdictParams = VERDICT_PARAMS) {
  const measures = new MeasureIndex([], deps.words);
  const allFigures = facts.flatMap((f) => f.figures ?? []);
  // A sector of what a claim speaks of ("services", "steel", "automotriz"), per language: a sentence that names one the claim does not is not that claim.
  const sectorStems = stemSets(deps.words, 'sectors');
  const partKinds = stemSets(deps.words, 'partKinds');
  const bodyStems = bodyStemsOf(deps.words);
  // Whose a body is ("the Supreme Court" of a record of the U.S. one): as the claim says it, else as its fact's statement does.
  const bodiesSaid = (t: string, lang: Lang) => (findAll(foldSameLength(t), deps.words[lang].bodies).length ? bodyOwners(toStems(t, lang), bodyStems[lang], deps.orderOf) : []);
  const ownersOf = (text: string, statement: string, lang: Lang) => {
    const own = bodiesSaid(text, lang);
    return [...own, ...bodiesSaid(statement, lang).filter(([body]) => !own.some(([other]) => sameBody(body, other)))];
  };
  /** The claim countries each negation's clause names, by the clause breaks around it ("…, not the U.S.": "us"; none: ""). A third
   * country is left out: a claim may speak of it ("China dejó de ser el primer socio") though its order never names it. */
  const negatedClauses = (sentence: string, lang: Lang) =>
    findAll(foldSameLength(sentence), deps.words[lang].negation).map((hit) => {
      const [from, to] = stretchBetweenBreaks(sentence, hit.at, hit.end);
      return deps.orderOf(toStems(sentence.slice(from, to), lang));
    });
  const statementBodies = new Map<string, ReturnType<typeof bodiesSaid>>();
  const bodiesOfFact = (fact: Fact, lang: Lang) => {
    const key = `${fact.id}|${lang}`;
    let known = statementBodies.get(key);
    if (!known) statementBodies.set(key, (known = bodiesSaid(fact.statement[lang], lang)));
    return known;
  };
  // A decade said in words ("the nineties", "los noventa") or in digits ("the 2010s", "los años 2000") is a time of its own,
  // and so is its part ("the early 1990s", "a finales de la década de 2010"): the decades a text tells, each with its part,
  // as one key ('' for none). Two ways of saying one decade are two keys: a claim is met only as it is said.
  const decadesOf = (text: string, lang: Lang) => {
    const folded = foldSameLength(text);
    const w = deps.words[lang];
    const partBefore = (at: number) => findAll(folded.slice(Math.max(0, at - DECADE_PART_REACH), at), w.decadeParts).at(-1)?.word ?? '';
    const inDigits = decadeYears(folded, w.decadeBefore).map((at) => `${partBefore(at)} ${folded.slice(at, at + 4)}`);
    const inWords = findAll(folded, w.earlierDecades).map((hit) => `${partBefore(hit.at)} ${hit.word}`);
    return [...inDigits, ...inWords].sort().join('|');
  };
  // The months and parts of a year a text tells, sorted, as one key: "En marzo de 2026 las remesas bajaron 1.4% frente a
  // enero de 2025" is not the claim of January's drop, though it says "enero"; "el último semestre" is not "el primer semestre".
  const beforeThing = (text: string, lang: Lang) => beforeNamed(text, foldSameLength(text), 0, text.length, deps.words[lang]);
  const yearPartsOf = (text: string, lang: Lang) => {
    const folded = foldSameLength(text);
    const w = deps.words[lang];
    const months = findAll(folded, w.months).map((hit) => hit.word);
    // A part of a year named by its months ("de enero a junio") is told by the months already.
    const parts = findAll(folded, w.partYear)
      .map((hit) => hit.word)
      .filter((part) => !part.split(/[^a-z0-9]+/).some((word) => w.months.includes(word)));
    return [...months, ...parts].sort().join('|');
  };
  // "Remittances from Mexico" are not "remittances to Mexico": each country's name with the way a particle before it says
  // ("to", "from", "a", "desde"), as "to:mexico"; a name said with no particle says no way.
  const particles = particleMaps(deps.words);
  const waysOf = (text: string, lang: Lang): Set<string> => {
    const { stems, marks } = toMarkedStems(text, lang, particles[lang]);
    return new Set(stems.flatMap((st, i) => (deps.anchorStems.has(st) && (marks[i] === 'to' || marks[i] === 'from') ? [`${marks[i]}:${st}`] : [])));
  };
  const OTHER_WAY: Record<string, string> = { to: 'from', from: 'to' };
  // A name the claim says one way and the sentence only the other way turns the claim round.
  const turnedRound = (claimWays: ReadonlySet<string>, said: ReadonlySet<string>) =>
    [...claimWays].some((way) => {
      const [mark, name] = way.split(':') as [string, string];
      return !said.has(way) && said.has(`${OTHER_WAY[mark]}:${name}`);
    });
  // A typical claim is said in the reader's words too: its words and a sentence's are matched through the classes a measure's cues are read with.
  const classes = cueClassMaps(deps.words);
  /**
   * The sides a series' cues say a ruling favoured or went against, and with `told` its fact's accurate typical claims too
   * ("…beat Morocco 134 votes to 65"), read once per series, language and reading.
   */
  const sidesMemo = new Map<string, RulingSides>();
  const rulingSidesOf = (entry: SeriesEntry, lang: Lang, told = false): RulingSides => {
    const key = `${entry.series.key}|${lang}|${told}`;
    let sides = sidesMemo.get(key);
    if (!sides) {
      const claims = told ? entry.fact.claims.filter((c) => c.lang === lang && c.rating === 'accurate').map((c) => c.text) : [];
      sidesMemo.set(key, (sides = cueSides([...entry.series.cues[lang], ...claims], deps.words[lang], lang, classes[lang])));
    }
    return sides;
  };
  const classed = (stems: readonly string[], lang: Lang) => inClasses(stems, classes[lang]).filter((s) => !deps.anchorStems.has(s));
  /** Whether a sentence tells a time: a year, a month (unless `months` is false), a time from the writing ("yesterday", "el lunes"), an officeholder's term ("en su primer mandato") or a decade (decadesOf's key). */
  const timeIn = (input: VerdictInput, folded: string, decade: string, months = true, named: ReadonlySet<string> = new Set()) => {
    const w = deps.words[input.lang];
    return (
      input.stems.some((s) => yearSaid(s).some((y) => !named.has(y))) ||
      input.quantities.some((q) => q.unit === 'year') ||
      (months && hasAny(folded, w.months)) ||
      hasAny(folded, w.relativeTimes) ||
      hasAny(folded, w.officeTerms) ||
      decade !== ''
    );
  };
  const claimsByTopic = new Map<TopicId, ClaimEntry[]>();
  /** The other countries each fact's typical claims name ("canada" of the USMCA's), as AnchorReaders' `othersOf` writes them. */
  const claimOthers = new Map<string, string[]>();
  /** Each fact's series of dated events, whose cues say when a thing began or ended. */
  const eventsOf = new Map<string, SeriesEntry[]>();
  /** The names of a relation undated claims say ("usmca", "nafta"), read through the classes, per language. */
  const relationNames = Object.fromEntries(LANGS.map((lang) => [lang, new Set<string>()])) as Record<Lang, Set<string>>;
  // "Most fentanyl comes from Mexico now": a claim told in the present is of now whether or not it says so, so its
  // word for now need not be said (one-word entries only: "these days" would spare "days").
  const nowStems = Object.fromEntries(LANGS.map((lang) => [lang, new Set(deps.words[lang].now.filter((w) => !w.includes(' ')).flatMap((w) => toStems(w, lang)))])) as Record<Lang, Set<string>>;
  for (const [i, fact] of facts.entries()) {
    const c = compiled[i]!;
    for (const [j, series] of (fact.series ?? []).entries()) {
      const cues = c.cues[j]!.map(markedCue);
      if (!cues.length) continue;
      const entry: SeriesEntry = { fact, series, figures: seriesFigures(fact, series), cueStems: new Set(cues.flatMap((cue) => cue.stems)) };
      measures.addCues(entry, cues);
      if (entry.figures[0]?.unit === 'year') listIn(eventsOf, fact.id).push(entry);
    }
    const list = listIn(claimsByTopic, fact.topic);
    for (const [j, claim] of c.claims.entries()) {
      const [, negated, others, order, ownerless, numbers, counts] = claim;
      listIn(claimOthers, fact.id).push(others);
      const { text, lang, rating } = fact.claims[j]!;
      const words = claimWords(claim).filter((s) => !nowStems[lang].has(s));
      const entry: ClaimEntry = {
        fact,
        stems: new Set(words),
        classed: new Set(classed(words, lang)),
        parts: partsIn(text, deps.words[lang]),
        ofParts: claimWords(claim).some((s) => partKinds[lang].has(s)),
        ofPartKind: partKindIn(text, deps.words[lang]),
        span: spanKey(spanIn(foldSameLength(text), deps.words[lang])),
        rating,
        negations: negated ? 1 : 0,
        cueNegations: 0,
        source: frameStems(text, lang),
        restricted: restrictedIn(text, deps.words[lang].affirmations),
        universal: universalIn(text, deps.words[lang]),
        projected: hypotheticalIn(text, deps.words[lang]),
        forecast: forecastIn(text, deps.words[lang]) || fact.scheduled === true || (fact.series ?? []).some((series) => series.scheduled === true),
        dated: claimWords(claim).some((s) => YEAR.test(s)),
        undated: false,
        sequence: '',
        names: [],
        agent: false,
        decade: decadesOf(text, lang),
        former: hasAny(foldSameLength(text), deps.words[lang].formerly),
        alone: hasAny(foldSameLength(text), deps.words[lang].alone),
        yearParts: yearPartsOf(text, lang),
        before: beforeThing(text, lang),
        ways: waysOf(text, lang),
        others,
        order,
        ownerless,
        owners: ownersOf(text, fact.statement[lang], lang),
        numbers,
        counts,
        opposites: oppositesIn(text, deps.words[lang]),
        sides: sidesOf(text, lang, deps.words[lang]),
        text,
        lang,
      };
      list.push(entry);
      const undated = claim[7];
      if (undated) {
        const [stems, numbers, names] = undated;
        const left = claimWords([stems, ...claim.slice(1)] as CompiledClaim).filter((s) => !nowStems[lang].has(s));
        const own = inClasses(stemsOf(names), classes[lang]);
        for (const name of own) relationNames[lang].add(name);
        list.push({
          ...entry,
          stems: new Set(left),
          classed: new Set(classed(left, lang)),
          numbers,
          dated: false,
          undated: true,
          sequence: numbersInOrder(stemsOf(stems)),
          names: inOrder(own),
          agent: hasAny(foldSameLength(text), deps.words[lang].agents),
        });
      }
    }
    if ((i + 1) % FACTS_PER_STEP === 0) yield;
  }
  // The dated events by the cues that say them done, for a sentence that tells no year (eventDone).
  const acts = eventActs([...eventsOf.values()].flat(), deps.words, classes, deps.anchorStems, deps.orderOf);
  // A negation that is a measure's own word ("a 'do not travel' warning") denies nothing: read once every cue is known.
  for (const list of claimsByTopic.values())
    for (const c of list)
      if (c.negations) {
        c.negations = measures.negationCount(c.text, c.lang);
        c.cueNegations = measures.cueNegationCount(c.text, c.lang);
      }
  const factsById = new Map(facts.map((f) => [f.id, f]));
  // The newest year any record was checked in: the fact base's own "now".
  const checkedLast = Math.max(0, ...facts.map((f) => Number(f.asOf.slice(0, 4))));
  // The fact index holds each fact's stems less the countries' names, which relevance never asks about.
  const factStems = new Map(factIndex.entries.map((e) => [e.fact.id, { all: e.stems, keys: e.keyStems }]));
  const idf = (s: string) => Math.log(1 + facts.length / (factIndex.docFrequency(s) ?? 0.5));
  /** Whether a stem is a number, a country's name or a word one of the facts holds. */
  const heldByAny =
    (ids: readonly string[]) =>
    (st: string): boolean =>
      /^\d/.test(st) || deps.anchorStems.has(st) || ids.some((id) => !!factStems.get(id)?.all.has(st));
  /** Each fact's statement and short one as stems, the anchors' names kept (factStems drops them): whom the record names. */
  const recordNames = new Map<string, ReadonlySet<string>>();
  const namedIn = (fact: Fact): ReadonlySet<string> => {
    let names = recordNames.get(fact.id);
    if (!names) recordNames.set(fact.id, (names = new Set(LANGS.flatMap((lang) => [fact.statement[lang], fact.short?.[lang] ?? ''].flatMap((t) => toStems(t, lang))))));
    return names;
  };
  /**
   * Whether a stem of the rule a dated event is said to have happened under is the record's: held by the event's fact, or said
   * in its statement or its short one, where a name of the anchors (a president's, a country's) counts only ("under President
   * Trump's One Big Beautiful Bill", whose record names him; "under Biden", which none of the USMCA's does, is a claim of its own).
   */
  const heldInScene =
    (facts: readonly Fact[]) =>
    (st: string): boolean =>
      /^\d/.test(st) || facts.some((f) => namedIn(f).has(st) || (!deps.anchorStems.has(st) && !!factStems.get(f.id)?.all.has(st)));

  /** Share of the claim's own words (rarity-weighted) that the fact holds; its keywords count fully, other words half. */
  function relevance(input: Pick<VerdictInput, 'stems' | 'topic'>, fact: Fact): number {
    const own = ownStems(input);
    const held = factStems.get(fact.id);
    if (!own.length || !held) return 0;
    let total = 0;
    let shared = 0;
    for (const s of own) {
      const w = idf(s);
      total += w;
      if (held.keys.has(s)) shared += w;
      else if (held.all.has(s)) shared += w / 2;
    }
    return total ? shared / total : 0;
  }

  function ownStems(input: Pick<VerdictInput, 'stems' | 'topic'>): string[] {
    const topicWords = deps.topicStems.get(input.topic);
    return [...new Set(input.stems)].filter((s) => !deps.anchorStems.has(s) && !topicWords?.has(s) && !/^\d/.test(s));
  }

  /** The stems of the report frame a text opens or closes on ("Según el INEGI, …"), none if it has none. */
  function frameStems(text: string, lang: Lang): string[] {
    const frame = reportFrame(foldSameLength(text), deps.words[lang]);
    return frame ? toStems(text.slice(frame[0], frame[1]), lang) : [];
  }

  /**
   * "Trump said that Mexico paid for the border wall", "México pagó el muro, aseguró Trump": who says a claim is no word of
   * it (report-frame.ts). Where no claim meets the sentence whole, it is read as said plainly: the frame blanked, its words
   * gone from the stems unless said again outside it.
   */
  function matchClaim(input: VerdictInput): ClaimEntry | null {
    const claim = matchFramed(input);
    // "Según el Departamento de Estado, en México viven 1.6 millones de estadounidenses" is no claim of the count "Según el INEGI, …"
    // rates: a typical claim that names its source is met by a sentence that names one only if it is that source.
    // Said anywhere ("…, según el Departamento de Estado"), the sentence's own source is read with the sentence's words.
    if (!claim?.source.length || claim.source.every((st) => input.stems.includes(st))) return claim;
    return findAll(foldSameLength(input.sentence), deps.words[input.lang].attribution).length ? null : claim;
  }

  function matchFramed(input: VerdictInput): ClaimEntry | null {
    // A claim may name who says it ("The State Department says …"): the sentence is read whole first.
    const whole = matchSaid(input);
    const frame = whole ? null : reportFrame(foldSameLength(input.sentence), deps.words[input.lang]);
    if (!frame) return whole;
    const [from, to] = frame;
    const sentence = input.sentence.slice(0, from) + ' '.repeat(to - from) + input.sentence.slice(to);
    const rest = new Set(toStems(sentence, input.lang));
    const framed = new Set(toStems(input.sentence.slice(from, to), input.lang));
    return matchSaid({ ...input, sentence, stems: input.stems.filter((st) => !framed.has(st) || rest.has(st)) });
  }

  /** The typical claims of the topic whose words the sentence says (all of them, one spared in a long one), with how many it says. */
  function claimsSaid(input: Pick<VerdictInput, 'sentence' | 'lang' | 'stems' | 'topic'>) {
    // A verb in another tense or number than the claim's says the same ("pagan" of "pagó"): both are read in one form.
    const verbs = verbFormStems(input.sentence, input.lang);
    const oneForm = (stems: readonly string[]) => stems.map((s) => verbs.get(s) ?? s);
    const said = classed(oneForm(input.stems), input.lang).filter(wordStem);
    const stems = new Set(said);
    // "Let the lawsuit go forward" shares many words with "threw out the lawsuit" and says no such claim.
    const shared = new Map<ClaimEntry, number>();
    for (const c of claimsByTopic.get(input.topic) ?? []) {
      let inter = 0;
      for (const s of c.classed) if (stems.has(s)) inter++;
      if (inter >= c.classed.size - (c.classed.size >= 6 ? 1 : 0)) shared.set(c, inter);
    }
    return { shared, said, stems, oneForm };
  }

  /** Whether the sentence says all the words of a typical claim of the topic: the cheap first step of matching one. */
  const saysClaimWords = (input: Pick<VerdictInput, 'sentence' | 'lang' | 'stems' | 'topic'>) => claimsSaid(input).shared.size > 0;

  function matchSaid(input: VerdictInput): ClaimEntry | null {
    // The countries' names are in nearly every claim: what is said of them decides the match.
    // The sentence must say what the typical claim says. Most sentences say no claim's words, so the rest is read only after.
    const { shared, said, stems, oneForm } = claimsSaid(input);
    if (!shared.size) return null;
    // A long claim may leave one word unsaid, not have another said in its place: "The Supreme Court upheld Mexico's lawsuit
    // against US gun makers" is not "… threw out …", though all its other words are said, in order, around "upheld".
    // At either end of the claim, the one word beside its neighbour is the one in its place ("Mexico faced South Africa in the opening match").
    const replaced = (c: ClaimEntry) => {
      const words = [...c.classed];
      const k = words.findIndex((st) => !stems.has(st));
      if (k < 0) return false;
      const from = k > 0 ? said.indexOf(words[k - 1]!) : -1;
      const to = k < words.length - 1 ? said.indexOf(words[k + 1]!, from + 1) : from >= 0 ? from + 2 : -1;
      return to > from + 1 && said.slice(k > 0 ? from + 1 : to - 1, Math.min(to, said.length)).some((st) => !c.classed.has(st));
    };
    const negations = measures.negationCount(input.sentence, input.lang);
    // "Mexico paid for the wall, not the U.S.", "México pagó el muro, dijo, y aseguró que EU nunca pagaría": a negation in a
    // clause that names only other countries than a claim's denies nothing of that claim ("China, not Mexico, is the main
    // source" still denies Mexico's).
    const negatedCountries = negatedClauses(input.sentence, input.lang);
    const negationsOf = (c: ClaimEntry) => negations - negatedCountries.filter((said) => said !== '' && said.split(' ').every((country) => !c.order.split(' ').includes(country))).length;
    // "Se les pide viajar a …" is not "se les pide no viajar a …": a measure's own negation is a word of the claim.
    const cueNegations = measures.cueNegationCount(input.sentence, input.lang);
    // "Cartel violence is not only Mexico's problem" denies "… is only Mexico's problem": a set phrase of negation ends in the word it denies.
    const denied = new Set(input.affirmations.map(lastWord));
    // "México solo demandó a los fabricantes" is no claim a sentence meets without a word that restricts it too ("solo", "just").
    const saysRestricted = restrictedIn(input.sentence, deps.words[input.lang].affirmations).length > 0;
    const numbers = numberSignature(input.quantities);
    // "The U.S. designated two cartels" is not "the U.S. designated the cartels": a count said in words of a thing the claim names
    // (its countries' names aside: "two Mexican cartels") is the claim's own.
    const counts = countsInWords(input.sentence, input.lang, input.quantities).map(
      ([n, end]) =>
        [
          n,
          toStems(input.sentence.slice(end), input.lang)
            .slice(0, 2)
            .find((st) => !deps.anchorStems.has(st)) ?? '',
        ] as const,
    );
    // "Every Mexican cartel is a designated terrorist group" is not "six cartels were designated": a claim of all of a kind meets only one.
    const universal = universalIn(input.sentence, deps.words[input.lang]);
    // "If Mexico were the largest trading partner, …" asserts nothing: a hypothesis meets only a claim that is one.
    const projected = hypotheticalIn(input.sentence, deps.words[input.lang]);
    // "Mexico will remain the largest…" foretells: it meets only a claim that does, or one of a thing scheduled ("the World Cup will open at the Azteca").
    const forecast = forecastIn(input.sentence, deps.words[input.lang]);
    // "Mexico used to be the largest…" says it is no more: it is not the claim that it is.
    const former = hasAny(foldSameLength(input.sentence), deps.words[input.lang].formerly);
    const alone = hasAny(foldSameLength(input.sentence), deps.words[input.lang].alone);
    // "Mexico has been the largest partner for ten years" is not "Mexico is the largest partner": a span meets only a claim of one.
    const span = spanKey(spanIn(foldSameLength(input.sentence), deps.words[input.lang]));
    // "Mexicans dislike the U.S." is not "Americans dislike Mexico": the countries' order must agree.
    const order = deps.orderOf(input.stems);
    // "The U.S. Supreme Court threw out Mexico's lawsuit against U.S. gun makers": a country said as the owner of a body that
    // acts (a court, a congress, an army) tells where the body sits, not a side of the claim; read without it, the order may
    // be the claim's.
    const ownerless = deps.orderOf(withoutOwners(input.stems, bodyStems[input.lang], deps.orderOf));
    // "The Mexican Supreme Court threw out …" is no claim of the U.S. one: a body said with another owner is another body.
    const owners = bodyOwners(input.stems, bodyStems[input.lang], deps.orderOf);
    // A country named again in a clause after the claim's own ("…a seis cárteles mexicanos, una medida de Trump") is an aside:
    // the order that counts is the one of the clauses that say the claim, where the sentence names the claim's countries first.
    // So is a headline's label before its colon, who says it ("ATF: 70% of the guns found in Mexico come from the U.S.").
    // Stemmed only once a claim is covered, as most are not.
    let clauseParts: { stems: string[]; classed: Set<string>; marked: boolean }[] | null = null;
    const clausesOf = () =>
      (clauseParts ??= input.sentence.split(CLAUSE_BREAK).map((part) => {
        const stems = oneForm(toStems(part, input.lang));
        // A negation, "alone" or "every" is read in the whole sentence: a clause that says one is never left out of a claim it says words of.
        const marked = measures.negationCount(part, input.lang) > 0 || universalIn(part, deps.words[input.lang]) || hasAny(foldSameLength(part), deps.words[input.lang].alone);
        return { stems, classed: new Set(classed(stems, input.lang)), marked };
      }));
    // The clauses that say a claim: those that say most of its words, then any that says a word of it they leave unsaid. A clause
    // that only says again a word already said ("Mexico never paid for the wall, the Americans paid for it") is of something else,
    // unless it is marked ("Mexico paid for the wall, but the U.S. never paid for it").
    const sayingClauses = (c: ClaimEntry) => {
      const parts = clausesOf().map((part) => ({ part, held: [...c.classed].filter((st) => part.classed.has(st)) }));
      const said = new Set<string>();
      const kept = new Set<(typeof parts)[number]['part']>();
      // Clauses that say as many of its words are weighed together: each says the claim as much as the other.
      for (const n of [...new Set(parts.map((p) => p.held.length))].filter((n) => n > 0).sort((a, b) => b - a)) {
        const tier = parts.filter((p) => p.held.length === n && (p.part.marked || p.held.some((st) => !said.has(st))));
        for (const p of tier) for (const st of p.held) said.add(st);
        for (const p of tier) kept.add(p.part);
      }
      // In the sentence's order, which the countries' order is read in.
      return clausesOf().filter((part) => kept.has(part));
    };
    const orderSaid = (c: ClaimEntry) => {
      const parts = clausesOf();
      const says = (part: { classed: Set<string> }) => [...part.classed].some((st) => c.classed.has(st));
      const told = HEADLINE_LABEL.test(input.sentence) && !says(parts[0]!) ? deps.orderOf(parts.slice(1).flatMap((part) => part.stems)) : order;
      return (told === c.order || told.startsWith(`${c.order} `)) && deps.orderOf(sayingClauses(c).flatMap((part) => part.stems)) === c.order;
    };
    // A long sentence says several things: a claim is weighed against the clauses that say it.
    let best: ClaimEntry | null = null;
    let bestDice = params.claimMatch;
    // Told as history ("was the 12th-largest in 2023"), a claim the record calls outdated was right for its time.
    const past = hasAny(foldSameLength(input.sentence), deps.words[input.lang].past);
    // So was one told of a span of years that ended before the fact base's own time ("fell to zero between 2005 and 2010").
    const spanned = spanOf(foldSameLength(input.sentence));
    const ofItsTime = past || (!!spanned && Number(spanned.slice(-4)) < checkedLast);
    // A typical claim speaks of its fact's time (its newest record, or the year it names itself): a
    // sentence told as history of an earlier year ("In 2015, Mexico was the largest…") is not that claim.
    const years = past ? input.stems.flatMap(yearSaid) : [];
    // A claim dated by a year meets no sentence that tells another year beside it: that year may be
    // another step's ("USMCA, signed in 2018, went into effect in 2020" is not "went into effect in 2018").
    const yearsTold = input.stems.filter((s) => YEAR.test(s));
    // A state said to have begun or ended at a year ("since 2015", "until 2025", "desde 2010", "hasta 2024", "became … in 2023") meets only a claim that names that year.
    const folded = foldSameLength(input.sentence);
    const boundsOf = (text: string, lang: Lang) => {
      const f = foldSameLength(text);
      const began = spanIn(f, deps.words[lang]) === 'became' ? (f.match(/(?<!\d)(?:19|20)\d\d(?!\d)/g) ?? []) : [];
      return {
        until: [...yearsAfter(f, deps.words[lang].untilTime), ...yearsAfter(f, deps.words[lang].beforeTime)],
        since: [...yearsAfter(f, deps.words[lang].cumulative), ...yearsAfter(f, deps.words[lang].afterTime), ...began],
      };
    };
    const { until, since } = boundsOf(input.sentence, input.lang);
    const bounds = [...until, ...since];
    // …and bounds it the same way: "before 2023" is not "since 2023", nor "after 2024" the claim of what happened "in 2024".
    const boundedOtherWay = (c: ClaimEntry) => {
      if (!bounds.length) return false;
      const own = boundsOf(c.text, c.lang);
      return until.some((y) => !own.until.includes(y)) || since.some((y) => !own.since.includes(y));
    };
    // A decade ("in the nineties", "en los noventa", "in the early 2020s") is a time of its own: it meets only a claim of one.
    const decade = decadesOf(input.sentence, input.lang);
    const yearParts = yearPartsOf(input.sentence, input.lang);
    const ways = waysOf(input.sentence, input.lang);
    // "Before NAFTA, Mexico was the largest…" tells of a time before a thing named: it meets only a claim that tells one too.
    const before = beforeThing(input.sentence, input.lang);
    // A sentence that tells no time at all (no year, month, day or time from the writing: "yesterday", "el lunes") may say a dated event undated.
    const w = deps.words[input.lang];
    const timeless = !timeIn(input, folded, decade);
    const termsSaid = findAll(folded, w.officeTerms).map((hit) => hit.word);
    const officeSpans = officeSpansIn(folded, w);
    const sequence = numbersInOrder(input.stems);
    const namesSaid = inClasses(input.stems, classes[input.lang]).filter((s) => relationNames[input.lang].has(s));
    const agent = hasAny(folded, w.agents);
    // An undated claim's relation names said in its order, and with the doer said after the deed only where it says so too ("NAFTA was replaced by USMCA").
    const namesAgree = (c: ClaimEntry) => c.agent === agent && inOrder(namesSaid.filter((n) => c.names.includes(n))).join(' ') === c.names.join(' ');
    // "Mexico is the largest U.S. trading partner in services" is not the claim of all trade: a sector said must be the claim's too.
    const sectors = input.stems.filter((s) => sectorStems[input.lang].has(s));
    // "More people cross legally than illegally" is not "more cross illegally than legally": a comparison's sides and way must agree.
    const sides = sidesOf(input.sentence, input.lang, deps.words[input.lang]);
    // "Arizona es el principal origen…" is not "Texas es el principal origen…": a state, like a country, is no word to leave out.
    const parts = partsIn(input.sentence, deps.words[input.lang]);
    // "Now oppose expanding the wall" is not "now support expanding the wall", though a long claim may leave one word unsaid.
    const opposites = oppositesIn(input.sentence, deps.words[input.lang]);
    // "Most fentanyl is seized between ports of entry" is not "… seized at ports of entry": a word that places a thing apart
    // from a word of the claim, which the claim does not say, is a claim of the rest.
    const apart = findAll(folded, deps.words[input.lang].apartFrom).map((hit) => ({ word: hit.word, next: classed(oneForm(toStems(folded.slice(hit.end), input.lang).slice(0, 1)), input.lang)[0] }));
    const apartFromClaim = (c: ClaimEntry) => apart.some((a) => a.next !== undefined && c.classed.has(a.next) && !hasAny(foldSameLength(c.text), [a.word]));
    const saidStems = new Set(input.stems);
    // A part said as written, or in another form of its word ("metanfetaminas" for "metanfetamina").
    const partSaid = (part: string) => parts.has(part) || toStems(part, input.lang).every((st) => saidStems.has(st));
    // A claim's part left out for another part of the sentence: the claim said of another state.
    // So is a part the sentence names that the claim does not ("…socio comercial de Texas"), unless the claim speaks of parts of that kind ("some Mexican states").
    const otherPart = (c: ClaimEntry) => [...parts].some((p) => !c.parts.has(p)) && (!c.ofParts || [...c.parts].some((p) => !partSaid(p)));
    // "Not to travel to several Mexican states" is not "not to travel to Mexico": a claim of the whole meets no sentence said of some of its parts.
    const ofPartKind = partKindIn(input.sentence, deps.words[input.lang]);
    const ofWhole = (c: ClaimEntry) => ofPartKind && !c.ofPartKind && c.parts.size === 0;
    // A month said with its year in a clause that says a claim of a dated event ("Estados Unidos designó … a seis cárteles en enero
    // de 2025") dates the event: where its record dates it to another month of that year (February), the claim is not met. A month
    // of another clause ("…, una medida que sigue el decreto firmado en enero de 2025") may date something else.
    const dates = yearQuantities(input.sentence, w.yearNames, w.decadeBefore).flatMap((q) => {
      const month = dateBeforeYear(folded, q, w.months)?.slice(0, 2);
      return month ? [{ year: String(q.value), month, clause: stretchBetweenBreaks(input.sentence, q.start, q.end) }] : [];
    });
    const otherMonth = (c: ClaimEntry) =>
      dates.some(({ year, month, clause: [from, to] }) => {
        const recorded = factDates(c.fact).months.get(year);
        return !!recorded && recorded !== month && classed(oneForm(toStems(input.sentence.slice(from, to), input.lang)), input.lang).some((st) => c.classed.has(st));
      });
    // "En mayo, la Suprema Corte desestimó la demanda de México…": a day or a month said with no year that no dated event of the
    // claim's fact falls on is another time than the event's.
    const bareDates = datesWithoutYear(folded, w.months, w.atYear);
    const otherDay = (c: ClaimEntry) => {
      const days = factDates(c.fact).days;
      return days.length > 0 && bareDates.some((d) => !days.some((day) => day.startsWith(d.date)));
    };
    for (const [c, inter] of shared) {
      if (years.some((y) => !c.stems.has(y) && y < newestYear(c.fact))) continue;
      if (c.dated && yearsTold.some((y) => !c.stems.has(y))) continue;
      if (c.undated && (!timeless || c.sequence !== sequence || !namesAgree(c))) continue;
      // An undated claim of a dated event meets no sentence that gives the event another year than its record's
      // ("Mexico sued Arizona gun shops … in 2019": the suit was filed in 2022).
      const dates = factDates(c.fact);
      if (!c.dated && dates.events.size > 0 && yearsTold.some((y) => !dates.events.has(y))) continue;
      // Nor one that dates it by an officeholder's term the claim does not name ("The cartels were designated terrorist groups
      // during Trump's first term" was Accurate: the designation was in 2025, the second): no year in the record reads a term.
      if (!c.dated && dates.events.size > 0 && termsSaid.some((t) => !hasAny(foldSameLength(c.text), [t]))) continue;
      // Nor one that dates it to officeholders' terms none of its events fall in ("… threw out Mexico's lawsuit … under Biden").
      if (!c.dated && officeSpans.length > 0 && dates.periods.length > 0 && !dates.periods.some((p) => periodInSpans(p, officeSpans))) continue;
      // Nor does an undated claim of a thing scheduled (a tournament's opener and final) meet one that gives a year its fact never
      // tells ("In 2022, FIFA set the final at MetLife Stadium"): the thing holds at its own date, which the record cannot bear
      // out as that year. (A state told as history of a year before its record is the first check of this loop.)
      if (!c.dated && c.fact.scheduled && yearsTold.some((y) => !dates.told.has(y))) continue;
      if (bounds.some((y) => !c.stems.has(y)) || boundedOtherWay(c)) continue;
      if ((decade && c.decade !== decade) || (c.yearParts && !c.undated && c.yearParts !== yearParts) || turnedRound(c.ways, ways)) continue;
      if (before !== c.before || otherMonth(c) || otherDay(c)) continue;
      if (sectors.some((s) => !c.stems.has(s)) || apartFromClaim(c)) continue;
      if (c.counts.some((n) => !counts.some(([said]) => said === n)) || counts.some(([n, of]) => c.stems.has(of) && !c.counts.includes(n))) continue;
      if (
        c.negations > 0 !== negationsOf(c) > 0 ||
        (c.negations > 0 && negationsOf(c) > c.negations) ||
        c.cueNegations > cueNegations ||
        c.restricted.some((w) => denied.has(w)) ||
        (c.restricted.length > 0 && !saysRestricted) ||
        c.universal !== universal ||
        (projected && !c.projected) ||
        (forecast && !c.forecast) ||
        (former && !c.former) ||
        alone !== c.alone ||
        span !== c.span ||
        c.others !== input.others ||
        c.numbers !== numbers ||
        (c.sides !== null && comparisonTurned(c.sides, sides)) ||
        (ofItsTime && c.rating === 'outdated')
      )
        continue;
      // A phrase its class reads as one word ("auto parts") still counts its words.
      // A hedge both say ("most", "la mayoría": the numbers' signature, equal by now) is a word shared.
      if (inter + c.stems.size - c.classed.size + (numbers ? 1 : 0) + c.names.length < MIN_SHARED || otherPart(c) || ofWhole(c) || saysOpposite(c.opposites, opposites) || replaced(c)) continue;
      // Read after the words agree: the clauses' order costs a stemming of each clause.
      if ((c.order !== order && c.ownerless !== ownerless && !orderSaid(c)) || ownersAtOdds(owners, c.owners)) continue;
      const said = new Set(sayingClauses(c).flatMap((part) => [...part.classed].filter(wordStem)));
      const dice = (2 * inter) / (c.classed.size + Math.min(stems.size, said.size || stems.size) || 1);
      if (dice >= bestDice) {
        bestDice = dice;
        best = c;
      }
    }
    return best;
  }

  const ownMeasure = ownMeasureReader(deps);

  /**
   * Years bound to dated events. "…dismissed Mexico's lawsuit against gunmakers in June 2025": a year's month and day are read
   * with it, so a year no cue reached is sought again from its date's start, and bound with its own place and its date.
   */
  function bindYears(input: VerdictInput, folded: string, years: readonly Quantity[], allowed: (e: SeriesEntry) => boolean): Binding[] {
    const w = deps.words[input.lang];
    // A relative clause set between commas is read as an aside ("The USMCA, which updated the rules of origin, took effect in 2020").
    // A thing described by a dated event's own act is that act's doer ("the pact that replaced NAFTA": the USMCA).
    const sentence = withDescribedDoers(withoutRelativeAsides(input.sentence, w), w, (o) => acts.doerOf(o.verb, o.name, input.lang));
    const bound = measures.bind(sentence, input.lang, years, allowed);
    for (const q of years) {
      const at = bound.some((b) => b.quantity === q) ? null : dateStartBeforeYear(folded, q, w.months);
      if (at === null) continue;
      const date = dateBeforeYear(folded, q, w.months) ?? undefined;
      bound.push(...measures.bind(sentence, input.lang, [{ ...q, start: at }], allowed).map((b) => ({ ...b, quantity: q, date })));
    }
    // "The pact that replaced NAFTA took effect in 2020": a name a relative clause's own verb acts on, before the year, is not
    // what the verb after the clause says done, unless that verb is the event's own ("the officials who signed Minute 323 in 2017").
    const objects = relativeObjects(sentence, w);
    const classedWord = (word: string) => inClasses(toStems(word, input.lang), classes[input.lang])[0] ?? '';
    const throughRelative = (b: Binding) =>
      objects.some((o) => o.at < b.quantity.start && !!acts.cueHeads(b.entry.series.key, input.lang)?.has(classedWord(o.name)) && !acts.cueWords(b.entry.series.key)?.has(classedWord(o.verb)));
    // "El Acta 323 está vigente desde 2017": a year said after "since" is when a state began, never the date of an end whose
    // cues say "until" and never "since" ("está vigente hasta", which its stems read without the "hasta"). The other way is
    // read: a start's state said "until" a year ("NAFTA governed trade until 2020") is dated by the end (endOf).
    const since = new Set(yearsAfter(folded, w.cumulative));
    const againstBound = (b: Binding) => {
      const bound = boundWords(b.entry, input.lang);
      return since.has(String(b.quantity.value)) && bound.until && !bound.since;
    };
    return bound.filter((b) => !throughRelative(b) && !againstBound(b));
  }

  /** Whether an event's cues in a language say "since" or "until" (the packs' `cumulative`, `untilTime`), read once per series. */
  const bounds = new Map<string, { since: boolean; until: boolean }>();
  function boundWords(entry: SeriesEntry, lang: Lang): { since: boolean; until: boolean } {
    const key = `${entry.series.key}|${lang}`;
    let said = bounds.get(key);
    if (!said) {
      const cues = entry.series.cues[lang].map(foldSameLength);
      const w = deps.words[lang];
      said = { since: cues.some((cue) => hasAny(cue, w.cumulative)), until: cues.some((cue) => hasAny(cue, w.untilTime)) };
      bounds.set(key, said);
    }
    return said;
  }

  /** The one other dated event of the thing a start's series dates, later than the start (NAFTA's end for its entry into force). */
  const endOf = (start: SeriesEntry): SeriesEntry | undefined => {
    const begun = start.figures[0]!.value;
    const ends = (eventsOf.get(start.fact.id) ?? []).filter((e) => e !== start && e.series.direction === start.series.direction && e.figures.every((f) => f.value > begun));
    return ends.length === 1 ? ends[0] : undefined;
  };
  /** Whether a word of the list stands right before a year, a date's day and month or an article aside ("until July 1, 2020", "hasta el 1 de julio de 2020"). */
  const yearAfterWord = (folded: string, at: number, list: readonly string[], w: VerdictWords) => {
    const from = Math.max(0, at - 40);
    return findAll(folded.slice(from, at), list).some((hit) =>
      folded
        .slice(from + hit.end, at)
        .split(/[^a-z0-9]+/)
        .filter(Boolean)
        .every((x) => w.months.includes(x) || w.atYear.includes(x) || w.determiners.includes(x) || /^\d{1,2}$/.test(x)),
    );
  };
  /**
   * "El TLCAN estuvo vigente hasta 2020", "NAFTA was in force from 1994 to 2020": a state begun at a dated event (its cue's) that
   * is said to hold until a year, or over a span of years, ended at that year, the date of the thing's one later event (NAFTA's
   * end): the year is that event's, checked with its record, not the start's ("hasta 2020" was False by NAFTA's 1994).
   */
  const endsOfStates = (folded: string, bindings: Binding[], years: readonly Quantity[], w: VerdictWords) => {
    const spanTo = [...w.rangeTo, ...w.untilTime, ...w.trendTo];
    for (const [i, b] of bindings.entries()) {
      const end = b.quantity.unit === 'year' ? endOf(b.entry) : undefined;
      if (!end) continue;
      if (yearAfterWord(folded, b.quantity.start, w.untilTime, w)) bindings[i] = { ...b, entry: end };
      else if (yearAfterWord(folded, b.quantity.start, [...w.rangeFrom, ...w.trendFrom], w)) {
        const last = years.find(
          (q) => q.start > b.quantity.end && !bindings.some((o) => o.quantity === q) && /^[^\d]*$/.test(folded.slice(b.quantity.end, q.start)) && yearAfterWord(folded, q.start, spanTo, w),
        );
        if (last) bindings.push({ ...b, quantity: last, entry: end, date: undefined });
      }
    }
  };

  /**
   * A bound number's check, where no other source's figure for the same measure says otherwise: a
   * number that fits a sibling series ("1.6 million Americans live abroad in Mexico", the State
   * Department's count, bound to AARO's 1.2 million) is not shown wrong, and one a sibling contradicts
   * is not shown right.
   */
  function judge(b: Binding & { sole?: boolean }, sentence: string, lang: Lang): ReturnType<typeof judgeBinding> {
    // A year's total said of a day is wrong whenever it was said.
    const why = deps.why;
    const old = stale(b);
    if (old) why?.('stale');
    const judged = inYearPart(b, sentence, lang, old ? null : judgeBinding(b, why));
    if (!judged) return yearSaidOfADay(b);
    if (judged.status === 'contradicted') {
      const withheld = undatedPart(b)
        ? 'undated-part'
        : otherCount(b, judged.claimValue / judged.recordValue, sentence, lang)
          ? 'other-count'
          : heldElsewhere(b, sentence, lang)
            ? 'held-elsewhere'
            : null;
      if (withheld) {
        why?.(withheld);
        return null;
      }
    }
    const against = judged.status === 'consistent' ? 'contradicted' : 'consistent';
    if (!measures.siblingsOf(b.entry, sentence).some((entry) => judgeBinding({ ...b, entry })?.status === against)) return judged;
    why?.('sibling-disagrees');
    return null;
  }

  /**
   * An event's year said with a part of it ("in late 1994", "a mediados de 2020"), where the record dates the event to its
   * month and no month is said: the year borne out, the part still is not where that month falls outside it.
   */
  function inYearPart(b: Binding, sentence: string, lang: Lang, judged: ReturnType<typeof judgeBinding>): ReturnType<typeof judgeBinding> {
    if (judged?.status !== 'consistent' || b.date || b.quantity.unit !== 'year' || b.entry.figures[0]?.unit !== 'year') return judged;
    const month = Number(judged.recordPeriod.slice(5, 7));
    const part = month ? yearPartBefore(foldSameLength(sentence), b.quantity.start, deps.words[lang]) : null;
    if (!part || inPart(month, part)) return judged;
    deps.why?.('outside-year-part');
    return { ...judged, status: 'contradicted' };
  }

  /**
   * "Around 200,000 guns are smuggled into Mexico every day": a day's amount out of scale with its daily record that is,
   * to the digit it is said with, a year's total of the same flow is that total said of a day: wrong.
   */
  function yearSaidOfADay(b: Binding): ReturnType<typeof judgeBinding> {
    const q = b.quantity;
    if (b.entry.series.period !== 'day' || b.year || b.span || b.change || !outOfScale(q, b.entry.figures)) return null;
    if (!measures.yearlyOf(b.entry).some((e) => heldAlmostExactly({ ...q, per: null }, e.figures))) return null;
    const latest = b.entry.figures[b.entry.figures.length - 1]!;
    const record = { recordValue: latest.value, recordPeriod: latest.period, latestValue: latest.value, latestPeriod: latest.period };
    return { status: 'contradicted', unit: latest.unit, per: latest.per ?? null, claimValue: q.value, claimRaw: q.raw, ...record };
  }

  /** A bound number's check as the sentence says it: over the span of years it says the state held, if it says one (engine/streaks.ts). */
  function judgeSaid(b: Binding & { sole?: boolean }, sentence: string, lang: Lang, span: Span | undefined): ReturnType<typeof judgeBinding> {
    // "…the top U.S. trading partner, a position it has held since 2019": a position's year said after "since" is where the
    // span it held starts, not its time; the span runs to the newest record, and every year of it is checked.
    const since = typeof span === 'object' && 'since' in span && b.quantity.unit === 'rank' && b.year === String(span.since);
    const single = judge(since ? { ...b, year: null, sole: false } : b, sentence, lang);
    return span === undefined ? single : judgeSpan(b, span, single, hasAny(foldSameLength(sentence.slice(b.clause[0], b.clause[1])), deps.words[lang].presentState));
  }

  /** A place said as taken, held over a span or under a condition: a move of the other country's, no place Mexico's record settles. */
  const rivalMoved = (folded: string, w: VerdictWords) => spanIn(folded, w) !== undefined || hasAny(folded, w.overtake) || supposedEnd(folded, w) > 0;

  /**
   * Positions given to another country ("China is the top U.S. trading partner"): wrong where the record gives Mexico that
   * very place at the time said, which no two countries hold at once; any other place, a range of places, a denial, a place
   * taken or held over a span, or one said under a condition is the other country's own, which the record does not hold.
   */
  function rivalChecks(rivals: readonly Binding[], input: { sentence: string; lang: Lang }, folded: string, moved: boolean): { checks: FigureCheck[]; open: number } {
    const checks: FigureCheck[] = [];
    let open = 0;
    for (const b of rivals) {
      const judged =
        moved || b.quantity.qualifier !== 'exact' || hasAny(folded.slice(b.clause[0], b.clause[1]), deps.words[input.lang].negation) ? null : judgeSaid(b, input.sentence, input.lang, undefined);
      if (judged?.status === 'consistent' && !judged.within && !judged.denied)
        checks.push({ ...judged, status: 'contradicted', rival: true, key: b.entry.series.key, factId: b.entry.fact.id, measure: b.entry.series.measure });
      else open++;
    }
    return { checks, open };
  }

  /**
   * A flow (a year's, a day's) said with no time of its own speaks of now; a record last checked long before the fact
   * base's newest ("Mexico graduates 71,300 engineers a year": 2012) cannot say what it is now, either way.
   */
  function stale(b: Binding): boolean {
    const flow = b.entry.series.period === 'year' || b.entry.series.period === 'fiscal-year' || b.entry.series.period === 'day';
    return flow && !b.year && !b.span && !b.after && !b.change && Number(b.entry.fact.asOf.slice(0, 4)) < checkedLast - STALE_YEARS;
  }

  /**
   * A part of a year said without its year ("remittances in June", "in the first half") recurs every year, and the record
   * holds only a few of them: a number it contradicts may be that part of a year it does not hold.
   */
  function undatedPart(b: Binding): boolean {
    return b.entry.series.period === 'part-year' && !b.year && !b.span;
  }

  /**
   * Whether a number said to the digit ("206,233") is a figure another series holds, for its year if it says one: the
   * record the writer quoted, which the words bound to a neighbour ("deportations of Mexicans" to ICE's removals, where
   * Mexico's count of repatriations is 206,233). The bound series' record does not show it wrong.
   * A series of the bound one's own fact is told apart from it by cues written together with its own: where the sentence's
   * words do not bind the number to it ("Mexico bought $505.9 billion of U.S. goods", the imports' figure said as exports;
   * "México exportó 3,989,403 vehículos", the output's said as exports), the writer put that measure's number under the
   * bound one's name, and the bound record shows it wrong. Another fact's cues may miss the writer's words, so its figure
   * still holds the number back.
   */
  function heldElsewhere(b: Binding, sentence: string, lang: Lang): boolean {
    const q = b.quantity;
    const digits = significantDigits(q.value);
    if (q.qualifier !== 'exact' || q.vague || q.unit === 'rank' || q.unit === 'year' || digits < SAID_TO_THE_DIGIT) return false;
    const lastDigit = 10 ** (Math.floor(Math.log10(Math.abs(q.value))) - digits + 1);
    const kind = (unit: string | null) => (unit === null || unit === 'people' || unit === 'count' ? 'count' : unit);
    const ownFact = b.entry.fact.figures ?? [];
    const mixedUp = (f: Figure) => ownFact.includes(f) && measures.bind(sentence, lang, [q], (e) => e.series.key === f.key).length === 0;
    return allFigures.some(
      (f) => f.key !== b.entry.series.key && kind(f.unit) === kind(q.unit) && (!b.year || f.period.startsWith(b.year)) && Math.abs(f.value - q.value) <= lastDigit / 2 && !mixedUp(f),
    );
  }

  /** Whether a number the record contradicts may be another count the series' words also name (goods and services for "trade"). */
  function otherCount(b: Binding, ratio: number, sentence: string, lang: Lang): boolean {
    const mirror = b.entry.series.mirror;
    if (mirror && ratio >= mirror.from && ratio <= mirror.to) return true;
    const other = b.entry.series.otherCount;
    if (!other || ratio < other.from || ratio > other.to) return false;
    const said = new Set(toStems(sentence.slice(b.clause[0], b.clause[1]), lang));
    return !(other.narrow?.[lang] ?? []).some((phrase) => toStems(phrase, lang).every((s) => said.has(s)));
  }

  /** Figure checks for the numbers of a sentence bound to series of the given facts (a reply draft's figures), read as a card reads them. */
  function checkNumbers(sentence: string, lang: Lang, quantities: readonly Quantity[], factIds: ReadonlySet<string>, others: string): FigureCheck[] {
    const out: FigureCheck[] = [];
    const span = spanIn(foldSameLength(sentence), deps.words[lang]);
    for (const bound of measures.bind(sentence, lang, quantities, (e) => factIds.has(e.fact.id))) {
      const said = { sentence, lang, others };
      // Checked against the conversation's own facts, a number said of no country is of the subject the post named.
      const b = ownMeasure(said, bound) || ownMeasure.namelessOwn(said, bound) ? bound : null;
      if (!b) continue;
      const judged = judgeSaid(b, sentence, lang, span);
      if (judged) out.push({ ...judged, key: b.entry.series.key, factId: b.entry.fact.id, measure: b.entry.series.measure });
    }
    return out;
  }

  /**
   * The dated event a sentence says was done, with no year of its own and nothing its record does not hold ("The Supreme
   * Court threw out Mexico's lawsuit against U.S. gun makers"): the record bears it out, whenever it dates it. A day or a month
   * said with no year ("The USMCA took effect on July 1", "in July", "desde el 1 de enero") must be the record's: another may be
   * another year's, so it earns no verdict. Said not to have happened yet ("The USMCA has not yet entered into force", "El
   * T-MEC todavía no entra en vigor"), in one clause that denies nothing else and tells no day, it was right only before the
   * record's date: outdated. Null where the sentence tells another time (a year: the event's is bound and checked as a figure),
   * denies or foretells, hedges the event (a cause, a comparison, a span, "once", "alone", "every"), says a number the record
   * does not settle, names the event as the time of another clause ("Since the USMCA took effect, …"), or says a thing done in
   * words its fact does not hold ("…, which gave Mexico new labor obligations"). Only an event that happened by its record's
   * own date is said done.
   */
  function eventDone(input: VerdictInput, folded: string): { entry: SeriesEntry; rating: 'accurate' | 'outdated' } | null {
    const w = deps.words[input.lang];
    const days = datesWithoutYear(folded, w.months, w.atYear);
    // An edition named by its year ("the 2026 World Cup", "el Mundial 2026") tells no time, if its record tells that year (below).
    const editions = new Set(namedYears(folded, w.yearNames).map((at) => folded.slice(at, at + 4)));
    if (timeIn(input, folded, decadesOf(input.sentence, input.lang), false, editions) || findAll(folded, w.months).length !== days.length) return null;
    // A rate is the event's only where its record holds it (engine/event-rates.ts), read once the event is known.
    const rates = input.quantities.filter((q) => q.unit === 'percent');
    if (input.quantities.some((q) => (q.unit !== null && !rates.includes(q)) || q.vague) || countsInWords(input.sentence, input.lang, input.quantities).length) return null;
    const pending = hasAny(folded, w.notYet);
    if (pending && (days.length > 0 || input.sentence.split(CLAUSE_BREAK).length > 1)) return null;
    if (measures.negationCount(pending ? blankAll(input.sentence, w.notYet) : input.sentence, input.lang) > 0 || hypotheticalIn(input.sentence, w) || forecastIn(input.sentence, w)) return null;
    if ([w.comparison, w.formerly, w.alone].some((list) => hasAny(folded, list)) || universalIn(input.sentence, w) || spanKey(spanIn(folded, w)) !== '') return null;
    // A clause opened on the event or after it ("Since …", "…, which …", "tras …") says something else of it; a word of time
    // said right before a day ("since July 1", "a partir del 12 de marzo") opens no clause.
    const timeWords = [...w.atYear, ...w.determiners, ...w.elapsedSince, ...w.afterTime, ...w.cumulative];
    // A claim's content the event ruled on ("dismissed Mexico's claim that gunmakers aided …") opens no clause of the event's.
    const claimless = withoutClaimContents(folded, w);
    const undated = days.reduceRight((text, d) => {
      let at = d.at;
      for (let hit = findAll(text.slice(0, at), timeWords).at(-1); hit && !text.slice(hit.end, at).trim(); hit = findAll(text.slice(0, at), timeWords).at(-1)) at = hit.at;
      return text.slice(0, at) + ' '.repeat(d.end - at) + text.slice(d.end);
    }, claimless);
    if (hasAny(undated, [...w.clauseOpeners, ...w.elapsedSince, ...w.afterTime, ...w.cumulative])) return null;
    // A record dated more finely than its check has passed only if it falls on the check's first day: "2026-01-01" by a check
    // of "2026-01", not "2017-12" by one of "2017" (the check may have been made before December).
    const happened = (e: SeriesEntry) => {
      const [period, asOf] = [e.figures.at(-1)!.period, e.fact.asOf];
      return e.fact.topic === input.topic && (period <= asOf || (period.startsWith(asOf) && FIRST_OF.test(period.slice(asOf.length))));
    };
    const entry = acts.seriesOf(input.sentence, input.lang, happened);
    if (!entry || rates.some((q) => !eventRate(q, entry, folded, w))) return null;
    // "The Biden administration designated the cartels…": an officeholder's terms said as the time must hold the record's date.
    const spans = officeSpansIn(folded, w);
    if (spans.length > 0 && !entry.figures.some((f) => periodInSpans(f.on ?? f.period, spans))) return null;
    // "le dio la razón a México en su demanda contra las armeras", "The 2026 World Cup was awarded to Morocco": the event's words,
    // read as a bag, are the record's; the side it is said to favour is one its cues or its fact's accurate claims ("…beat
    // Morocco 134 votes to 65") say it went against.
    if (otherSideFavoured(folded, rulingSidesOf(entry, input.lang, true), w, input.lang, classes[input.lang])) return null;
    // "NAFTA is still in force", "El TLCAN sigue vigente": a state its start began, said to hold now, where the record holds its
    // end as done, is no longer so; the start does not bear it out.
    const ended = endOf(entry);
    if (ended && happened(ended) && hasAny(folded, w.holdsNow)) return null;
    // "NAFTA replaced USMCA", "USMCA was replaced by NAFTA", "Minute 319 replaced Minute 323": the names and numbers a cue relates
    // must be said in its order, and the doer after the deed only where the cue says it so, as an undated typical claim's (namesAgree).
    const names = acts.relatedNames(input.sentence, input.lang);
    const numbers = numbersInOrder(input.stems).split(' ');
    const agent = hasAny(folded, w.agents);
    const related = (cue: ActCue) => (cue.names ? cue.names.split(' ').length : 0) + cue.numbers.length;
    // A cue that relates no names leaves the sentence free to name the countries its fact's typical claims name as the event's
    // own ("FIFA awarded the 2026 World Cup to the U.S., Mexico and Canada").
    const parties = new Set((claimOthers.get(entry.fact.id) ?? []).flatMap((o) => o.split('|')));
    const namesFit = (cue: ActCue) => cue.names === names || (cue.names === '' && names.split(' ').every((n) => parties.has(n)));
    const shaped = (cue: ActCue) => namesFit(cue) && numbers.filter((n) => cue.numbers.includes(n)).join(' ') === cue.numbers.join(' ') && (related(cue) < 2 || cue.agent === agent);
    const heldByFact = heldByAny([entry.fact.id]);
    if (!acts.shapes(entry.series.key)?.[input.lang].some(shaped) || causeBesideEvent(input.sentence, folded, input.lang, w, heldInScene([entry.fact]))) return null;
    // "Canada designated the cartels as terrorist organizations": another country its fact's typical claims never name may be another doer.
    if (input.others !== '' && !claimOthers.get(entry.fact.id)?.includes(input.others)) return null;
    // Nor is one its record says the event went against ("…beat Morocco 134 votes to 65") a party to it: "FIFA awarded the 2026
    // World Cup to Morocco", "Morocco won the right to host…" tell another event in the record's words.
    const against = rulingSidesOf(entry, input.lang, true).against;
    if (input.others.split('|').some((o) => against.has(o))) return null;
    if ([...editions].some((year) => !factDates(entry.fact).told.has(year))) return null;
    const recorded = entry.figures.at(-1)!.period.slice(5);
    if (days.some((d) => !recorded.startsWith(d.date))) return null;
    // A word its fact does not hold may describe what the record names ("a decisive ruling", "los grupos transnacionales"); one
    // that says a thing was done says another claim ("…, which gave Mexico new labor obligations").
    const topicWords = deps.topicStems.get(input.topic);
    const own = acts.cueWords(entry.series.key);
    const known = (st: string) => heldByFact(st) || !!topicWords?.has(st) || !!own?.has(inClasses([st], classes[input.lang])[0]!);
    // Nor does it say another act done.
    const said = withoutClaimContents(pending ? blankAll(input.sentence, w.notYet) : input.sentence, w);
    const saidWords = said.split(/[^\p{L}\d'’-]+/u).filter(Boolean);
    // A word of a country's name that names none alone ("Estados" of "Estados Unidos", "United") is no verb.
    const named = (a: string | undefined, b: string | undefined) =>
      !!a && !!b && deps.firstOf(`${a} ${b}`, input.lang) !== '' && deps.firstOf(a, input.lang) === '' && deps.firstOf(b, input.lang) === '';
    const inName = (k: number) => named(saidWords[k], saidWords[k + 1]) || named(saidWords[k - 1], saidWords[k]);
    const otherAct = saidWords.some((word, k) => !toStems(word, input.lang).every(known) && saysAct(word, w) && !acts.cueVerb(entry.series.key, word, input.lang) && !inName(k));
    return otherAct ? null : { entry, rating: pending ? 'outdated' : 'accurate' };
  }

  function decide(input: VerdictInput): VerdictResult | null {
    const top = input.ranked[0];
    if (!top) return null;
    const relatedTo = (id: string) =>
      input.ranked
        .filter((r) => r.fact.id !== id && r.score > 0)
        .slice(0, 3)
        .map((r) => r.fact.id);
    // Without a verdict, the card shows the fact that holds most of the claim's own words, if it holds enough to answer the
    // claim. Else a few words shared by chance ("end", "according to") say less than the sentence's evidence as a whole:
    // the card shows the fact whose series' cue names a number of the claim (the topic's, then another topic's), else the
    // first fact in the ranking that holds a number the claim states, or the first one.
    const context = (measured?: Fact, measuredElsewhere?: Fact): VerdictResult => {
      let fact = top.fact;
      let held = relevance(input, fact);
      for (const r of input.ranked.slice(1)) {
        const h = relevance(input, r.fact);
        if (h > held) {
          held = h;
          fact = r.fact;
        }
      }
      // A number of a measure said of a time its record does not settle ("de enero a octubre") still names the measure: its record is what the claim is about.
      if (held < params.relevance)
        fact = measured ?? measuredElsewhere ?? input.ranked.find((r) => r.fact.figures && input.quantities.some((q) => heldAlmostExactly(q, r.fact.figures!)))?.fact ?? top.fact;
      const answers = held >= params.relevance;
      return { factId: fact.id, rating: 'context', basis: 'none', answers, ...(answers && { inWords: true }), related: relatedTo(fact.id) };
    };
    // A statement asked back ("Mexico paid for the wall?") says nothing the record could bear out or deny.
    if (!input.checkworthy || asked(input.sentence)) return context();

    const folded = foldSameLength(input.sentence);
    // The count of a record's span ("a 20-year high", "el nivel más alto en 20 años") is the record's, read with it: no
    // number of its own, it neither cuts the others' stretches nor is left unsettled. So is a first time's ("fell for the
    // first time in 11 years"), read with the move it is said of (moved-span.ts).
    const firstCount = moveSpanIn(folded, deps.words[input.lang], spanIn(folded, deps.words[input.lang]))?.countAt;
    const spanCounts = [...recordSpanCounts(folded, deps.words[input.lang]), ...(typeof firstCount === 'number' ? [firstCount] : [])];
    const numbers = input.quantities.filter((q) => !spanCounts.some((at) => at >= q.start && at < q.end));
    // Years are bound apart, to dated events only, so they do not cut the other numbers'
    // stretches; an unbound year is only a time, never a claim left unsettled.
    const inTopic = (e: SeriesEntry) => e.fact.topic === input.topic;
    let measured: Fact | undefined;
    const timedOut = (_q: Quantity, _why: string, entry?: SeriesEntry) => {
      measured ??= entry?.fact;
    };
    // Two measures set against each other ("more Americans in Mexico than Mexicans in the U.S.") are checked from both records.
    const seriesOf = (text: string) => measures.seriesOf(text, input.lang, inTopic);
    const { checks: between, pairs, sides } = compareSeries(input.sentence, folded, numbers, deps.words[input.lang], seriesOf);
    // "Remittances doubled between 2015 and 2024", "las remesas cayeron en 2025": a move said with no number but its years.
    // Whose measure a number or a move is, read without a speaker named after the claim ("…, Canada said": engine/report-frame.ts).
    const ownSaid = { ...input, sentence: blankTrailingFrame(input.sentence, deps.words[input.lang]) };
    // A move said with no number is another country's where the sentence names a third one first ("Remittances to Guatemala fell
    // in 2025, Mexico said"), or names one at all for a measure only the two countries have, as ownMeasure reads a number.
    const ownSeriesOf = (text: string) => {
      const entry = seriesOf(text);
      return entry && ((input.others !== '' && !entry.series.anyCountry) || deps.firstOf(ownSaid.sentence, input.lang) === 'other') ? null : entry;
    };
    const compared = [...between, ...(numbers.length ? [] : movedChecks(input.sentence, folded, deps.words[input.lang], ownSeriesOf))];
    const yearsSaid = yearQuantities(input.sentence, deps.words[input.lang].yearNames, deps.words[input.lang].decadeBefore, [
      ...deps.words[input.lang].beforeTime,
      ...deps.words[input.lang].afterTime,
    ]);
    // Positions given to another country in an ordering the record holds Mexico's place in, settled apart (rivalChecks).
    const rivals: Binding[] = [];
    const bound = [...measures.bindOwnOrEnclosed(input.sentence, input.lang, numbers, inTopic, timedOut), ...bindYears(input, folded, yearsSaid, inTopic)].filter(
      (b) => !otherSideFavoured(folded, rulingSidesOf(b.entry, input.lang), deps.words[input.lang], input.lang, classes[input.lang]),
    );
    // "Remittances topped oil exports in 2024 at $65 billion", "…, reaching $65 billion": a number said after a comparison's link,
    // in its clause, may be either side's; unless the comparison pairs it with one, it is left unsettled.
    const eitherSide = (b: Binding) =>
      !pairs.some((p) => p.quantity === b.quantity) && b.quantity.unit !== 'year' && sides.some(({ link, clauseEnd }) => b.quantity.start >= link.end && b.quantity.start < clauseEnd);
    const bindings = withPairs(
      folded,
      pairs,
      bound.filter((b) => !eitherSide(b)),
    ).flatMap((b): Binding[] => {
      if (ownMeasure(ownSaid, b)) return [b];
      // A passage that named Mexico just before, and no other country (for a measure every country has, not the U.S. either),
      // names it for a sentence that names none ("Mexico's remittances fell. They reached $61.8 billion in 2025"): as plainly
      // as its own name would.
      if (ownMeasure.namelessOwn(ownSaid, b)) {
        return [namesMexico(input.namedBefore?.(), !!b.entry.series.anyPair) ? b : { ...b, nameless: true }];
      }
      deps.why?.('not-own-measure');
      if (ownMeasure.rivalRanked(ownSaid, b)) rivals.push(b);
      return [];
    });
    // Years said as the time since a dated event, where nothing else took them.
    bindings.push(...measures.bindElapsed(input.sentence, input.lang, numbers, inTopic).filter((e) => !bindings.some((b) => b.quantity === e.quantity)));
    endsOfStates(folded, bindings, yearsSaid, deps.words[input.lang]);
    // A share said of another part of its whole than its series' ("80% of … were migrants", a share of U.S. citizens): neither
    // the figure nor a typical claim of the fact reads what it says of that part.
    const why = deps.why;
    if (bindings.some((b) => b.anotherPart)) {
      why?.('another-part');
      return context();
    }
    if (bindings.length || compared.length || rivals.length) {
      const checks: FigureCheck[] = [];
      // Numbers with a unit or said as a share or rank are claims of their own; a bare number
      // ("11 of the 16 venues", "July 1") that nothing bound is left aside, unless another topic's
      // series takes it as its measure ("…, y las remesas llegaron a 80 mil millones"): then it is a claim of its own. So is one
      // said as the level a change reached, as a part of or joined by "and" to an amount of money beside it, whose currency was said once
      // ("171,800 millones de dólares en 2024, se redujo a 150,000 millones en 2025", "…, de los cuales 25,000 millones …").
      const bound = new Set(bindings.map((b) => b.quantity));
      const bare = numbers.filter((q) => !bound.has(q) && q.unit === null && !q.vague && q.value >= AMOUNT_SIZED);
      const w = deps.words[input.lang];
      const money = numbers.some((q) => q.unit === 'usd' || q.unit === 'other-money');
      // A word of the list at most `reach` words before the number, in its clause.
      const rightAfter = (list: readonly string[], reach: number) => (q: Quantity) => {
        const from = clauseOf(folded, q)[0];
        return findAll(folded.slice(from, q.start), list).some(
          (hit) =>
            folded
              .slice(from + hit.end, q.start)
              .trim()
              .split(/\s+/)
              .filter(Boolean).length <= reach,
        );
      };
      const [partOf, joined] = [rightAfter(w.partitive, PARTITIVE_REACH), rightAfter(w.addition, 0)];
      // "…, y 50,871 millones en 2025": an amount joined to one of money by "and" is money too.
      // So is one said as a rate ("unos 5,000 millones diarios"), and one said with the very scale words of an amount of money
      // ("51 mil millones de dólares …, así que en todo el año llegaron a 55 mil millones"): its currency was said once.
      const moneyScales = new Set(numbers.filter((q) => q.unit === 'usd' || q.unit === 'other-money').map((q) => scaleWords(q.raw)));
      // Not one that names what it counts after its scale ("155.7 millones de envíos", "130 millones de habitantes"), nor one
      // denied in the shape "…, no 64,746 millones", which the denial reads.
      const sameScale = (q: Quantity) => scaleWords(q.raw) !== '' && moneyScales.has(scaleWords(q.raw)) && !namesCounted(folded.slice(q.end), w.countedOf) && !contrasted(folded, q, w.negation);
      const sameMoney = (q: Quantity) => money && (q.per !== null || levelChange(folded, q, clauseOf(folded, q)[0], w) !== null || partOf(q) || joined(q) || sameScale(q));
      // "…peaked at 12.8 million in 2007 and numbered 9.1 million in 2023": a count of millions said beside one bound to a count
      // of people is a count as much, another year's or another measure's, that no cue took: a claim left unsettled, not an aside.
      const peopleBound = bindings.some((b) => b.quantity.unit === null && b.quantity.value >= AMOUNT_SIZED && b.entry.figures[0]?.unit === 'people');
      const sizedCount = (q: Quantity) => peopleBound && q.value >= AMOUNT_SIZED;
      const elsewhere = new Set([
        ...(bare.length ? measures.bind(input.sentence, input.lang, bare, (e) => !inTopic(e)).map((b) => b.quantity) : []),
        ...bare.filter(sameMoney),
        ...bare.filter(sizedCount),
      ]);
      // A count said in words that nothing bound ("two cities", "tres consulados") is left aside, as a bare number is: small
      // counts so said are more often an aside than the claim.
      // Not one listed with a bound count ("tres consulados y 9 agencias consulares"): a count beside another is a claim as much.
      const wordCount = (q: Quantity) => q.unit === 'count' && /^\p{L}+$/u.test(q.raw) && !listedWithBound(q);
      const listedWithBound = (q: Quantity) =>
        numbers.some((p) => {
          if (p === q || !bound.has(p) || p.unit !== 'count' || clauseOf(folded, p)[0] !== clauseOf(folded, q)[0]) return false;
          const between = p.start > q.end ? folded.slice(q.end, p.start) : folded.slice(p.end, q.start);
          return hasAny(between, w.addition) && between.trim().split(/\s+/).length <= LISTED_WORDS;
        });
      // "78 de los 104 partidos": the whole a bound part is said of, counted, is its frame, left aside as a bare one is ("78 of the 104").
      // So is the count opening "Of the 105,000 guns traced, 70% …", "De las 105 mil armas …, el 70% …" before a bound share of it.
      const wholeOfPart = (q: Quantity) =>
        numbers.some(
          (p, k) =>
            (q.unit === 'count' && numbers[k + 1] === q && bound.has(p) && partBeforeWhole(folded, p, q, w.wholeAfter)) || (numbers[k - 1] === q && bound.has(p) && shareAfterWhole(folded, q, p, w)),
        );
      /** A year said after "since", "desde", with at most a date's day and month between ("since July 1, 2020", "desde el 1 de julio de 2020"). */
      const afterSince = (q: Quantity) => yearAfterWord(folded, q.start, w.cumulative, w);
      // "El T-MEC estaba vigente en 2023", "NAFTA was in force in 2005": a year said of the state a dated event began (the packs'
      // `inForce`), later than the event and after no word of a start ("since", "from", "desde"), is a time the state held, no date
      // of its start: it is wrong only past the thing's end, where the record has one.
      const heldAt = (b: Binding, begun: number) => {
        if (b.quantity.value <= begun || !hasAny(folded.slice(b.clause[0], b.clause[1]), w.inForce)) return false;
        if (yearAfterWord(folded, b.quantity.start, [...w.rangeFrom, ...w.trendFrom, ...w.cumulative], w)) return false;
        const end = endOf(b.entry)?.figures[0]?.value;
        return end === undefined || b.quantity.value <= end;
      };
      // Words of a dated event's cue said in a stretch between breaks that says that cue ("…, and Canada as the largest export
      // market" says no cue of the imports' overtaking, though "largest" is one of its words).
      const inEventCue = (at: number, end: number, word: string) => {
        const [from, to] = stretchBetweenBreaks(input.sentence, at, end);
        return bindings.some(
          (b) =>
            b.quantity.unit === 'year' &&
            toStems(word, input.lang).every((st) => b.entry.cueStems.has(st)) &&
            measures.seriesOf(input.sentence.slice(from, to), input.lang, (e) => e === b.entry) === b.entry,
        );
      };
      // "Mexico replaced China as the main source of fentanyl in 2019": a position said in a dated event's own words, in the clause
      // of the event's year, is the event's, settled with its date.
      const eventOwn = (q: Quantity) => q.unit === 'rank' && inEventCue(q.start, q.end, q.raw);
      // "A 1% tax on remittances took effect in 2026": a tax's rate said in the clause of a dated event's year is the event's (engine/event-rates.ts).
      const eventRated = (q: Quantity) =>
        !universalIn(input.sentence, w) && bindings.some((b) => b.quantity.unit === 'year' && q.start >= b.clause[0] && q.end <= b.clause[1] && eventRate(q, b.entry, folded, w));
      // "Hace 30 años, en 1994, …", "2 years ago, in 2024, …": a time counted back from the writing, beside a year the sentence binds
      // a number to, restates that year; alone ("NAFTA took effect 30 years ago") it is a claim no record settles.
      const countedBack = (q: Quantity) =>
        q.unit === 'years' &&
        bindings.some((b) => b.quantity.unit === 'year' || b.year !== null) &&
        yearsAgo(folded.slice(Math.max(0, q.start - AGO_REACH), q.end + AGO_REACH), w, input.lang) === q.value;
      // "…, 10 mil millones menos que en 2024", "$2.96 billion less than in 2024": a difference is settled as one, below.
      const differ = differences(folded, numbers, bindings, w);
      let unsettled = numbers.filter(
        (q) => !bound.has(q) && !wordCount(q) && !wholeOfPart(q) && !eventOwn(q) && !eventRated(q) && !countedBack(q) && !differ.said.includes(q) && (q.unit !== null || q.vague || elsewhere.has(q)),
      ).length;
      if (unsettled) why?.('unbound-number');
      // A time between two events said in words ("three years after it was signed") is a claim no record settles, as in digits.
      const intervals = intervalsInWords(input.sentence, input.lang, numbers).length;
      if (intervals) why?.('interval-in-words');
      unsettled += intervals;
      // "For the third consecutive year": a position is checked over every year of the span; any other number so said is left open.
      const span = spanIn(folded, deps.words[input.lang]);
      // "Los mexicanos en el extranjero votaron por primera vez por presidente en 2006": a first time said in a dated event's own
      // words is the event, dated by its year, not a history of the years before.
      const eventFirst = span === 'first' && findAll(folded, w.firstTime).every((hit) => inEventCue(hit.at, hit.end, hit.word));
      // "Mexico overtook China as the top U.S. trading partner in 2023": a place taken from another in a year is begun then.
      const taken = span === undefined && hasAny(folded, w.overtake);
      const spanOf = (b: Binding): Span | undefined => (eventFirst && b.quantity.unit === 'year' ? undefined : taken && b.quantity.unit === 'rank' ? 'became' : span);
      /** The clauses of first places the record bears out ("the top U.S. trading partner"): ahead of every other one there. */
      const firstPlaces: { clause: readonly [number, number]; at: number }[] = [];
      // "The largest U.S. trading partner after Canada", "…, behind China": a first place said after another country (named
      // right after the word, "after overtaking China" is a time) is second or lower, which a record of first places does not settle.
      /** The words after an offset, its determiners aside, and whether they name a country other than Mexico. */
      const wordsAfter = (at: number) => {
        const next = input.sentence.slice(at).trim().split(/\s+/).slice(0, 3);
        while (next.length && w.determiners.includes(foldSameLength(next[0]!))) next.shift();
        return [next, ['other', 'us'].includes(deps.firstOf(next.join(' '), input.lang))] as const;
      };
      const countryNext = (at: number) => {
        const [next, other] = wordsAfter(at);
        return /^\p{Lu}/u.test(next[0] ?? '') && other;
      };
      const afterOther = (b: Binding) =>
        b.quantity.unit === 'rank' && b.quantity.value === 1 && findAll(folded.slice(0, b.clause[1]), w.behind).some((hit) => hit.at >= b.clause[0] && countryNext(hit.end));
      const supposed = supposedEnd(folded, w);
      // "Five matches of the 2023 World Cup": an edition said by its year (the packs' `yearNames`) that its record never tells is another edition.
      const editions = namedYears(folded, w.yearNames);
      const otherEdition = (b: Binding) => editions.some((at) => at >= b.clause[0] && at < b.clause[1] && !factDates(b.entry.fact).told.has(folded.slice(at, at + 4)));
      // "13.4 million were lifted out of poverty", "salieron de la pobreza 13.4 millones": those who left a state, a flow out
      // of it, never its level; the binding still names the fact. Said over a span of two years, the flow is bound as the
      // level's change between them (measures.ts) and judged as one.
      const exit = (b: Binding) => !b.change && b.quantity.unit !== 'rank' && b.quantity.unit !== 'year' && hasAny(folded.slice(b.clause[0], b.clause[1]), w.exits);
      // "El 5 de junio de 2025, la Suprema Corte mexicana rechazó…": a body said with another owner than its record's is another
      // body, wherever the owner stands (a cue may reach over it).
      const owned = bodiesSaid(input.sentence, input.lang);
      const otherBody = (b: Binding) => owned.length > 0 && ownersAtOdds(owned, bodiesOfFact(b.entry.fact, input.lang));
      // The one year the sentence says, in digits, where it says no other (none named, none in a decade): with one level, the
      // level's year. A change's size said right before the level it reached ("fell 4.6% in 2025, to $61.8 billion") is the
      // move to that level, of the same year, no other level.
      const years = folded.match(/\b(?:19|20)\d\d\b/g) ?? [];
      const soleYear = yearsSaid.length === 1 && years.length === 1 ? yearsSaid[0]!.raw : null;
      const soleLevel = (q: Quantity) => numbers.length === 1 || (numbers.length === 2 && numbers[1] === q && levelAfterChange(folded, numbers, 1, w));
      // A dated event's year said as a fiscal year is checked as the calendar year the record's month falls in (engine/fiscal-events.ts).
      const asFiscal = (b: Binding) =>
        b.quantity.unit === 'year' && b.entry.figures[0]?.unit === 'year' && yearAfterWord(folded, b.quantity.start, w.fiscal, w)
          ? calendarYearOfFiscal(b.quantity.value, b.entry.figures.at(-1)!.period)
          : undefined;
      for (const b of bindings) {
        const fiscal = asFiscal(b);
        // The first reason the year or number is another thing's, in order; none where it is the event's own.
        const asides: readonly [string, () => boolean][] = [
          ['fiscal-open', () => fiscal === null],
          ['after-other', () => afterOther(b)],
          ['supposed', () => b.quantity.start < supposed],
          ['other-edition', () => otherEdition(b)],
          ['exit', () => exit(b)],
          ['other-body', () => otherBody(b)],
        ];
        const aside = asides.find(([, holds]) => holds())?.[0];
        if (aside) {
          why?.(aside);
          unsettled++;
          continue;
        }
        const said = typeof fiscal === 'number' ? { ...b, quantity: { ...b.quantity, value: fiscal } } : b;
        const judged = judgeSaid({ ...said, sole: b.year !== null && b.year === soleYear && soleLevel(b.quantity) }, input.sentence, input.lang, spanOf(b));
        if (judged?.status === 'consistent' && !judged.denied && b.quantity.unit === 'rank' && b.quantity.qualifier === 'exact' && b.quantity.value === 1)
          firstPlaces.push({ clause: b.clause, at: b.quantity.start });
        // "The USMCA has been in force since 2021", "Desde 2021, el T-MEC sustituye al TLCAN": a state that began in 2020 also
        // holds since any later time, so a later year said after "since" is no wrong date; an earlier one is.
        if (!judged || (judged.status === 'contradicted' && b.quantity.unit === 'year' && b.quantity.value >= judged.recordValue && (afterSince(b.quantity) || heldAt(b, judged.recordValue)))) {
          if (judged) why?.('later-year-held');
          unsettled++;
        } else checks.push({ ...judged, key: b.entry.series.key, factId: b.entry.fact.id, measure: b.entry.series.measure });
      }
      const rivalled = rivalChecks(rivals, input, folded, rivalMoved(folded, w));
      checks.push(...rivalled.checks);
      if (rivalled.open) why?.('rival-open');
      unsettled += rivalled.open;
      const pastYears = pastYearChecks(input.sentence, folded, bindings, deps.words[input.lang], sides);
      // "NAFTA took effect in 1994 and was replaced by USMCA in 2018": a year no cue took, joined by "and" after an event's
      // year in its clause, is another event's time (its cue shares the first's subject), which the record does not settle here.
      const joinedEvent = (q: Quantity) =>
        !bindings.some((b) => b.quantity.start === q.start) &&
        bindings.some((b) => {
          const between = folded.slice(b.quantity.end, q.start);
          return b.quantity.unit === 'year' && b.quantity.end <= q.start && q.start < b.clause[1] && hasAny(between, w.addition) && !hasAny(between, w.negation);
        });
      const open: [string, number][] = [
        ['joined-event', yearsSaid.filter(joinedEvent).length],
        ['past-year-open', pastYears.open],
        ['time-open', timesOpen(folded, bindings, deps.words[input.lang])],
        ['baselines-at-odds', baselinesAtOdds(folded, numbers, deps.words[input.lang])],
        // The comparison checks the way, not the difference said.
        ['difference-open', differ.open],
      ];
      for (const [reason, n] of open) {
        if (n) why?.(reason);
        unsettled += n;
      }
      const trends = [...trendChecks(input.sentence, folded, numbers, bindings, deps.words[input.lang]), ...pastYears.checks];
      // A comparison or a trend read in a sentence that opens on a condition may be the condition's: it settles nothing.
      if (!supposed) checks.push(...compared, ...trends);
      else if (compared.length + trends.length) {
        why?.('supposed-trend');
        unsettled += compared.length + trends.length;
      }
      // A record said of a figure still unbeaten is not outdated by a later, lower one (records.ts).
      const entries = bindings.map((b) => b.entry);
      for (let k = checks.length - 1; k >= 0; k--)
        if (recordStands(folded, w, checks[k]!, entries)) {
          why?.('record-stands');
          checks.splice(k, 1);
          unsettled++;
        }
      const wrong = checks.find((c) => c.status === 'contradicted') ?? checks.find((c) => c.status === 'outdated');
      // Of checks that all hold, one of the sentence's own topic names the card: another topic's is there for a number it encloses.
      const decisive = wrong ?? checks.find((c) => factsById.get(c.factId ?? '')?.topic === input.topic) ?? checks[0];
      const fact = factsById.get(decisive?.factId ?? '') ?? bindings[0]?.entry.fact ?? top.fact;
      // One wrong part makes the sentence wrong; "accurate" needs every number it states settled.
      // A comparison the figures do not cover ("…, above all of Latin America") is a claim of its own.
      // So is a multiple ("more than double the level of 2013", "el triple que en 2010") no check covers.
      // A ranking's own field ("la economía número 13 del mundo": the world's economies) is no comparison of its own, nor is a
      // dated event's own ("Mexico overtook China as the largest source of U.S. imports in 2023": the year settles it).
      // Nor is a comparison that opens on a position's own words ("…, más que cualquier otro país": first, said as a comparison).
      const ownCue = (hit: { at: number; end: number; word: string }) =>
        bindings.some((b) => b.quantity.unit === 'rank' && (toStems(hit.word, input.lang).every((st) => b.entry.cueStems.has(st)) || (hit.at >= b.quantity.start && hit.at < b.quantity.end))) ||
        inEventCue(hit.at, hit.end, hit.word);
      // "…, ahead of Canada and China", "superando a Canadá", "above all others": beside a first place the record bears out, set
      // above countries or above all, the comparison says nothing more ("bigger than Canada and China combined" says more).
      const aheadOfAll = (hit: { at: number; end: number; word: string }) => {
        // A place taken is the one the verb leads to ("overtook China as the top partner"); one said after the place
        // ("…, a place it has held since 2019, when it overtook China") tells of another time.
        const place = firstPlaces.find(({ clause: [from, to], at }) => hit.at >= from && hit.end <= to && (w.ahead.includes(hit.word) || (w.overtake.includes(hit.word) && hit.end <= at)));
        const clause = place?.clause;
        // A union of countries set below it ("ahead of Canada and the EU") is no country the first place is among.
        if (!clause || hasAny(folded, w.combined) || hasAny(folded.slice(hit.end, clause[1]), w.blocs)) return false;
        const [next, other] = wordsAfter(hit.end);
        const all = (word: string | undefined) => !!word && w.universal.includes(foldSameLength(word));
        return all(hit.word.split(' ').at(-1)) || all(next[0]) || other;
      };
      // "Lower than 35%", "inferior a 35%", "por encima de los 60 mil millones": a comparative read as the bound of the number right
      // after it (numbers.ts) sets it against nothing else.
      const boundOf = (hit: { end: number }) =>
        numbers.some(
          (q) =>
            q.qualifier !== 'exact' &&
            q.start >= hit.end &&
            folded
              .slice(hit.end, q.start)
              .split(/\s+/)
              .filter(Boolean)
              .every((x) => w.determiners.includes(x)),
        );
      // "La Copa del Mundo": a comparison's words inside an event's name (the packs' `yearNames`) are the name, no comparison.
      const names = findAll(folded, w.yearNames);
      const inName = (hit: { at: number; end: number }) => names.some((name) => hit.at >= name.at && hit.end <= name.end);
      const uncovered = findAll(folded, w.comparison).some((hit) => !ownCue(hit) && !aheadOfAll(hit) && !boundOf(hit) && !inName(hit));
      const compares = !compared.length && !trends.length && (uncovered || hasAny(folded, w.double) || hasAny(folded, w.triple) || hasAny(folded, w.multiple));
      // A cause said beside the figures ("fell 4.6% because of deportations") is a claim they do not settle either.
      // So is a forecast said in a clause of its own ("…in 2025; this year they will fall further").
      // Said of dated events alone, a scene the event happened in ("amid the pandemic") is no cause (engine/circumstances.ts).
      const events = bindings.length > 0 && bindings.every((b) => b.quantity.unit === 'year') ? bindings.map((b) => b.entry.fact) : null;
      const caused = (events ? causeBesideEvent(input.sentence, folded, input.lang, w, heldInScene(events)) : hasAny(folded, w.causes)) || forecastApart(input.sentence, w);
      // So is a record its series shows bested earlier ("un máximo histórico de 61,791 millones en 2025": 2024's was higher).
      const bested = recordBested(
        folded,
        w,
        checks,
        bindings.map((b) => b.entry),
      );
      const rating: Verdict = wrong ? (wrong.status === 'contradicted' ? 'false' : 'outdated') : decisive && unsettled === 0 && !compares && !caused && !bested ? 'accurate' : 'context';
      if (!wrong && decisive) for (const [reason, fired] of Object.entries({ compares, caused, bested })) if (fired) why?.(reason);
      // Figures that settle nothing leave the say to a typical claim the sentence makes; figures that bear it out do not clear
      // one its fact rates wrong, as that rating weighs the whole record (a newer poll, the count the words mean, the impression
      // the figure leaves) where the check reads one series ("Trump built 500 miles of wall in his first term", mostly replacement).
      const match = matchClaim(input);
      const claim = match && (rating === 'context' || (rating === 'accurate' && WRONG_RATINGS.has(match.rating))) ? match : null;
      if (claim) {
        if (rating !== 'context') why?.('claim-over-figures');
        return { factId: claim.fact.id, rating: claim.rating, basis: 'claim', answers: true, related: relatedTo(claim.fact.id) };
      }
      // Nor do figures that contradict it show wrong a typical claim its fact rates right: one of the two misread the sentence
      // ("Most Americans see Mexico as a friend or ally" was bound to the ally-only share), so neither is shown.
      if (match?.rating === 'accurate' && WRONG_RATINGS.has(rating)) {
        why?.('claim-disagrees');
        return context();
      }
      const out: VerdictResult = { factId: fact.id, rating, basis: rating === 'context' ? 'none' : 'figure', answers: true, related: relatedTo(fact.id) };
      if (decisive) {
        out.figure = decisive;
        out.figures = checks;
      }
      return out;
    }

    if (numbers.length) why?.('no-binding');
    const claim = matchClaim(input);
    if (claim) return { factId: claim.fact.id, rating: claim.rating, basis: 'claim', answers: true, related: relatedTo(claim.fact.id) };
    const done = eventDone(input, folded);
    if (done) return { factId: done.entry.fact.id, rating: done.rating, basis: 'claim', answers: true, related: relatedTo(done.entry.fact.id) };
    // A number no series of the topic names, that another topic's cue names ("12 million people live in extreme poverty" read
    // as the diaspora's for its "Mexicans"): that series' record is what the number is about, though it settles nothing here.
    // A number out of scale with its series met the cue's words by chance (as measuredTopics reads it).
    const elsewhere = measures.bindAny(input.sentence, input.lang, numbers).find((b) => b.entry.fact.topic !== input.topic && (b.enclosed || !outOfScale(b.quantity, b.entry.figures, true)));
    return context(measured, elsewhere?.entry.fact);
  }

  /**
   * The topic of the series each number is bound to by its cue, any topic's: evidence for detection, which reads the topic
   * before the verdict step binds within it. A number out of scale with every figure of its series ("more than 300 host
   * cities" of a tournament that has 16), however bounded, met the cue's words by chance.
   */
  const measuredTopics = (sentence: string, lang: Lang, quantities: readonly Quantity[]): TopicId[] =>
    measures
      .bindAny(sentence, lang, quantities)
      .filter((b) => b.enclosed || !outOfScale(b.quantity, b.entry.figures, true))
      .map((b) => b.entry.fact.topic);

  /**
   * The topic of each position the sentence gives another country where the record gives Mexico that very place
   * (rivalChecks): a place the record speaks to though Mexico goes unnamed ("China is the top U.S. trading partner").
   * A place the record does not give Mexico ("Canada ranked second in 2025") is that country's own news, not the relationship's.
   */
  const refutedRivals = (sentence: string, lang: Lang, quantities: readonly Quantity[], others: string): TopicId[] => {
    if (!others || !quantities.some((q) => q.unit === 'rank')) return [];
    const folded = foldSameLength(sentence);
    const rivals = measures.bindAny(sentence, lang, quantities).filter((b) => ownMeasure.rivalRanked({ sentence, lang, others }, b));
    return rivalChecks(rivals, { sentence, lang }, folded, rivalMoved(folded, deps.words[lang])).checks.flatMap((c) => factsById.get(c.factId ?? '')?.topic ?? []);
  };

  /**
   * The topic of each dated event a year of the sentence is bound to by the event's cue ("Progresa began in 1997", "Brian
   * Terry was killed in 2010"): evidence for detection as a bound number is, though a year is no quantity of its own and the
   * thing dated may name neither country.
   */
  const datedTopics = (sentence: string, lang: Lang): TopicId[] => {
    const w = deps.words[lang];
    const years = yearQuantities(sentence, w.yearNames, w.decadeBefore, [...w.beforeTime, ...w.afterTime]);
    return years.length ? measures.bind(sentence, lang, years, (e) => e.figures[0]?.unit === 'year').map((b) => b.entry.fact.topic) : [];
  };

  /**
   * Whether a fact, of any topic, holds enough of the words a sentence says beyond the given topic's vocabulary to answer
   * it: the words that topic leaves unexplained ("extreme poverty" read as the diaspora's for its "Mexicans").
   */
  const holdsWordsBeyond = (stems: readonly string[], topic: TopicId, factId: string): boolean => {
    const fact = factsById.get(factId);
    return !!fact && relevance({ stems, topic }, fact) >= params.relevance;
  };

  return { decide, checkNumbers, measuredTopics, refutedRivals, datedTopics, holdsWordsBeyond, saysClaimWords };
}

export type Verdicts = ReturnType<typeof buildVerdicts> extends Generator<unknown, infer V, unknown> ? V : never;
