/**
 * The verdict step: which fact answers a claim, and whether the record earns a rating.
 * A rating comes only (a) from figure checks that bind the claim's numbers to the same
 * measure, or (b) from a close match to a typical claim listed on a fact, with the same
 * polarity, the same other countries and the same numbers. Otherwise the claim gets
 * `context`: the record is shown, no verdict. A fact "answers" a claim when a verdict was
 * earned from it or when enough of the claim's own words (beyond its topic's vocabulary and
 * the countries' names) are the fact's.
 */
import { compareSeries, pastYearChecks, trendChecks, withPairs } from './comparisons';
import { judgeBinding } from './figures';
import { MeasureIndex, type Binding } from './measures';
import { particleMaps, seriesFigures, type SeriesEntry } from './measure-cues';
import { CLAUSE_BREAK } from './number-stretch';
import { yearQuantities } from './stated-period';
import type { VerdictWords } from './verdict-words';
import type { Quantity } from './numbers';
import type { Fact, Lang, Rating, Series } from './schema';
import type { TopicId } from './topics';
import type { FigureCheck, Verdict } from './types';
import { toMarkedStems, toStems } from './vocabulary';
import { findAll, foldSameLength, hasAny, listPattern } from './word-lists';
import { escapeRegExp } from './regex';
import PARAMS from './verdict-params.json';
import { listIn } from './multimap';
import type { AnchorReaders } from './anchor-readers';
import { stemsOf, type CompiledFact } from './compiled-index';
import { markedCue, numberSignature, type CompiledClaim } from './compiled-verdicts';
import type { FactIndex } from './fact-index';

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
}

export interface VerdictResult {
  factId: string;
  rating: Verdict;
  basis: 'figure' | 'claim' | 'none';
  answers: boolean;
  related: string[];
  figure?: FigureCheck;
  figures?: FigureCheck[];
}

interface ClaimEntry {
  fact: Fact;
  stems: Set<string>;
  rating: Rating;
  negated: boolean;
  /** Whether it says it holds of every one of a kind ("every Mexican cartel", "todos los cárteles"). */
  universal: boolean;
  /** Whether it speaks of what would be (the packs' `hypothetical`: "if", "would", "si", "podría"). */
  projected: boolean;
  others: string;
  order: string;
  numbers: string;
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
}

/** Numbers are compared by their signature ("70%" and "70 percent" are one), not as words; a year is no quantity, so it stays a word. */
const wordStem = (s: string) => !/^\d/.test(s) || /^(?:19|20)\d\d$/.test(s);
const YEAR = /^(?:19|20)\d\d$/;

/** The year of a fact's newest record: its newest figure's, or its as-of date's. */
function newestYear(fact: Fact): string {
  const periods = (fact.figures ?? []).map((f) => f.period.slice(0, 4));
  return periods.length ? periods.reduce((a, b) => (a > b ? a : b)) : fact.asOf.slice(0, 4);
}
/** Words after a number in which a word of its field and another country's name say whose field it is ("23% of Canada's immigrants"). */
const FIELD_REACH = 6;
/** A typical claim shares at least this many words (beyond the countries) with the sentence. */
export const MIN_SHARED = 3;

/** The words a compiled typical claim is matched on: its stems less the countries' names, numbers left to its signature. */
export const claimWords = ([stems]: CompiledClaim): string[] => stemsOf(stems).filter(wordStem);
/** Whether a text says something holds of every one of a kind ("every Mexican cartel", "todos los cárteles"), a period or a hedge aside. */
const universalIn = (text: string, words: VerdictWords): boolean =>
  words.universal.length > 0 && hasAny(words.notUniversal.length ? foldSameLength(text).replace(listPattern(words.notUniversal), ' ') : foldSameLength(text), words.universal);

/** Whether a text speaks of what would be: a word of a hypothesis anywhere, or one that opens it ("Si México fuera…"). */
const hypotheticalIn = (text: string, words: VerdictWords): boolean => {
  const folded = foldSameLength(text);
  return (
    (words.hypothetical.length > 0 && hasAny(folded, words.hypothetical)) ||
    (words.hypotheticalOpeners.length > 0 && findAll(folded, words.hypotheticalOpeners).some((hit) => !/[\p{L}\d]/u.test(folded.slice(0, hit.at))))
  );
};

/** Facts whose series and claims are rebuilt from compiled data per step. */
const FACTS_PER_STEP = 40;

/**
 * Builds the verdict step from the facts' compiled data (engine/compiled-verdicts.ts:
 * `compiled[i]` is `facts[i]`'s), many facts per step (see createEngineInSteps). The words a
 * fact holds, and how many facts hold each, are the fact index's.
 */
export function* buildVerdicts(facts: readonly Fact[], compiled: readonly CompiledFact[], factIndex: FactIndex, deps: VerdictDeps, params: VerdictParams = VERDICT_PARAMS) {
  const measures = new MeasureIndex([], deps.words);
  const claimsByTopic = new Map<TopicId, ClaimEntry[]>();
  for (const [i, fact] of facts.entries()) {
    const c = compiled[i]!;
    for (const [j, series] of (fact.series ?? []).entries()) {
      const cues = c.cues[j]!.map(markedCue);
      if (!cues.length) continue;
      measures.addCues({ fact, series, figures: seriesFigures(fact, series), cueStems: new Set(cues.flatMap((cue) => cue.stems)) }, cues);
    }
    const list = listIn(claimsByTopic, fact.topic);
    for (const [j, claim] of c.claims.entries()) {
      const [, negated, others, order, numbers] = claim;
      const { text, lang, rating } = fact.claims[j]!;
      list.push({
        fact,
        stems: new Set(claimWords(claim)),
        rating,
        negated,
        universal: universalIn(text, deps.words[lang]),
        projected: hypotheticalIn(text, deps.words[lang]),
        others,
        order,
        numbers,
        text,
        lang,
      });
    }
    if ((i + 1) % FACTS_PER_STEP === 0) yield;
  }
  // A negation that is a measure's own word ("a 'do not travel' warning") denies nothing: read once every cue is known.
  for (const list of claimsByTopic.values()) for (const c of list) if (c.negated) c.negated = measures.negated(c.text, c.lang);
  const factsById = new Map(facts.map((f) => [f.id, f]));
  // The fact index holds each fact's stems less the countries' names, which relevance never asks about.
  const factStems = new Map(factIndex.entries.map((e) => [e.fact.id, { all: e.stems, keys: e.keyStems }]));
  const idf = (s: string) => Math.log(1 + facts.length / (factIndex.docFrequency(s) ?? 0.5));

  /** Share of the claim's own words (rarity-weighted) that the fact holds; its keywords count fully, other words half. */
  function relevance(input: VerdictInput, fact: Fact): number {
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

  function ownStems(input: VerdictInput): string[] {
    const topicWords = deps.topicStems.get(input.topic);
    return [...new Set(input.stems)].filter((s) => !deps.anchorStems.has(s) && !topicWords?.has(s) && !/^\d/.test(s));
  }

  function matchClaim(input: VerdictInput): ClaimEntry | null {
    // The countries' names are in nearly every claim: what is said of them decides the match.
    const stems = new Set(input.stems.filter((s) => !deps.anchorStems.has(s) && wordStem(s)));
    const negated = measures.negated(input.sentence, input.lang);
    const numbers = numberSignature(input.quantities);
    // "Every Mexican cartel is a designated terrorist group" is not "six cartels were designated": a claim of all of a kind meets only one.
    const universal = universalIn(input.sentence, deps.words[input.lang]);
    // "If Mexico were the largest trading partner, …" asserts nothing: a hypothesis meets only a claim that is one.
    const projected = hypotheticalIn(input.sentence, deps.words[input.lang]);
    // "Mexicans dislike the U.S." is not "Americans dislike Mexico": the countries' order must agree.
    const order = deps.orderOf(input.stems);
    // A long sentence says several things: a claim is weighed against the clauses that say it
    // (stemmed only once a claim is covered, as most are not).
    let clauses: Set<string>[] | null = null;
    let best: ClaimEntry | null = null;
    let bestDice = params.claimMatch;
    // Told as history ("was the 12th-largest in 2023"), a claim the record calls outdated was right for its time.
    const past = hasAny(foldSameLength(input.sentence), deps.words[input.lang].past);
    // A typical claim speaks of its fact's time (its newest record, or the year it names itself): a
    // sentence told as history of an earlier year ("In 2015, Mexico was the largest…") is not that claim.
    const years = past ? [...stems].filter((s) => YEAR.test(s)) : [];
    for (const c of claimsByTopic.get(input.topic) ?? []) {
      if (years.some((y) => !c.stems.has(y) && y < newestYear(c.fact))) continue;
      if (
        c.negated !== negated ||
        c.universal !== universal ||
        (projected && !c.projected) ||
        c.others !== input.others ||
        c.numbers !== numbers ||
        c.order !== order ||
        (past && c.rating === 'outdated')
      )
        continue;
      let inter = 0;
      for (const s of c.stems) if (stems.has(s)) inter++;
      // The sentence must say what the typical claim says (all its words, one spared in a long
      // one): "let the lawsuit go forward" shares many words with "threw out the lawsuit".
      const covered = inter >= c.stems.size - (c.stems.size >= 6 ? 1 : 0);
      if (!covered || inter < MIN_SHARED) continue;
      clauses ??= input.sentence
        .split(CLAUSE_BREAK)
        .map((part) => new Set(toStems(part, input.lang).filter((s) => !deps.anchorStems.has(s) && wordStem(s))))
        .filter((clause) => clause.size > 0);
      const said = new Set<string>();
      for (const clause of clauses) if ([...c.stems].some((s) => clause.has(s))) for (const s of clause) said.add(s);
      const dice = (2 * inter) / (c.stems.size + Math.min(stems.size, said.size || stems.size) || 1);
      if (dice >= bestDice) {
        bestDice = dice;
        best = c;
      }
    }
    return best;
  }

  /**
   * Every position the record holds is Mexico's (among the U.S.'s partners, the world's
   * economies). With another country named, the position is Mexico's only when Mexico is the
   * first country its clause names before it ("Mexico overtook Canada as the top buyer"), or,
   * with none before, after it ("the top buyer is now Mexico, ahead of Canada"); the U.S. is
   * the one ranking, not ranked, except in a field that holds it too (the world's economies).
   * "China, not Mexico, remains the main source" is China's. A measure every country has
   * (series.anyCountry) is read the same way, whatever its unit.
   */
  function rankedIsMexico(input: VerdictInput, b: Binding): boolean {
    const [from, to] = b.clause;
    const usIsOther = b.entry.series.anyCountry === true;
    const lead = deps.leadOf(input.sentence.slice(from, b.quantity.start), input.lang, usIsOther) || deps.leadOf(input.sentence.slice(b.quantity.start, to), input.lang, usIsOther);
    return lead === 'mx';
  }

  /**
   * The country whose ordering a position is, when the clause names one: the name right before a
   * possessive mark ("Mexico's second-largest trading partner", "the U.S.' top supplier") or the one
   * after the position's words and a word of its field ("el tercer socio comercial de Canadá").
   * 'mx' or 'other' for a country other than the U.S.; '' for the U.S. or none said.
   */
  function ownerOf(input: VerdictInput, b: Binding): string {
    const w = deps.words[input.lang];
    const folded = foldSameLength(input.sentence);
    const [from, to] = b.clause;
    // Up to the position's own word: a position is read with its owner ("Mexico's largest").
    const before = folded.slice(from, b.quantity.end);
    for (const mark of w.possessive) {
      const m = new RegExp(`(\\S+(?:\\s+\\S+){0,2})${escapeRegExp(mark)}\\s+(?:[\\p{L}.-]+\\s+)?[\\p{L}\\d.-]+$`, 'u').exec(before);
      if (!m) continue;
      // The nearest name owns it: "Mexico, the U.S.' largest partner" is the U.S.'s.
      const words = input.sentence.slice(from + m.index, from + m.index + m[1]!.length).split(/\s+/);
      for (let k = 1; k <= words.length; k++) {
        const owner = deps.firstOf(words.slice(-k).join(' '), input.lang);
        if (owner) return owner === 'us' ? '' : owner;
      }
    }
    if (!w.fieldOf.length) return '';
    const after = new RegExp(`^\\s*(?:[^\\s,;:]+\\s+){0,3}?(?:${w.fieldOf.map(escapeRegExp).join('|')})\\s+`, 'u').exec(folded.slice(b.quantity.end, to));
    if (!after) return '';
    const start = b.quantity.end + after[0].length;
    // A region named right there ("la segunda economía de América Latina") owns the ordering too.
    const head = toStems(input.sentence.slice(start, to).trim().split(/\s+/).slice(0, 2).join(' '), input.lang)[0];
    if (head && regionStems[input.lang].has(head) && !b.entry.cueStems.has(head)) return 'other';
    const owner = deps.firstOf(input.sentence.slice(start, to), input.lang);
    return owner === 'us' ? '' : owner;
  }

  /**
   * The order in which a series' cues name the two countries ("Americans consider Mexico an
   * ally": "us mx"), when every cue naming both agrees; null otherwise. A poll of one public
   * about the other is not the other's poll.
   */
  const seriesOrders = new Map<string, string | null>();
  function seriesOrder(series: Series): string | null {
    if (seriesOrders.has(series.key)) return seriesOrders.get(series.key)!;
    const orders = new Set((Object.keys(series.cues) as Lang[]).flatMap((lang) => series.cues[lang].map((cue) => deps.orderOf(toStems(cue, lang)))).filter((o) => o === 'us mx' || o === 'mx us'));
    const order = orders.size === 1 ? [...orders][0]! : null;
    seriesOrders.set(series.key, order);
    return order;
  }

  /**
   * The one country a series' cues name, when every cue naming a country names that one alone
   * ("of fentanyl smugglers are U.S. citizens": 'us'); '' otherwise.
   */
  const regionStems = Object.fromEntries((Object.keys(deps.words) as Lang[]).map((lang) => [lang, new Set(deps.words[lang].regions.flatMap((r) => toStems(r, lang)))])) as Record<Lang, Set<string>>;
  const seriesSides = new Map<string, string>();
  const particles = particleMaps(deps.words);
  function seriesSide(series: Series): string {
    if (seriesSides.has(series.key)) return seriesSides.get(series.key)!;
    const orders = new Set((Object.keys(series.cues) as Lang[]).flatMap((lang) => series.cues[lang].map((cue) => deps.orderOf(toStems(cue, lang)))).filter(Boolean));
    const side = orders.size === 1 && (orders.has('us') || orders.has('mx')) ? [...orders][0]! : '';
    seriesSides.set(series.key, side);
    return side;
  }

  /** Whether a cue of the series names the country as the place it is counted in ("FDI in Mexico"). */
  function placedCue(series: Series, country: string): boolean {
    return (Object.keys(series.cues) as Lang[]).some((lang) =>
      series.cues[lang].some((cue) => {
        const words = cue.split(/\s+/);
        return words.some((word, k) => deps.words[lang].placeIn.includes(foldSameLength(word).toLowerCase()) && deps.firstOf(words.slice(k + 1, k + 3).join(' '), lang) === country);
      }),
    );
  }

  /**
   * A share said of the other country than the one its series' cues name: the number's clause names only that one
   * ("89% of convicted fentanyl traffickers are Mexican citizens" for U.S. citizens). Where a flow comes from is no
   * owner ("remittances sent from the U.S. equal 3.4% of GDP"); a name after "to" / "a" is kept, as "a" may be a
   * personal "a" ("consideran a México").
   */
  function otherSide(input: VerdictInput, b: Binding): boolean {
    const side = seriesSide(b.entry.series);
    if (!side) return false;
    const other = side === 'us' ? 'mx' : 'us';
    const clause = input.sentence.slice(b.clause[0], b.clause[1]);
    const words = clause.split(/\s+/);
    const place = deps.words[input.lang].placeIn;
    const placed = (country: string) => words.some((word, k) => place.includes(foldSameLength(word).toLowerCase()) && deps.firstOf(words.slice(k + 1, k + 3).join(' '), input.lang) === country);
    // The place a measure is counted in, said the other way round from its cues ("Mexican FDI in the U.S." for "FDI in Mexico").
    if (b.quantity.unit !== 'percent' && placed(other) && !placed(side) && placedCue(b.entry.series, side)) return true;
    const { stems, marks } = toMarkedStems(clause, input.lang, particles[input.lang]);
    if (deps.orderOf(stems.filter((_, k) => marks[k] !== 'from')) !== other) return false;
    if (b.quantity.unit === 'percent') return true;
    // A count or an amount only where the other country is the place it is counted in ("overdose deaths in Mexico").
    return placed(other);
  }

  /** The number's clause names the two countries the other way round from its series ("30% of Mexicans consider the U.S. an ally"). */
  function reversed(input: VerdictInput, b: Binding): boolean {
    const order = seriesOrder(b.entry.series);
    if (!order) return false;
    const said = deps.orderOf(toStems(input.sentence.slice(b.clause[0], b.clause[1]), input.lang));
    return said === order.split(' ').reverse().join(' ');
  }

  /**
   * A flow said the other way round: the series' direction names its way ("us-to-mx": Colorado River
   * water the U.S. delivers), and the number's clause names the other country right after a particle
   * of direction ("Mexico must deliver … to the U.S.", "desde Estados Unidos" for a flow from Mexico).
   */
  function turnedRound(input: VerdictInput, b: Binding): boolean {
    const way = /^(mx|us)-to-(mx|us)$/.exec(b.entry.series.direction ?? '');
    if (!way) return false;
    const w = deps.words[input.lang];
    const [from, to] = b.clause;
    const clause = foldSameLength(input.sentence.slice(from, to));
    for (const [particles, side] of [
      [w.toward, way[2]],
      [w.awayFrom, way[1]],
    ] as const) {
      for (const hit of findAll(clause, particles)) {
        // The name right after the particle (its first words): "to the United States and Canada" is the U.S.
        const next = input.sentence
          .slice(from + hit.end, to)
          .trim()
          .split(/\s+/)
          .slice(0, 4)
          .join(' ');
        const named = deps.firstOf(next, input.lang);
        if ((named === 'mx' || named === 'us') && named !== side) return true;
      }
    }
    return false;
  }

  /**
   * A number of people said of one country's people ("80,000 Mexicans died of overdoses") is not a
   * series whose cues never name that people (the U.S.'s overdose deaths): the noun right after a
   * count says whom it counts.
   */
  function otherPeople(input: VerdictInput, b: Binding): boolean {
    if (b.quantity.unit !== 'people' && b.quantity.unit !== 'count' && b.quantity.unit !== null) return false;
    const unnamed = (word: string) => {
      const named = deps.firstOf(word, input.lang);
      return (named === 'mx' || named === 'us') && !toStems(word, input.lang).some((s) => b.entry.cueStems.has(s));
    };
    if (unnamed(input.sentence.slice(b.quantity.end).trim().split(/\s+/)[0] ?? '')) return true;
    // Or after a word of its field before it in its clause ("apprehensions of Mexicans fell to 237,538", "detenciones de mexicanos").
    const words = input.sentence.slice(b.clause[0], b.quantity.start).split(/\s+/);
    const field = deps.words[input.lang].fieldOf;
    return words.some((word, k) => field.includes(foldSameLength(word).toLowerCase()) && unnamed(words[k + 1] ?? ''));
  }

  /**
   * Another country named as the owner or the place of what a figure is a part of, right after a word of its field or
   * place within a few words after the number ("23% of Canada's immigrants", "el 23% de los inmigrantes en Canadá"):
   * another country's measure.
   */
  function otherField(input: VerdictInput, b: Binding): boolean {
    const w = deps.words[input.lang];
    const words = input.sentence.slice(b.quantity.end, b.clause[1]).split(/\s+/).filter(Boolean).slice(0, FIELD_REACH);
    const end = words.findIndex((word) => /[,;:]/.test(word));
    const reach = end < 0 ? words : words.slice(0, end + 1);
    // The name starts right after the word of the field: "of Canada's", "de Canadá", "of El Salvador's" (not "de los inmigrantes").
    const names = (k: number) => deps.firstOf(reach[k] ?? '', input.lang) === 'other' || (/^\p{Lu}/u.test(reach[k] ?? '') && deps.firstOf(reach.slice(k, k + 2).join(' '), input.lang) === 'other');
    return reach.some((word, k) => (w.fieldOf.includes(foldSameLength(word).toLowerCase()) || w.placeIn.includes(foldSameLength(word).toLowerCase())) && names(k + 1));
  }

  /** Whether a bound number is its series' own measure as the sentence says it: whose, which way, of whom. */
  function ownMeasure(input: VerdictInput, b: Binding): boolean {
    const mexicos = (!b.entry.series.anyCountry && (b.quantity.unit !== 'rank' || !input.others)) || rankedIsMexico(input, b);
    const ownOrdering = b.quantity.unit !== 'rank' || !ownerOf(input, b);
    return mexicos && ownOrdering && !reversed(input, b) && !turnedRound(input, b) && !otherPeople(input, b) && !otherSide(input, b) && (b.quantity.unit === 'rank' || !otherField(input, b));
  }

  /** Figure checks for the numbers of a sentence bound to series of the given facts (a reply draft's figures). */
  function checkNumbers(sentence: string, lang: Lang, quantities: readonly Quantity[], factIds: ReadonlySet<string>): FigureCheck[] {
    const out: FigureCheck[] = [];
    for (const b of measures.bind(sentence, lang, quantities, (e) => factIds.has(e.fact.id))) {
      const judged = judgeBinding(b);
      if (judged) out.push({ ...judged, key: b.entry.series.key, factId: b.entry.fact.id, measure: b.entry.series.measure });
    }
    return out;
  }

  function decide(input: VerdictInput): VerdictResult | null {
    const top = input.ranked[0];
    if (!top) return null;
    const relatedTo = (id: string) =>
      input.ranked
        .filter((r) => r.fact.id !== id && r.score > 0)
        .slice(0, 3)
        .map((r) => r.fact.id);
    // Without a verdict, the card shows the fact that holds most of the claim's own words.
    const context = (): VerdictResult => {
      let fact = top.fact;
      let held = relevance(input, fact);
      for (const r of input.ranked.slice(1)) {
        const h = relevance(input, r.fact);
        if (h > held) {
          held = h;
          fact = r.fact;
        }
      }
      return { factId: fact.id, rating: 'context', basis: 'none', answers: held >= params.relevance, related: relatedTo(fact.id) };
    };
    if (!input.checkworthy) return context();

    const numbers = input.quantities;
    // Years are bound apart, to dated events only, so they do not cut the other numbers'
    // stretches; an unbound year is only a time, never a claim left unsettled.
    const inTopic = (e: SeriesEntry) => e.fact.topic === input.topic;
    const folded = foldSameLength(input.sentence);
    // Two measures set against each other ("more Americans in Mexico than Mexicans in the U.S.") are checked from both records.
    const { checks: compared, pairs } = compareSeries(input.sentence, folded, numbers, deps.words[input.lang], (text) => measures.seriesOf(text, input.lang, inTopic));
    const bindings = withPairs(folded, pairs, [
      ...measures.bindOwnOrEnclosed(input.sentence, input.lang, numbers, inTopic),
      ...measures.bind(input.sentence, input.lang, yearQuantities(input.sentence), inTopic),
    ]).filter((b) => ownMeasure(input, b));
    if (bindings.length || compared.length) {
      const checks: FigureCheck[] = [];
      // Numbers with a unit or said as a share or rank are claims of their own; a bare number
      // ("11 of the 16 venues", "July 1") that nothing bound is left aside.
      const bound = new Set(bindings.map((b) => b.quantity));
      let unsettled = numbers.filter((q) => !bound.has(q) && (q.unit !== null || q.vague)).length;
      for (const b of bindings) {
        const judged = judgeBinding(b);
        if (!judged) unsettled++;
        else checks.push({ ...judged, key: b.entry.series.key, factId: b.entry.fact.id, measure: b.entry.series.measure });
      }
      const pastYears = pastYearChecks(input.sentence, folded, bindings, deps.words[input.lang]);
      unsettled += pastYears.open;
      const trends = [...trendChecks(input.sentence, folded, numbers, bindings, deps.words[input.lang]), ...pastYears.checks];
      checks.push(...compared, ...trends);
      const wrong = checks.find((c) => c.status === 'contradicted') ?? checks.find((c) => c.status === 'outdated');
      const decisive = wrong ?? checks[0];
      const fact = factsById.get(decisive?.factId ?? '') ?? bindings[0]!.entry.fact;
      // One wrong part makes the sentence wrong; "accurate" needs every number it states settled.
      // A comparison the figures do not cover ("…, above all of Latin America") is a claim of its own.
      const w = deps.words[input.lang];
      // So is a multiple ("more than double the level of 2013", "el triple que en 2010") no check covers.
      // A ranking's own field ("la economía número 13 del mundo": the world's economies) is no comparison of its own.
      const ownCue = (word: string) => bindings.some((b) => b.quantity.unit === 'rank' && toStems(word, input.lang).every((st) => b.entry.cueStems.has(st)));
      const uncovered = findAll(folded, w.comparison).some((hit) => !ownCue(hit.word));
      const compares = !compared.length && !trends.length && (uncovered || hasAny(folded, w.double) || hasAny(folded, w.triple));
      const rating: Verdict = wrong ? (wrong.status === 'contradicted' ? 'false' : 'outdated') : decisive && unsettled === 0 && !compares ? 'accurate' : 'context';
      // Figures that settle nothing leave the say to a typical claim the sentence makes.
      const claim = rating === 'context' ? matchClaim(input) : null;
      if (claim) return { factId: claim.fact.id, rating: claim.rating, basis: 'claim', answers: true, related: relatedTo(claim.fact.id) };
      const out: VerdictResult = { factId: fact.id, rating, basis: rating === 'context' ? 'none' : 'figure', answers: true, related: relatedTo(fact.id) };
      if (decisive) {
        out.figure = decisive;
        out.figures = checks;
      }
      return out;
    }

    const claim = matchClaim(input);
    if (claim) return { factId: claim.fact.id, rating: claim.rating, basis: 'claim', answers: true, related: relatedTo(claim.fact.id) };
    return context();
  }

  return { decide, checkNumbers };
}

export type Verdicts = ReturnType<typeof buildVerdicts> extends Generator<unknown, infer V, unknown> ? V : never;
