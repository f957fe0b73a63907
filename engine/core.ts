/**
 * The claim engine: segment → detect → match → compare. Pure TypeScript, no DOM and no
 * browser API, so the content script, extension pages, Node scripts and tests share it.
 * It receives what it knows of the languages and topics (engine/knowledge.ts) as a value:
 * the content script gets that from the background; everything else uses engine/engine.ts.
 */
// Import order sets the bundle's order: fuse.js (via spelling) first and this module's helpers last keep
// related code within gzip's window (the content scripts measured ~120 B gz smaller than sorted imports).
import { createSpellingRepair } from './spelling';
import { claimsNothing, notCheckworthy, threadMarkEnd } from './checkworthy';
import { eventVerbs } from './event-verbs';
import { clauseMatches, compileClauses, type Compiled } from './clauses';
import { DETECTION_MODEL, featuresOf, probability, strength, type DetectionModel, type SentenceEvidence, type TopicEvidence } from './detection-model';
import { guessLanguage } from './language';
import type { Knowledge } from './knowledge';
import { LANGS } from './knowledge/lang';
import { readQuantities, sayOnce, type Quantity } from './numbers';
import { ordinalsAsWords } from './ordinal-digits';
import type { Fact, Lang } from './schema';
import { segmentSentences } from './segment';
import { TOPIC_IDS, type TopicId } from './topics';
import { DEFAULT_THRESHOLDS, type AnalyzeOptions, type ClaimFinding, type FigureCheck, type Thresholds } from './types';
import { buildVerdicts, VERDICT_PARAMS, type VerdictParams, type VerdictResult } from './verdict';
import type { Why } from './figures';
import { PhraseIndex, toStems } from './vocabulary';
import { notUntilReading } from './not-until';
import { packsPrefilter } from './prefilter';
import { buildFactIndex } from './fact-index';
import { compiledFacts, compileIndex, compilerWith, stemsOf, verdictWords, type Anchor, type CompiledIndex, type RuntimeKnowledge } from './compiled-index';
import { stemSets } from './measure-cues';
import { anchorReaders, namesMexico } from './anchor-readers';
import { contrastReading } from './contrast';
import { blankTrailingFrame, reportFrame } from './report-frame';
import { negationCount } from './compiled-verdicts';
import { evidenceGatherer, type TopicLexicon } from './topic-evidence';
import { writtenCaseReader } from './written-case';
import { blankAll, findAll, foldSameLength } from './word-lists';

export { DEFAULT_THRESHOLDS };

/** Sentences longer than this are not claims a reader meets; they are skipped, not split. */
const MAX_SENTENCE = 1200;
/** Text blocks are cut into windows of this size so one giant line cannot stall the engine. */
const MAX_BLOCK = 20_000;
/** A figure said in digits: the one thing a sentence that names neither country nor anything they share needs to be read. */
/** Two or more white-space characters in a row, or a line break or a tab alone: read as one space (a lone no-break space stays: numbers read it). */
const SPACE_RUN = /\s{2,}|[\t\n\r\f\v]/g;
/**
 * A hashtag's mark on a word the sentence goes on after ("imports from #Mexico jumped", "China, y no #México, es…"): the
 * word is said, the mark is not. Hashtags that close a post, and "#1", keep theirs (a post's trailing tags are noise).
 */
const HASHTAG_MARK = /(?<![\p{L}\d&#])#(?=\p{L}[\p{L}\d_]*[^\p{L}\d_#]+[^\s#])/gu;
/**
 * Emoji and flags inside a sentence ("Canada, not Mexico 🇲🇽, is…"), with the space before them: said to the eye, not to the
 * sentence, which reads on without them. Those that close a post are its noise (engine/checkworthy.ts reads them there).
 */
const INNER_EMOJI = /(?<=\S)\s*(?:\p{Regional_Indicator}|\p{Extended_Pictographic}|\u{FE0F}|\u{200D}|\p{Emoji_Modifier})+(?=\s*[\p{L}\d,.;:!?)])/gu;
const withoutInnerEmoji = (s: string) => s.replace(INNER_EMOJI, (run, at: number) => (/^[\p{L}\d]/u.test(s.slice(at + run.length)) && !/^\s/.test(run) ? ' ' : ''));
/** The sentence as every reader reads it: runs of white space as one, a hashtag's mark and emoji inside it dropped, ordinals in digits as their words. */
const readable = (sentence: string) => ordinalsAsWords(withoutInnerEmoji(sentence).replace(SPACE_RUN, ' ').replace(HASHTAG_MARK, ''));
const DIGIT = /\d/;

/** Supporting words that together make a topic plain where Mexico is named ("security cooperation ... military"). */
const MANY_SUPPORTING_WORDS = 3;

/** A year said by its last two digits ("en el '24", "in ’25"), written whole for the verdict step, which reads years of four digits. */
const SHORT_YEAR = /(?<![\p{L}\d'\u2018\u2019])['\u2018\u2019](\d\d)(?![\p{L}\d%])/gu;
/** A fiscal year in its short label ("FY24", "FY2024", "FY '23"), written "FY 2024" so both its year and its kind are read. */
const FISCAL_YEAR = /\bFY\s?['\u2018\u2019]?(\d\d(?:\d\d)?)\b/g;
const century = (d: string) => (d.length === 4 ? d : `${Number(d) < 50 ? '20' : '19'}${d}`);
const fullYears = (text: string) => text.replace(FISCAL_YEAR, (_m, d: string) => `FY ${century(d)}`).replace(SHORT_YEAR, (_m, d: string) => century(d));

/** A topic the sentence says in words of its own or of one of its facts, beside any number bound to its series. */
const saidInWords = (e: TopicEvidence) => e.strong + e.weak + e.background + e.rules + e.fact > 0 || e.keyword;

/** Up to one word between two things: "not only 1,000", "no solo mide 1,000". */
const NEXT_WORDS = /^\s+(?:[\p{L}'’]+\s+)?$/u;

/** The quantities a sentence states: a post's thread mark before it ("🧵 1/", "(2/5)") counts posts, not anything the post says. */
const statedQuantities = (sentence: string, lang: Lang) => {
  const markEnd = threadMarkEnd(sentence);
  return readQuantities(sentence, lang).filter((q) => q.start >= markEnd);
};

export interface DetectionCandidate {
  topic: TopicId;
  x: number[];
  p: number;
}

export interface Engine {
  analyze(text: string, options?: AnalyzeOptions): ClaimFinding[];
  /** Analyse one sentence (no segmentation): the unit the corpus evaluation scores. */
  classify(sentence: string, lang?: Lang): ClaimFinding | null;
  /** The candidate topics of a sentence with their features and probability: what scripts/fit-detection.ts learns from. */
  candidates(sentence: string, lang?: Lang): DetectionCandidate[];
  /** Checks the numbers a sentence states against the series of the given facts only. */
  checkFigures(sentence: string, lang: Lang, factIds: ReadonlySet<string>): FigureCheck[];
  readonly thresholds: Thresholds;
  readonly factCount: number;
}

/** Builds the engine in one go (Node scripts, tests, extension pages), compiling its index on the spot. */
export function createEngineFrom(
  knowledge: Knowledge,
  facts: readonly Fact[],
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
  verdictParams: VerdictParams = VERDICT_PARAMS,
  detectionModel: DetectionModel = DETECTION_MODEL,
  why?: Why,
): Engine {
  const steps = buildEngine(knowledge, compileIndex(knowledge, facts), facts, thresholds, verdictParams, detectionModel, why);
  for (let r = steps.next(); ; r = steps.next()) if (r.done) return r.value;
}

/**
 * Builds the engine from a compiled index (engine/compiled-index.ts) in steps, calling `pause`
 * between them, so a page's main thread never sees one long task (the content script passes
 * a yield to the event loop): only the facts the index lacks are compiled, a few per step;
 * the rest is rebuilding lookups from plain data (in Node, ~20-40 ms in all, in 7 steps).
 */
export async function createEngineInSteps(knowledge: RuntimeKnowledge, index: CompiledIndex, facts: readonly Fact[], thresholds: Thresholds, pause: () => Promise<void>): Promise<Engine> {
  const steps = buildEngine(knowledge, index, facts, thresholds);
  let r = steps.next();
  for (; !r.done; r = steps.next()) await pause();
  // The first calls of each code path run cold (interpreter, regex compilation) and cost
  // several times a warm call: pay that here, one short sentence per step, rather than inside
  // the first page block that happens to take the path. A compiled index does not change this;
  // it makes it plainer, as the build no longer stems or reads numbers (measured in Node on an
  // engine built from the compiled data: a first sentence 24-45 ms, a warm one ~2 ms).
  for (const sentence of WARM_UP) {
    await pause();
    r.value.classify(sentence);
  }
  return r.value;
}

/** Sentences that walk the engine's paths once: English and Spanish, figures, rates, hedges, a typo. */
const WARM_UP = [
  'Mexico and the United States trade about $1.4 billion a day across the border.',
  'El 70 por ciento de las armas rastreadas en México vienen de Estados Unidos.',
  'Las remesas superaron los 60 mil millones de dólares en 2024, según Banxico.',
  'Nearly half of the fentanil seized at the southern border is carried by U.S. citizens.',
  'Más de 11 millones de mexicanos viven del otro lado, dice mi tío.',
];

function* buildEngine(
  knowledge: RuntimeKnowledge,
  index: CompiledIndex,
  facts: readonly Fact[],
  thresholds: Thresholds,
  verdictParams: VerdictParams = VERDICT_PARAMS,
  detectionModel: DetectionModel = DETECTION_MODEL,
  why?: Why,
): Generator<void, Engine, void> {
  const { langs, topics } = knowledge;
  const vocabulary = index.vocabulary;
  const words = verdictWords(langs);
  const pastVerbs = eventVerbs(facts, words);
  const prefilter = packsPrefilter(langs);
  const anchors = PhraseIndex.from(vocabulary.anchors);
  const genericBi = PhraseIndex.from(vocabulary.genericBilateral);
  const anchorsIn = new Map<Lang, PhraseIndex<Anchor>>(LANGS.map((lang) => [lang, PhraseIndex.from(vocabulary.anchorsIn[lang])]));
  const speakerSide = new Map<Lang, { side: 'mx' | 'us'; re: RegExp }>();
  for (const lang of LANGS) {
    const s = langs[lang].speakerSide;
    if (s) speakerSide.set(lang, { side: s.side, re: new RegExp(s.pattern, 'i') });
  }
  const anchorStems = new Set(stemsOf(vocabulary.anchorStems));
  // "USA" is the country, Spanish "usa" a verb: the anchors read a sentence's stems less those its language's pack says are written in the wrong case.
  const casedIn = new Map(LANGS.map((lang) => [lang, writtenCaseReader(langs[lang].writtenCase)]));
  const seenAs = (text: string, lang: Lang, stems: readonly string[]) => casedIn.get(lang)!(text, lang, stems);
  const offTopic = PhraseIndex.from(vocabulary.offTopic);
  const ownsOffTopic = new Set(TOPIC_IDS.filter((topic) => topics[topic].ownsOffTopicWords));

  const { topicClauses, gates } = compileClauses(knowledge, TOPIC_IDS);
  const evidenceClauses = topicClauses.filter((c) => c.role === 'evidence');
  const vetoClauses = topicClauses.filter((c) => c.role === 'veto');
  const gatesOf = (role: Compiled['role']) => gates.filter((g) => g.role === role);
  const [notAClaim, backgroundGates, bilateralGates] = [gatesOf('not-a-claim'), gatesOf('background'), gatesOf('bilateral-anchor')];
  yield;

  const lexicon: TopicLexicon = PhraseIndex.from(vocabulary.lexicon);
  const topicStems = new Map(TOPIC_IDS.map((topic) => [topic, new Set(stemsOf(vocabulary.topicStems[topic]))]));
  const readers = anchorReaders(anchors, seenAs);
  const compiled = yield* compiledFacts(facts, index.facts, compilerWith({ anchorStems, readers, words }));
  const factIndex = buildFactIndex(facts, compiled);
  const topicOfFact = new Map(facts.map((f) => [f.id, f.topic]));
  yield;
  const { othersOf } = readers;
  const verdicts = yield* buildVerdicts(facts, compiled, factIndex, { anchorStems, topicStems, orderOf: readers.orderOf, leadOf: readers.leadOf, firstOf: readers.firstOf, words, why }, verdictParams);
  yield;

  // A sector the verdict reads by name ("agriculture") is a known word: repaired into a near one ("agricultor"), it would go unread.
  const sectorStems = Object.values(stemSets(words, 'sectors')).flatMap((set) => [...set]);
  const repair = createSpellingRepair(new Set<string>([...factIndex.stems(), ...lexicon.firstStems(), ...anchors.firstStems(), ...sectorStems]));
  const gatherEvidence = evidenceGatherer(lexicon, evidenceClauses, backgroundGates, factIndex);

  /**
   * The sentence with its set phrases whose negation word denies nothing blanked ("sin embargo", "no obstante", "sin duda"),
   * offsets kept. A set phrase right before an amount ("not only 1,000 miles", "no solo mide 1,000 millas") says more than
   * the amount, not the amount: its negation is left to deny it, and no record judges it. Before a position ("not only the
   * largest partner") it adds to the position, which still holds.
   */
  const withoutAffirmations = (sentence: string, lang: Lang, quantities: readonly Quantity[]) => {
    const beforeNumber = (end: number) => quantities.some((q) => q.unit !== 'rank' && q.start >= end && NEXT_WORDS.test(sentence.slice(end, q.start)));
    return blankAll(withoutConnective(sentence, lang), words[lang].affirmations, beforeNumber);
  };

  /** The sentence with the word that ties it to the one before blanked ("However, …", "Sin embargo, …", "Y en 2025 …"), offsets kept. */
  const withoutConnective = (sentence: string, lang: Lang) => {
    const folded = foldSameLength(sentence);
    const first = (list: readonly string[]) => findAll(folded, list).find((h) => !folded.slice(0, h.at).trim());
    const assent = first(words[lang].assents);
    const hit = assent && /^\s*,/.test(folded.slice(assent.end)) ? assent : first(words[lang].connectives);
    // A denial that opens with the word and says more ("Yeah, right, …", "Oh, sure, …") is said whole: the word is its, no tie.
    const denial = first(words[lang].negation);
    if (hit && denial && denial.end > hit.end) return sentence;
    const end = hit && /^(?:\s*,|\s)/.exec(folded.slice(hit.end));
    return end ? ' '.repeat(hit.end + end[0].length) + sentence.slice(hit.end + end[0].length) : sentence;
  };

  /**
   * The sentence as the verdict step reads it: set phrases whose negation word denies nothing blanked ("sin duda", "not
   * only"), a contrast of Mexico and another country read as its claim about Mexico (engine/contrast.ts), years written
   * whole, a quantity said again in another unit read once. Cards and draft checks read it alike.
   */
  const affirmedOf = (sentence: string, lang: Lang, quantities = statedQuantities(sentence, lang)) => {
    const plain = notUntilReading(withoutAffirmations(sentence, lang, quantities), words[lang]);
    // "Canada, not Mexico, is the largest partner": a contrast is read as its plain claim about Mexico.
    const frameEnd = () => {
      const frame = reportFrame(foldSameLength(plain), words[lang]);
      return frame?.[0] === 0 ? frame[1] : 0;
    };
    return sayOnce(fullYears(contrastReading(plain, lang, words[lang], readers.firstOf, negationCount(plain, words[lang]), frameEnd)), lang);
  };

  /**
   * A page's text keeps its source's runs of white space ("fell  4.6%", an indented line joined to the next): every word list,
   * cue and pattern is written with one space, so the sentence is read with each run as one. The finding is of the sentence as it stands.
   */
  function classify(sentence: string, langHint?: Lang, trace?: DetectionCandidate[], namedBefore?: () => ReadonlySet<Anchor>): ClaimFinding | null {
    const spaced = readable(sentence);
    if (spaced === sentence) return classifySpaced(sentence, langHint, trace, namedBefore);
    const found = classifySpaced(spaced, langHint, trace, namedBefore);
    return found && { ...found, text: sentence, end: sentence.length };
  }

  function classifySpaced(sentence: string, langHint?: Lang, trace?: DetectionCandidate[], namedBefore?: () => ReadonlySet<Anchor>): ClaimFinding | null {
    if (!sentence || sentence.length > MAX_SENTENCE) return null;
    // A sentence none of the prefilter's words name may still state a figure of the record in a series' own words
    // ("apprehensions fell to 8,000 in March"): with a digit it is read on, and kept only if a cue binds its number.
    const figured = DIGIT.test(sentence);
    if (!figured && !prefilter.any(sentence)) return null;
    const lang = guessLanguage(sentence, langHint ?? 'en');
    const worded = prefilter.passes(sentence, lang);
    if (!worded && !figured) return null;
    const gateScene = { sentence, found: { mx: false, us: false, bi: false }, stems: [], topicWords: new Set<TopicId>(), hasFigure: false };
    if (notAClaim.some((g) => clauseMatches(g, gateScene))) return null;
    if (claimsNothing(sentence, words[lang])) return null;
    const exact = toStems(sentence, lang);
    if (exact.length < 3) return null;
    const found = { mx: false, us: false, bi: false, other: false };
    const exactSeen = seenAs(sentence, lang, exact);
    for (const h of anchors.find(exactSeen)) found[h.payload] = true;
    for (const h of anchorsIn.get(lang)!.find(exactSeen)) found[h.payload] = true;
    if (!found.bi && bilateralGates.some((g) => clauseMatches(g, gateScene))) found.bi = true;
    // A number a series' cue binds is of the relationship's record, though neither country is named ("16 host cities
    // across the three countries"); only sentences with numbers pay for binding them over every series.
    const quantities = statedQuantities(sentence, lang);
    const dated = verdicts.datedTopics(sentence, lang);
    const measured = [...(quantities.length ? verdicts.measuredTopics(withoutAffirmations(sentence, lang, quantities), lang, quantities) : []), ...dated];
    if (!measured.length && (!worded || (!found.mx && !found.bi && !found.us))) return null;
    // The speaker's own side, where only the other side is named: in English "we trade with
    // Mexico" is the U.S. speaking; in Spanish "somos el primer socio de Estados Unidos", Mexico.
    const speaker = speakerSide.get(lang);
    const named = speaker?.side === 'us' ? 'mx' : 'us';
    if (speaker && found[named] && !found[speaker.side] && speaker.re.test(sentence)) found[speaker.side] = true;
    // Only anchored sentences pay for spelling repair.
    const stems = exact.map(repair);
    const stemsSeen = seenAs(sentence, lang, stems);
    const anchorHits = anchors.find(stemsSeen);
    for (const h of anchorHits) found[h.payload] = true;
    // Another country named without Mexico: remittances to the Philippines, the U.S.–Canada border.
    // Not where the U.S. ranks that country in an ordering the record holds Mexico's place in ("China is the top U.S. trading partner").
    const rivalRanked = found.other && !found.mx && found.us && verdicts.refutedRivals(sentence, lang, quantities, othersOf(stemsSeen)).length > 0;
    if (found.other && !found.mx && !(found.bi && specificBilateral(stemsSeen, anchorHits)) && !rivalRanked) return null;

    const { evidence, foregroundTopics, sceneApart, factScores } = gatherEvidence(sentence, lang, stems, found, quantities, measured);
    const offHits = offTopic.find(stems);
    const off = offHits.length;
    const passingMention = offHits.some((h) => h.payload === 'gate');
    // A topic's veto clause (a family biography is not the diaspora's story) rules it out.
    const saidTopics = new Set([...evidence].filter(([, e]) => e.strong + e.weak + e.background + e.rules > 0).map(([topic]) => topic));
    const vetoed = new Set(vetoClauses.filter((c) => clauseMatches(c, { sentence, found, stems, topicWords: saidTopics, hasFigure: quantities.length > 0 })).map((c) => c.topic));
    const bilateral = (found.mx && found.us) || found.bi;
    const usOnly = found.us && !found.mx && !found.bi;
    const context: SentenceEvidence = { lang, bilateral, mexicoOnly: found.mx && !bilateral, usOnly, usAloneIsDomestic: langs[lang].usAloneIsDomestic, otherCountry: found.other };
    // A topic must be plain before it is weighed: a strong term or clause of its own, a number
    // bound to one of its series, or, where both countries are named, a curated keyword of one of its facts. Supporting
    // words alone ("cdmx", "gringos", "agua") and a fact's vocabulary met by chance are not a
    // claim. In English the U.S. alone ("gun crime in Ohio") is seldom the relationship, so
    // there the topic must be said in its own strong words.
    // Off-topic words (a match report's sport, a recipe, a beach) leave only their own topic, and
    // that one only when named in its strong words (the tournament, its hosting). Ambiguous ones
    // ("partido" is also a party, "clima" a business climate) weigh against the other topics in
    // the model instead; their owner still needs its strong words.
    const usAloneAtHome = usOnly && context.usAloneIsDomestic;
    const plain = (topic: TopicId, e: TopicEvidence) => {
      if (passingMention || (off > 0 && ownsOffTopic.has(topic))) return ownsOffTopic.has(topic) && e.strong > 0;
      // A year bound to a dated event of the record by the event's own cue is of the relationship, whoever the sentence names
      // ("The Supreme Court struck down Trump's tariffs in 2026").
      if (usAloneAtHome) return e.rules > 0 || (e.strong > 0 && e.strong + e.weak >= 3) || dated.includes(topic);
      return e.strong + e.rules > 0 || e.measured || (bilateral && e.keyword) || (found.mx && e.weak >= MANY_SUPPORTING_WORDS);
    };
    const candidates = TOPIC_IDS.filter((topic) => evidence.has(topic) && plain(topic, evidence.get(topic)!) && !vetoed.has(topic) && !(sceneApart && !foregroundTopics.has(topic)));
    let bestTopic: TopicId | null = null;
    let score = 0;
    const strengths = candidates.map((topic) => strength(evidence.get(topic)!));
    const scored: { topic: TopicId; x: number[]; p: number }[] = [];
    for (const [i, topic] of candidates.entries()) {
      const rival = Math.max(0, ...strengths.filter((_, j) => j !== i));
      const x = featuresOf(evidence.get(topic)!, context, rival, ownsOffTopic.has(topic) ? 0 : off);
      const p = probability(detectionModel, x);
      scored.push({ topic, x, p });
      if (p > score) {
        score = p;
        bestTopic = topic;
      }
    }
    if (trace) trace.push(...scored);
    if (!bestTopic) return null;
    score = round(Math.min(0.99, score));
    if (score < thresholds.suggest) return null;

    // A schedule (an event set for a near day or hour) claims nothing, as the shapes checkworthy.ts's claimsNothing drops; it is
    // read here, where the quantities stated in words are known (a number of anything but a date keeps it a claim).
    const unworthy = notCheckworthy(sentence, words[lang], quantities.length > 0, pastVerbs[lang]);
    if (unworthy === 'schedule') return null;
    const checkworthy = unworthy === null;
    const affirmed = affirmedOf(sentence, lang, quantities);
    const said = affirmed === sentence ? quantities : statedQuantities(affirmed, lang);
    const affirmations = findAll(foldSameLength(sentence), words[lang].affirmations).map((hit) => hit.word);
    // "…, Canada said.": the speaker of a claim is not what it is said of (engine/report-frame.ts).
    const unframed = blankTrailingFrame(sentence, words[lang]);
    const others = unframed === sentence ? othersOf(stemsSeen) : othersOf(seenAs(unframed, lang, toStems(unframed, lang)));
    const decideIn = (topic: TopicId) => {
      const ranked = factIndex.entries
        .filter((e) => e.fact.topic === topic)
        .map((e) => ({ fact: e.fact, score: factScores.get(e) ?? 0 }))
        .sort((a, b) => b.score - a.score);
      return verdicts.decide({ sentence: affirmed, lang, stems, topic, ranked, quantities: said, others, checkworthy, affirmations, namedBefore });
    };
    let topic = bestTopic;
    let verdict = decideIn(topic);
    if (!verdict) return null;
    // Where the chosen topic earns no rating and shows only a related fact, another candidate topic that settles the sentence
    // is the better answer: its topic and fact name the card, if it is said in words and passes the bar detection sets. A
    // typical claim it lists, met in the sentence's own words, settles it as it would had detection chosen that topic. A
    // number bound to its series is a looser tie: only a record that agrees with a number said in figures settles it; one
    // that denies it (a "number one" read as a rank of another measure) or a number said in words ("most") may have met
    // that record by chance. A fact that holds the claim's words but rates nothing gives way to such a rival too ("Border
    // Patrol apprehensions fell to …": the encounters record holds the words, the apprehensions record settles the count).
    if (verdict.basis === 'none' && (!verdict.answers || verdict.inWords)) {
      // A topic under the bar is tried too ("In 2023, 36.71 million Americans traveled to Mexico", read as the diaspora's for its
      // "Americans … Mexico"; "Mexico's auto exports are worth three times remittances", the economy's claim read as
      // remittances'), but only a typical claim met word for word or its record bearing a number out settles it: its words
      // alone are too few to name the card, and a claim's topic a hair under the bar is a refit's noise, not a weaker claim.
      const below = (s: { p: number }) => s.p < thresholds.suggest;
      // (Read only where it could settle: a number bound to its series, or all the words of one of its typical claims said.)
      const couldSettle = (s: { topic: TopicId; p: number }) => !below(s) || measured.includes(s.topic) || verdicts.saysClaimWords({ sentence: affirmed, lang, stems, topic: s.topic });
      // A dated event's cue that took a year names its topic as its words would ("Brian Terry was killed in 2010" names no gun word).
      const rivals = scored.filter((s) => s.topic !== topic && (saidInWords(evidence.get(s.topic)!) || dated.includes(s.topic)) && couldSettle(s)).sort((a, b) => b.p - a.p);
      // A year bound to a dated event is always said in figures (yearQuantities reads only those).
      const saidInFigures = (c: FigureCheck) => c.unit === 'year' || said.some((q) => q.raw === c.claimRaw && !q.vague);
      const byFigure = (other: VerdictResult, rival: TopicId) => other.basis === 'figure' && other.rating === 'accurate' && measured.includes(rival) && !!other.figures?.every(saidInFigures);
      const settles = (other: VerdictResult, rival: { topic: TopicId; p: number }) => other.basis === 'claim' || byFigure(other, rival.topic);
      // Else a rival whose fact holds the claim's own words, though it rates nothing ("Most Mexican immigrants in the U.S. are
      // undocumented" holds the diaspora's words, not the migration records'), names the card over a fact only related. A
      // number bound to a rival's series that settles nothing is no such answer: it may have met that cue by chance ("300
      // Mexicans and Americans" is no count of the Mexican-origin population).
      let answering: [TopicId, VerdictResult, number] | undefined;
      let settling: [TopicId, VerdictResult, number] | undefined;
      for (const rival of rivals) {
        const other = decideIn(rival.topic);
        if (!other) continue;
        if (settles(other, rival)) {
          settling = [rival.topic, other, rival.p];
          break;
        }
        if (below(rival)) continue;
        // So does a rival's fact that holds the words the chosen topic leaves unexplained (a count of Mexicans said to earn
        // the minimum wage: the diaspora's vocabulary holds "Mexicans", the wage record all the rest), even where a number
        // bound to its series is what made it answer: those words, not a cue met by chance, name it.
        const beyond = other.rating === 'context' && verdicts.holdsWordsBeyond(stems, topic, other.factId);
        if ((other.inWords || beyond) && !verdict.answers) answering ??= [rival.topic, other, rival.p];
      }
      const better = settling ?? answering;
      if (better) {
        [topic, verdict] = better;
        // Detection's confidence that the sentence makes a claim stays: the other topic only names the card.
        score = round(Math.min(0.99, Math.max(score, better[2])));
      }
    }
    // A sentence read for its figure alone names neither country: a record that denies its number may not be of its
    // subject ("the two blocs trade $1.4 billion a day"), so only a record that bears the number out rates it.
    // A year bound to a dated event met the event's own cue, which names the thing dated ("Progresa began in 2005"): it is of its subject.
    const datedOnly = verdict.basis === 'figure' && !!verdict.figures?.length && verdict.figures.every((c) => c.unit === 'year');
    // Unless the passage before named Mexico, and no third country, just before: it names the subject the sentence leaves unsaid.
    const unworded = !worded && !datedOnly && !namesMexico(namedBefore?.(), true);
    if (unworded && verdict.rating !== 'accurate' && verdict.rating !== 'context') why?.('not-worded');
    if (unworded && verdict.rating !== 'accurate') verdict = { factId: verdict.factId, rating: 'context', basis: 'none', answers: verdict.answers, related: verdict.related };
    // A rating earned on another topic's record (a number bound to that topic's series) names the card by that record's topic:
    // a card's topic and its fact tell one story, and the record's is the one that was checked.
    if (verdict.rating !== 'context') topic = topicOfFact.get(verdict.factId) ?? topic;
    const level = score >= thresholds.show ? 'show' : 'suggest';
    const { inWords: _, ...shown } = verdict;
    return { text: sentence, start: 0, end: sentence.length, lang, topic, score: round(score), level, checkworthy, ...shown };
  }

  /**
   * The countries the last of the sentences before names, of those that name any: read only when a sentence that names
   * none states a measure every country (or pair) has, so a passage costs nothing otherwise.
   */
  function namedBefore(before: readonly string[], lang: Lang): ReadonlySet<Anchor> {
    for (let i = before.length - 1; i >= 0; i--) {
      const text = before[i]!;
      const seen = seenAs(text, lang, toStems(text, lang));
      // What the two share ("the border", "remittances") is no country.
      const kinds = new Set([...anchors.find(seen), ...anchorsIn.get(lang)!.find(seen)].map((h) => h.payload).filter((kind) => kind !== 'bi'));
      if (kinds.size) return kinds;
    }
    return new Set();
  }

  /** A bilateral anchor that only the U.S.–Mexico relationship has (NAFTA, the 1944 treaty), not one any two countries share. */
  function specificBilateral(stems: readonly string[], anchorHits: { payload: Anchor; at: number }[]): boolean {
    const generic = new Set(genericBi.find(stems).map((h) => h.at));
    return anchorHits.some((h) => h.payload === 'bi' && !generic.has(h.at));
  }

  function analyze(text: string, options: AnalyzeOptions = {}): ClaimFinding[] {
    if (typeof text !== 'string' || !text.trim()) return [];
    const out: ClaimFinding[] = [];
    for (let offset = 0; offset < text.length; offset += MAX_BLOCK) {
      const block = text.slice(offset, offset + MAX_BLOCK);
      if (!prefilter.any(block) && !DIGIT.test(block)) continue;
      const lang = options.lang ?? guessLanguage(block);
      const before: string[] = options.context ? [options.context] : [];
      for (const seg of segmentSentences(block, lang)) {
        const found = classify(seg.text, lang, undefined, () => namedBefore(before, lang));
        before.push(seg.text);
        if (!found) continue;
        if (found.level === 'suggest' && !options.includeSuggestions) continue;
        if (!found.checkworthy && !options.includeUncheckworthy) continue;
        if (options.mutedFactIds?.has(found.factId)) continue;
        out.push({ ...found, start: offset + seg.start, end: offset + seg.end });
      }
    }
    return out;
  }

  const checkFigures = (said: string, lang: Lang, factIds: ReadonlySet<string>) => {
    const sentence = readable(said);
    const affirmed = affirmedOf(sentence, lang);
    return verdicts.checkNumbers(affirmed, lang, statedQuantities(affirmed, lang), factIds, othersOf(seenAs(sentence, lang, toStems(sentence, lang))));
  };
  const candidates = (sentence: string, lang?: Lang) => {
    const trace: DetectionCandidate[] = [];
    classify(sentence, lang, trace);
    return trace;
  };
  return { analyze, classify: (sentence, lang) => classify(sentence, lang), candidates, checkFigures, thresholds, factCount: facts.length };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
