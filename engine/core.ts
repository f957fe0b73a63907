/**
 * The claim engine: segment → detect → match → compare. Pure TypeScript, no DOM and no
 * browser API, so the content script, extension pages, Node scripts and tests share it.
 * It receives what it knows of the languages and topics (engine/knowledge.ts) as a value:
 * the content script gets that from the background; everything else uses engine/engine.ts.
 */
import Fuse from 'fuse.js/basic';
import { notCheckworthy } from './checkworthy';
import { DETECTION_MODEL, featuresOf, probability, strength, type DetectionModel, type SentenceEvidence, type TopicEvidence } from './detection-model';
import { checkFigure } from './figures';
import { clauseMatches, clauseText, compileClauses, type Compiled } from './clauses';
import { guessLanguage } from './language';
import type { Knowledge } from './knowledge';
import { LANGS } from './knowledge/lang';
import { readQuantities } from './numbers';
import type { Fact, Lang } from './schema';
import type { VerdictWords } from './verdict-words';
import { segmentSentences } from './segment';
import { TOPIC_IDS, type TopicId } from './topics';
import { DEFAULT_THRESHOLDS, type AnalyzeOptions, type ClaimFinding, type FigureCheck, type Thresholds } from './types';
import { createVerdicts, VERDICT_PARAMS, type VerdictParams } from './verdict';
import { PhraseIndex, anchorPrefilter, toStems } from './vocabulary';

export { DEFAULT_THRESHOLDS };

/** Sentences longer than this are not claims a reader meets; they are skipped, not split. */
const MAX_SENTENCE = 1200;
/** Text blocks are cut into windows of this size so one giant line cannot stall the engine. */
const MAX_BLOCK = 20_000;

type Anchor = 'mx' | 'us' | 'bi' | 'other';

/** Supporting words that together make a topic plain where Mexico is named ("security cooperation ... military"). */
const MANY_SUPPORTING_WORDS = 3;
const YEAR = /\b(?:19[5-9]\d|20[0-4]\d)\b/g;

interface FactEntry {
  fact: Fact;
  stems: Set<string>;
  /** Stems of the fact's curated keywords: the words that say this fact, not just any word near it. */
  keyStems: Set<string>;
}

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

/** Builds the engine in one go (Node scripts, tests, extension pages). */
export function createEngineFrom(
  knowledge: Knowledge,
  facts: readonly Fact[],
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
  verdictParams: VerdictParams = VERDICT_PARAMS,
  detectionModel: DetectionModel = DETECTION_MODEL,
): Engine {
  const steps = buildEngine(knowledge, facts, thresholds, verdictParams, detectionModel);
  for (let r = steps.next(); ; r = steps.next()) if (r.done) return r.value;
}

/**
 * Builds the engine in steps of a few milliseconds, calling `pause` between them, so a
 * page's main thread never sees one long task (the content script passes a yield to the
 * event loop). The engine itself stays free of any DOM or browser API.
 */
export async function createEngineInSteps(knowledge: Knowledge, facts: readonly Fact[], thresholds: Thresholds, pause: () => Promise<void>): Promise<Engine> {
  const steps = buildEngine(knowledge, facts, thresholds);
  let r = steps.next();
  for (; !r.done; r = steps.next()) await pause();
  // The first calls of each code path run cold (interpreter, regex compilation) and cost
  // several times a warm call: pay that here, one short sentence per step, rather than
  // inside the first page block that happens to take the path.
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

/** Facts indexed per step: a handful keeps each step well under the 50 ms long-task line on slow machines. */
const FACTS_PER_STEP = 4;

function* buildEngine(
  knowledge: Knowledge,
  facts: readonly Fact[],
  thresholds: Thresholds,
  verdictParams: VerdictParams = VERDICT_PARAMS,
  detectionModel: DetectionModel = DETECTION_MODEL,
): Generator<void, Engine, void> {
  const { langs, topics } = knowledge;
  const words = Object.fromEntries(LANGS.map((lang) => [lang, langs[lang].verdict])) as Record<Lang, VerdictWords>;
  const prefilter = anchorPrefilter(LANGS.flatMap((lang) => langs[lang].prefilter));
  /** Each phrase once, stemmed in its own language, whichever packs list it. */
  const addOnce = <T>(index: PhraseIndex<T>, lists: [Lang, readonly string[]][], payload: T, seen = new Set<string>()) => {
    for (const [lang, list] of lists) {
      for (const w of list) {
        if (seen.has(w)) continue;
        seen.add(w);
        index.add(toStems(w, lang), payload);
      }
    }
  };

  const anchors = new PhraseIndex<Anchor>();
  for (const kind of ['mx', 'us', 'bi', 'other'] as const)
    addOnce(
      anchors,
      LANGS.map((lang) => [lang, langs[lang].anchors[kind]]),
      kind,
    );
  const genericBi = new PhraseIndex<true>();
  addOnce(
    genericBi,
    LANGS.map((lang) => [lang, langs[lang].genericBilateral]),
    true,
  );
  // Anchors a language's own speakers use: read only in a sentence in that language.
  const anchorsIn = new Map<Lang, PhraseIndex<Anchor>>();
  for (const lang of LANGS) {
    const index = new PhraseIndex<Anchor>();
    for (const kind of ['mx', 'us', 'bi'] as const) addOnce(index, [[lang, langs[lang].anchorsInLanguage[kind]]], kind);
    anchorsIn.set(lang, index);
  }
  const speakerSide = new Map<Lang, { side: 'mx' | 'us'; re: RegExp }>();
  for (const lang of LANGS) {
    const s = langs[lang].speakerSide;
    if (s) speakerSide.set(lang, { side: s.side, re: new RegExp(s.pattern, 'i') });
  }
  yield;
  const offTopic = new PhraseIndex<true>();
  addOnce(
    offTopic,
    LANGS.map((lang) => [lang, langs[lang].offTopic]),
    true,
  );
  const ownsOffTopic = new Set(TOPIC_IDS.filter((topic) => topics[topic].ownsOffTopicWords));

  const { topicClauses, gates } = compileClauses(knowledge, TOPIC_IDS);
  const evidenceClauses = topicClauses.filter((c) => c.role === 'evidence');
  const vetoClauses = topicClauses.filter((c) => c.role === 'veto');
  const gatesOf = (role: Compiled['role']) => gates.filter((g) => g.role === role);
  const [notAClaim, backgroundGates, bilateralGates] = [gatesOf('not-a-claim'), gatesOf('background'), gatesOf('bilateral-anchor')];
  const anchorStems = new Set<string>([...anchors.firstStems()].filter((st) => !/\d/.test(st)));
  yield;

  const lexicon = new PhraseIndex<{ topic: TopicId; weight: number }>();
  const topicStems = new Map<TopicId, Set<string>>();
  for (const [i, topic] of TOPIC_IDS.entries()) {
    const vocabulary = topics[topic].vocabulary;
    topicStems.set(topic, new Set(LANGS.flatMap((lang) => [...vocabulary[lang].strong, ...vocabulary[lang].weak].flatMap((w) => toStems(w, lang)))));
    // A phrase of two or more words says its topic more precisely than a single word. Where
    // several of a topic's phrases start at one word, the first indexed counts: strong before
    // weak, and the shorter first, so the order of a data file never changes a score (the
    // other order, longest first, measured slightly worse on the real-text corpus).
    const seen = new Set<string>();
    const strong: string[][] = [];
    for (const lang of LANGS) {
      for (const w of vocabulary[lang].strong) {
        if (seen.has(w)) continue;
        seen.add(w);
        strong.push(toStems(w, lang));
      }
    }
    for (const stems of strong.sort((x, y) => x.length - y.length)) lexicon.add(stems, { topic, weight: stems.length > 1 ? 3 : 2 });
    addOnce(
      lexicon,
      LANGS.map((lang) => [lang, vocabulary[lang].weak]),
      { topic, weight: 1 },
      seen,
    );
    if (i % 4 === 3) yield;
  }
  yield;

  // Fact index: every stem a fact's claims, keywords and statement use, weighted by rarity.
  const indexFact = (fact: Fact): FactEntry => {
    const stems = new Set<string>();
    const add = (text: string, lang: Lang) => {
      for (const s of toStems(text, lang)) stems.add(s);
    };
    for (const lang of LANGS) add(fact.statement[lang], lang);
    const keyStems = new Set<string>();
    for (const lang of LANGS) for (const k of fact.keywords[lang]) for (const st of toStems(k, lang)) keyStems.add(st);
    for (const st of anchorStems) keyStems.delete(st);
    for (const st of keyStems) stems.add(st);
    for (const c of fact.claims) for (const st of toStems(c.text, c.lang)) stems.add(st);
    // The countries' names are in nearly every fact: they anchor, they do not match.
    for (const st of anchorStems) stems.delete(st);
    return { fact, stems, keyStems };
  };
  const entries: FactEntry[] = [];
  for (let i = 0; i < facts.length; i++) {
    entries.push(indexFact(facts[i]!));
    if (i % FACTS_PER_STEP === FACTS_PER_STEP - 1) yield;
  }
  // Facts by the units of their figures: a stated "70%" is only checked against percentages.
  const withFigures = new Map<string, FactEntry[]>();
  for (const e of entries) {
    for (const unit of new Set((e.fact.figures ?? []).map((f) => f.unit))) {
      let list = withFigures.get(unit);
      if (!list) withFigures.set(unit, (list = []));
      list.push(e);
    }
  }
  const df = new Map<string, number>();
  for (const e of entries) for (const s of e.stems) df.set(s, (df.get(s) ?? 0) + 1);
  const idf = (s: string) => {
    const d = df.get(s);
    return d ? Math.log(1 + entries.length / d) : 0;
  };
  const factsByStem = new Map<string, FactEntry[]>();
  for (const e of entries) {
    for (const s of e.stems) {
      let list = factsByStem.get(s);
      if (!list) factsByStem.set(s, (list = []));
      list.push(e);
    }
  }

  yield;
  const othersOf = (stems: readonly string[]) =>
    anchors
      .find(stems)
      .filter((h) => h.payload === 'other')
      .map((h) => stems.slice(h.at, h.at + h.length).join(' '))
      .sort()
      .join('|');
  const orderOf = (stems: readonly string[]) =>
    anchors
      .find(stems)
      .filter((h) => h.payload === 'mx' || h.payload === 'us')
      .sort((a, b) => a.at - b.at)
      .map((h) => h.payload)
      .filter((kind, i, all) => i === 0 || all[i - 1] !== kind)
      .join(' ');
  const leadOf = (text: string, lang: Lang) => {
    const stems = toStems(text, lang);
    return (
      anchors
        .find(stems)
        .filter((h) => h.payload === 'mx' || h.payload === 'other')
        .sort((a, b) => a.at - b.at)[0]?.payload ?? ''
    );
  };
  const verdicts = createVerdicts(facts, { anchorStems, topicStems, othersOf, orderOf, leadOf, quantitiesOf: readQuantities, words }, verdictParams);
  yield;

  // Fuzzy spelling repair with fuse.js, one token at a time (bitap patterns stay short),
  // against the known vocabulary that shares the token's first two letters (typos rarely
  // touch those), so each search is over a few dozen words; results are cached per token.
  const vocabulary = new Set<string>([...df.keys(), ...lexicon.firstStems(), ...anchors.firstStems()]);
  const buckets = new Map<string, string[]>();
  for (const v of vocabulary) {
    if (v.length < 5 || /\d/.test(v)) continue;
    const key = v.slice(0, 2);
    let list = buckets.get(key);
    if (!list) buckets.set(key, (list = []));
    list.push(v);
  }
  const fuses = new Map<string, Fuse<string>>();
  const repairCache = new Map<string, string>();
  const repair = (s: string): string => {
    if (s.length < 8 || vocabulary.has(s) || /\d/.test(s)) return s;
    const hit = repairCache.get(s);
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
    if (repairCache.size < 20_000) repairCache.set(s, out);
    return out;
  };

  function classify(sentence: string, langHint?: Lang, trace?: DetectionCandidate[]): ClaimFinding | null {
    if (!sentence || sentence.length > MAX_SENTENCE || !prefilter.test(sentence)) return null;
    const gateScene = { sentence, found: { mx: false, us: false, bi: false }, stems: [], topicWords: new Set<TopicId>(), hasFigure: false };
    if (notAClaim.some((g) => clauseMatches(g, gateScene))) return null;
    const lang = guessLanguage(sentence, langHint ?? 'en');
    const exact = toStems(sentence, lang);
    if (exact.length < 3) return null;
    const found = { mx: false, us: false, bi: false, other: false };
    for (const h of anchors.find(exact)) found[h.payload] = true;
    for (const h of anchorsIn.get(lang)!.find(exact)) found[h.payload] = true;
    if (!found.bi && bilateralGates.some((g) => clauseMatches(g, gateScene))) found.bi = true;
    if (!found.mx && !found.bi && !found.us) return null;
    // In English, "we trade with Mexico" / "Mexico sends us" is the U.S. speaking.
    const speaker = speakerSide.get(lang);
    if (speaker && found.mx && !found[speaker.side] && speaker.re.test(sentence)) found[speaker.side] = true;
    // Only anchored sentences pay for spelling repair.
    const stems = exact.map(repair);
    const anchorHits = anchors.find(stems);
    for (const h of anchorHits) found[h.payload] = true;

    const evidence = new Map<TopicId, TopicEvidence>();
    const evidenceOf = (topic: TopicId): TopicEvidence => {
      let e = evidence.get(topic);
      if (!e) evidence.set(topic, (e = { strong: 0, weak: 0, background: 0, rules: 0, fact: 0, keyword: false, figure: 0 }));
      return e;
    };
    const seen = new Set<string>();
    const hits = lexicon.find(stems).filter((h) => {
      const key = `${h.payload.topic}:${h.at}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const hitTopics = new Set(hits.map((h) => h.payload.topic));
    // Clause-level patterns that no single phrase catches; of a topic's clauses, the first
    // that matches counts, with the weight its data file gives it.
    const scene = { sentence, found, stems, topicWords: hitTopics, hasFigure: false };
    const rules: [TopicId, number][] = [];
    for (const c of evidenceClauses) {
      if (!rules.some(([topic]) => topic === c.topic) && clauseMatches(c, scene)) rules.push([c.topic!, c.weight]);
    }
    // Words of a leading background clause ("In retaliation for the wall, ...") are evidence
    // of their own kind, provided the main clause after it says something strong of its
    // own; else the background is all the claim there is ("In response to the tariffs,
    // Mexico announced retaliatory duties").
    const lead = backgroundGates.map((g) => clauseText(g, sentence)).find((t) => t !== null);
    let background = lead ? toStems(lead, lang).length : 0;
    if (background && !rules.length && !hits.some((h) => h.at >= background && h.payload.weight >= 2)) background = 0;
    // Topics the main clause itself speaks to; with a background set apart, only they can win.
    const foregroundTopics = new Set<TopicId>(rules.map(([topic]) => topic));
    for (const h of hits) {
      const e = evidenceOf(h.payload.topic);
      if (h.at < background) e.background += h.payload.weight;
      else {
        foregroundTopics.add(h.payload.topic);
        if (h.payload.weight >= 2) e.strong += h.payload.weight;
        else e.weak += h.payload.weight;
      }
    }
    for (const [topic, weight] of rules) evidenceOf(topic).rules += weight;
    const off = offTopic.find(stems).length;

    // Fact evidence: rarity-weighted overlap between the sentence and each fact.
    // Words from a fact's own keywords count fully; other words its claims use count a
    // little, since common words ("campaign", "governor") land in some fact by chance.
    const unique = [...new Set(stems)];
    // Like its topic words, a word only the background clause uses counts half.
    const foreground = background ? new Set(stems.slice(background)) : null;
    const factScore = new Map<FactEntry, number>();
    for (const s of unique) {
      const list = factsByStem.get(s);
      if (!list) continue;
      const w = foreground && !foreground.has(s) ? idf(s) / 2 : idf(s);
      for (const e of list) {
        const key = e.keyStems.has(s);
        if (key) evidenceOf(e.fact.topic).keyword = true;
        if (key && foreground?.has(s)) foregroundTopics.add(e.fact.topic);
        factScore.set(e, (factScore.get(e) ?? 0) + (key ? w : 0.3 * w));
      }
    }
    for (const [e, score] of factScore) {
      const ev = evidenceOf(e.fact.topic);
      ev.fact = Math.max(ev.fact, score);
    }

    // A number the sentence states that fits a topic's figures (70% of traced guns, $1.4
    // billion a day) is strong evidence for that topic over its neighbours.
    const quantities = readQuantities(sentence, lang);
    const years = quantities.length ? (sentence.match(YEAR) ?? []) : [];
    for (const q of quantities) {
      // Ranks and shares said in words decide verdicts, not topics.
      if (q.unit === null || q.unit === 'rank' || q.vague) continue;
      for (const e of withFigures.get(q.unit) ?? []) {
        const ev = evidenceOf(e.fact.topic);
        if (ev.figure >= 1.5) continue;
        const check = checkFigure(q, e.fact.figures!, years);
        if (!check || check.status === 'contradicted') continue;
        // A figure the record holds almost exactly (70% of traced guns) is stronger evidence
        // than one merely within tolerance of some figure of the topic.
        const exact = Math.abs(check.recordValue - q.value) <= Math.abs(check.recordValue) * 0.02;
        ev.figure = Math.max(ev.figure, exact ? 1.5 : 1);
      }
    }

    // Another country named without Mexico: remittances to the Philippines, the U.S.–Canada border.
    if (found.other && !found.mx && !(found.bi && specificBilateral(stems, anchorHits))) return null;
    // A topic's veto clause (a family biography is not the diaspora's story) rules it out.
    const saidTopics = new Set([...evidence].filter(([, e]) => e.strong + e.weak + e.background + e.rules > 0).map(([topic]) => topic));
    const vetoed = new Set(vetoClauses.filter((c) => clauseMatches(c, { ...scene, topicWords: saidTopics, hasFigure: quantities.length > 0 })).map((c) => c.topic));
    const bilateral = (found.mx && found.us) || found.bi;
    const context: SentenceEvidence = { lang, bilateral, mexicoOnly: found.mx && !bilateral, usOnly: found.us && !found.mx && !found.bi, otherCountry: found.other };
    // A topic must be plain before it is weighed: a strong term or clause of its own, or,
    // where both countries are named, a curated keyword of one of its facts. Supporting
    // words alone ("cdmx", "gringos", "agua") and a fact's vocabulary met by chance are not a
    // claim. In English the U.S. alone ("gun crime in Ohio") is seldom the relationship, so
    // there the topic must be said in its own strong words.
    // Off-topic words (a match report's sport) leave only their own topic, and that one only
    // when named in its strong words (the tournament, its hosting).
    const usOnlyEn = context.usOnly && langs[lang].usAloneIsDomestic;
    const plain = (topic: TopicId, e: TopicEvidence) => {
      if (off > 0) return ownsOffTopic.has(topic) && e.strong > 0;
      if (usOnlyEn) return e.rules > 0 || (e.strong > 0 && e.strong + e.weak >= 3);
      return e.strong + e.rules > 0 || (bilateral && e.keyword) || (found.mx && e.weak >= MANY_SUPPORTING_WORDS);
    };
    const candidates = TOPIC_IDS.filter((topic) => evidence.has(topic) && plain(topic, evidence.get(topic)!) && !vetoed.has(topic) && !(background && !foregroundTopics.has(topic)));
    let bestTopic: TopicId | null = null;
    let score = 0;
    const strengths = candidates.map((topic) => strength(evidence.get(topic)!));
    const scored: { topic: TopicId; x: number[]; p: number }[] = [];
    for (const [i, topic] of candidates.entries()) {
      const rival = Math.max(0, ...strengths.filter((_, j) => j !== i));
      const x = featuresOf(evidence.get(topic)!, context, rival);
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

    const checkworthy = notCheckworthy(sentence, words[lang], quantities.length > 0) === null;
    const ranked = entries
      .filter((e) => e.fact.topic === bestTopic)
      .map((e) => ({ fact: e.fact, score: factScore.get(e) ?? 0 }))
      .sort((a, b) => b.score - a.score);
    const verdict = verdicts.decide({ sentence, lang, stems, topic: bestTopic, ranked, quantities, others: othersOf(stems), checkworthy });
    if (!verdict) return null;
    const level = score >= thresholds.show ? 'show' : 'suggest';
    return { text: sentence, start: 0, end: sentence.length, lang, topic: bestTopic, score: round(score), level, checkworthy, ...verdict };
  }

  /** A bilateral anchor that only the U.S.–Mexico relationship has (NAFTA, the 1944 treaty), not one any two countries share. */
  function specificBilateral(stems: string[], anchorHits: { payload: Anchor; at: number }[]): boolean {
    const generic = new Set(genericBi.find(stems).map((h) => h.at));
    return anchorHits.some((h) => h.payload === 'bi' && !generic.has(h.at));
  }

  function analyze(text: string, options: AnalyzeOptions = {}): ClaimFinding[] {
    if (typeof text !== 'string' || !text.trim()) return [];
    const out: ClaimFinding[] = [];
    for (let offset = 0; offset < text.length; offset += MAX_BLOCK) {
      const block = text.slice(offset, offset + MAX_BLOCK);
      if (!prefilter.test(block)) continue;
      const lang = options.lang ?? guessLanguage(block);
      for (const seg of segmentSentences(block, lang)) {
        const found = classify(seg.text, lang);
        if (!found) continue;
        if (found.level === 'suggest' && !options.includeSuggestions) continue;
        if (!found.checkworthy && !options.includeUncheckworthy) continue;
        if (options.mutedFactIds?.has(found.factId)) continue;
        out.push({ ...found, start: offset + seg.start, end: offset + seg.end });
      }
    }
    return out;
  }

  const checkFigures = (sentence: string, lang: Lang, factIds: ReadonlySet<string>) => verdicts.checkNumbers(sentence, lang, readQuantities(sentence, lang), factIds);
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
