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
import { guessLanguage } from './language';
import type { Knowledge } from './knowledge';
import { readQuantities } from './numbers';
import type { Fact, Lang } from './schema';
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

const FIRST_PERSON_EN = /\b(?:we|our|us)\b/i;
const RELOCATION_VERB = /\b(?:mov(?:e|es|ed|ing)|relocat\w*|shift(?:s|ed|ing)?|ship(?:s|ped|ping)?|outsourc\w*|offshor\w*|se (?:van|llevan|mudan|mudaron|fueron)|traslad\w*|mud(?:a|an|o|aron)|llev(?:a|an|o|aron)\w*)\b/i;
const RELOCATED_THING = /\b(?:jobs|plants?|factor(?:y|ies)|production|division|operations|manufacturing|assembly|empleos|plantas?|f[aá]bricas?|producci[oó]n|operaciones|manufactura|ensamblado(?:ra)?)\b/i;
/**
 * Firearms as what moves ("guns going to the cartels", "armas que cruzan hacia México"): the
 * destination may be a cartel, but the claim is about the guns' route.
 */
const GUNS_MOVING = /\b(?:guns|weapons|firearms|rifles|handguns|ammunition)\s+(?:(?:that|which)\s+(?:are|were)\s+|being\s+)?(?:go(?:es|ing)?|went|flow(?:s|ed|ing)?|pour(?:s|ed|ing)?|smuggled|trafficked|funnel(?:l?ed|l?ing)?|shipped|sent|sold|headed|heading|moving|crossing|stream(?:s|ed|ing)?)\s+(?:to|into|south|across|toward|towards|over)\b(?!\s+(?:war|waste|work|school)\b)|\b(?:exports?|sales?|shipments?|smuggling|trafficking|flows?|flood|river|stream)\s+of\s+(?:[\w-]+\s+)?(?:guns|weapons|firearms|rifles|handguns|ammunition)\s+(?:to|into|south|across)\b|\b(?:armas|fusiles|municiones)\s+(?:que\s+)?(?:se\s+)?(?:van|iban|llegan|llegaron|fluyen|cruzan|cruzaron|entran|entraron|pasan|mandan|env[ií]an|trafican|contrabandean|traficadas|contrabandeadas|enviadas)\s+(?:a|al|hacia|para|por)\b/i;
/**
 * A leading clause of reaction or time ("In retaliation for the wall, ...", "Tras la
 * reforma, ...") sets the scene; the main clause after the comma carries the claim. English
 * "since" is left out: it also gives a reason, and a reason can be the claim.
 */
const LEADING_BACKGROUND = /^\W*(?:in (?:retaliation|response|reaction|reply|answer) (?:for|to)|as (?:retaliation|a response) (?:for|to)|en (?:represalia|respuesta|reacci[oó]n) (?:por|a)|after|following|desde|tras|despu[eé]s de|luego de)\b[^,;:.!?]{3,140},/i;
/**
 * "Mexico took/is stealing our jobs", "Mexico just took Acme Corporation": the relocation
 * narrative told with Mexico as the taker. The subject must be the country ("Mexicans are
 * taking our jobs" is a migration story), the object jobs, plants or a named company.
 */
const MEXICO_TAKES = /\b(?:Mexico|M[eé]xico)\s+(?:(?:just|has|have|is|already|now|also|will|keeps?|literally)\s+){0,2}(?:took|takes|taking|taken|take|stole|steals|stealing|stolen|steal|grabbed|grabs|grabbing|lured|lures|luring|poached|poaches|poaching|snatched|(?:nos|les|se)\s+(?:quit[oóa]\w*|rob[oóa]\w*|llev[oóa]\w*))\s+(?:away\s+)?(.{0,80})/;
const TAKEN_THING = /^(?:(?:our|the|their|your|its|all|many|more|thousands of|millions of|another)\s+)*(?:(?:[\w-]+\s+){0,2}(?:jobs|plants?|factor(?:y|ies)|compan(?:y|ies)|manufacturing|industry|industries|production)|(?:[A-Z][\w&'.-]*\s+){1,3}(?:Corporation|Corp\b|Company|Co\.|Inc\b|Motors|Industries|Manufacturing)|[A-Z][\w&'-]*,\s+(?:a\s+|the\s+)?maker of)|^(?:(?:los|las|nuestros|nuestras|sus|la|el|a)\s+)*(?:\w+\s+){0,2}(?:empleos|trabajos|plantas?|f[aá]bricas?|empresas?|compa[nñ][ií]as?|industrias?|producci[oó]n)\b/;
/**
 * Personal family history ("my father was born in Mexico", "mi abuela nació en Jalisco"):
 * a biography, not a claim about where the two countries' peoples live.
 */
const FAMILY_BORN = /\b(?:(?:my|our)\s+(?:(?:great-?)?grand)?(?:dad|father|mother|mom|mum|parents?|grandparents?|grandpa|grandma|husband|wife|son|daughter|kids|children|brother|sister|uncle|aunt|cousin|family|folks)\s+(?:was|were|is|are)\s+born|I\s+was\s+born|mis?\s+(?:pap[aá]s?|padres?|madre|mam[aá]|abuel[oa]s?|bisabuel[oa]s?|espos[oa]|hij[oa]s?|herman[oa]s?|t[ií][oa]s?|prim[oa]s?|familia)\s+(?:naci[oó]|nacieron)|(?:yo\s+)?nac[ií]\s+en)\b/i;
const MANY_PEOPLE = /\b(?:millions|millones|thousands|miles)\b/i;
/**
 * The "Remain in Mexico" policy in plain words: migrants made to stay or wait in Mexico
 * ("asylum seekers will have to wait in Mexico", "los migrantes esperarán en México").
 */
const REMAIN_IN_MEXICO = /\b(?:they|them|migrants|asylum[- ]seekers|applicants|refugees|families)\b[^.;:!?]{0,40}?\b(?:stay|remain|wait)(?:s|ing)?\s+in\s+Mexico\b|\b(?:migrantes|solicitantes|refugiados|familias)\b[^.;:!?]{0,40}?\b(?:esperar\w*|esperan|quedar\w*|quedan|permanecer\w*|permanecen)\s+en\s+M[eé]xico\b/i;
/**
 * Goods flowing between named countries ("imports of grain from the United States",
 * "exportaciones a México"): a trade flow even when no trade word sits beside the country.
 */
const TRADE_FLOW = /\b(?:imports?|exports?)\b(?:\s+of\b[^.;:!?]{0,60}?)?\s+(?:from|to|into)\s+(?:the\s+)?(?:United States|U\.\s?S\.|US\b|USA\b|America\b|Mexico\b)|\b(?:importaciones|exportaciones)\b(?:\s+de\b[^.;:!?]{0,60}?)?\s+(?:desde|de|a|hacia|al)\s+(?:los\s+)?(?:Estados Unidos|EE\.?\s?UU\.?|EU\b|USA\b|M[eé]xico\b)/i;
/**
 * A share of a people holding a view ("39 percent of Americans think...", "dos de cada tres
 * mexicanos ven..."): a poll result, whatever the view is about.
 */
const POLL_SHARE = /(?:\b\d[\d.,]*\s*(?:%|percent\b|per cent\b|por ciento\b)|\b(?:half|a third|a quarter|a majority|most|majorities|la mayor[ií]a|la mitad|la minor[ií]a|una minor[ií]a)\b|\b(?:one|two|three|four|five|six|seven|eight|nine|\d+)\s+(?:in|out of)\s+(?:three|four|five|ten|\d+)|\b(?:uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|\d+)\s+de\s+cada\s+(?:tres|cuatro|cinco|diez|\d+))\s+(?:of\s+(?:the\s+|all\s+)?|de\s+(?:los\s+|las\s+)?)?(?:Americans|Mexicans|U\.S\. adults|adults|voters|respondents|estadounidenses|mexicanos|mexicanas|norteamericanos|gringos|encuestados|votantes)\s+(?:(?:now|still|actually|also|already|ahora|todav[ií]a|sigue|siguen|a[uú]n|tambi[eé]n)\s+)?(?:think|believe|say|said|see|saw|view|viewed|feel|trust|distrust|like|dislike|want|support|oppose|favor|agree|expressed|rate|consider|piensa|piensan|cree|creen|opina|opinan|dice|dicen|ve|ven|viendo|conf[ií]a|conf[ií]an|desconf[ií]a|desconf[ií]an|apoya|apoyan|quiere|quieren|considera|consideran|aprueba|aprueban|rechaza|rechazan|tiene una opini[oó]n|tienen una opini[oó]n)\b/i;
/** The peoples POLL_SHARE names, as stems: a cheap test before the pattern runs. */
const POLL_PEOPLE = ['americans', 'mexicans', 'adults', 'voters', 'respondents', 'estadounidenses', 'mexicanos', 'mexicanas', 'norteamericanos', 'gringos', 'encuestados', 'votantes'];
/**
 * Someone asking for information ("Does anyone know what time the crossing opens?",
 * "¿Alguien sabe a qué hora abre la garita?"): a question to the reader, not a claim.
 * Rhetorical questions ("Why does Mexico send us its drugs?") do not start this way.
 */
const ASKING = /^\W*(?:(?:does|do|can|could|would)\s+)?(?:anyone|anybody|someone|somebody)\s+(?:know|knows|tell|recommend|have)\b|^\W*(?:what time|where can i|how do i|how can i|how long (?:is|does) the (?:wait|line))\b|^\W*(?:alguien\s+(?:sabe|conoce|tiene|recomienda|me\s+puede)|a\s+qu[eé]\s+hora|d[oó]nde\s+(?:puedo|queda)|c[oó]mo\s+(?:llego|puedo|le\s+hago)|cu[aá]nto\s+(?:se\s+)?tarda)\b/i;
/** Supporting words that together make a topic plain where Mexico is named ("security cooperation ... military"). */
const MANY_SUPPORTING_WORDS = 3;
const WALL = /\b(?:wall|muros?)\b/i;
const BORDER = /\b(?:border|frontera)\b/i;
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
export function createEngineFrom(knowledge: Knowledge, facts: readonly Fact[], thresholds: Thresholds = DEFAULT_THRESHOLDS, verdictParams: VerdictParams = VERDICT_PARAMS, detectionModel: DetectionModel = DETECTION_MODEL): Engine {
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

function* buildEngine(knowledge: Knowledge, facts: readonly Fact[], thresholds: Thresholds, verdictParams: VerdictParams = VERDICT_PARAMS, detectionModel: DetectionModel = DETECTION_MODEL): Generator<void, Engine, void> {
  const { anchors: ANCHORS, anchorsEs: ANCHORS_ES, genericBi: GENERIC_BI, offTopic: OFF_TOPIC, topics: TOPIC_LEXICON, words } = knowledge;
  const prefilter = anchorPrefilter(knowledge.prefilter);

  const anchors = new PhraseIndex<Anchor>();
  for (const kind of ['mx', 'us', 'bi', 'other'] as const) {
    for (const w of ANCHORS[kind]) anchors.add(toStems(w, 'es'), kind);
  }
  const genericBi = new PhraseIndex<true>();
  for (const w of GENERIC_BI) genericBi.add(toStems(w, 'es'), true);
  const anchorsEs = new PhraseIndex<Anchor>();
  for (const kind of ['mx', 'us', 'bi'] as const) {
    for (const w of ANCHORS_ES[kind]) anchorsEs.add(toStems(w, 'es'), kind);
  }
  yield;
  const offTopic = new PhraseIndex<true>();
  for (const w of OFF_TOPIC) offTopic.add(toStems(w, 'es'), true);

  const pollPeople = new Set(POLL_PEOPLE.flatMap((w) => toStems(w, 'es')));
  const anchorStems = new Set<string>([...anchors.firstStems()].filter((st) => !/\d/.test(st)));
  yield;

  const lexicon = new PhraseIndex<{ topic: TopicId; weight: number }>();
  const topicStems = new Map<TopicId, Set<string>>();
  for (const [i, topic] of TOPIC_IDS.entries()) {
    const lex = TOPIC_LEXICON[topic];
    topicStems.set(topic, new Set([...lex.strong, ...lex.weak].flatMap((w) => toStems(w, 'es'))));
    // A phrase of two or more words says its topic more precisely than a single word.
    for (const w of lex.strong) {
      const stems = toStems(w, 'es');
      lexicon.add(stems, { topic, weight: stems.length > 1 ? 3 : 2 });
    }
    for (const w of lex.weak) lexicon.add(toStems(w, 'es'), { topic, weight: 1 });
    if (i % 4 === 3) yield;
  }
  yield;

  // Fact index: every stem a fact's claims, keywords and statement use, weighted by rarity.
  const indexFact = (fact: Fact): FactEntry => {
    const stems = new Set<string>();
    const add = (text: string, lang: Lang) => {
      for (const s of toStems(text, lang)) stems.add(s);
    };
    add(fact.statement.en, 'en');
    add(fact.statement.es, 'es');
    const keyStems = new Set<string>();
    for (const k of fact.keywords.en) for (const st of toStems(k, 'en')) keyStems.add(st);
    for (const k of fact.keywords.es) for (const st of toStems(k, 'es')) keyStems.add(st);
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
  const verdicts = createVerdicts(facts, { anchorStems, topicStems, othersOf, orderOf, quantitiesOf: readQuantities, words }, verdictParams);
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
    if (sentence.includes('?') && ASKING.test(sentence)) return null;
    const lang = guessLanguage(sentence, langHint ?? 'en');
    const exact = toStems(sentence, lang);
    if (exact.length < 3) return null;
    const found = { mx: false, us: false, bi: false, other: false };
    for (const h of anchors.find(exact)) found[h.payload] = true;
    if (lang === 'es') for (const h of anchorsEs.find(exact)) found[h.payload] = true;
    // The wall and the border named together are the U.S.–Mexico border ("el muro ... la frontera").
    if (!found.bi && WALL.test(sentence) && BORDER.test(sentence)) found.bi = true;
    if (!found.mx && !found.bi && !found.us) return null;
    // In English, "we trade with Mexico" / "Mexico sends us" is the U.S. speaking.
    if (lang === 'en' && found.mx && !found.us && FIRST_PERSON_EN.test(sentence)) found.us = true;
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
    // Clause-level patterns that no single phrase catches.
    const rules: TopicId[] = [];
    // Jobs or plants moving to Mexico ("moving their small car division, the whole thing,
    // into Mexico"): the verb and the thing moved rarely sit together, so no phrase catches them.
    if (found.mx && RELOCATION_VERB.test(sentence) && RELOCATED_THING.test(sentence)) rules.push('supply-chains');
    else if (found.mx && TAKEN_THING.test(MEXICO_TAKES.exec(sentence)?.[1] ?? '')) rules.push('supply-chains');
    if (found.mx && REMAIN_IN_MEXICO.test(sentence)) rules.push('migration-flows');
    const hits = lexicon.find(stems).filter((h) => {
      const key = `${h.payload.topic}:${h.at}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    // The costlier patterns run only where their key words already matched.
    const hitTopics = new Set(hits.map((h) => h.payload.topic));
    if (hitTopics.has('trade-volume') && TRADE_FLOW.test(sentence)) rules.push('trade-volume');
    if (hitTopics.has('guns-trafficking') && GUNS_MOVING.test(sentence)) rules.push('guns-trafficking');
    if (stems.some((st) => pollPeople.has(st)) && POLL_SHARE.test(sentence)) rules.push('public-opinion');
    // Words of a leading background clause ("In retaliation for the wall, ...") are evidence
    // of their own kind, provided the main clause after it says something strong of its
    // own; else the background is all the claim there is ("In response to the tariffs,
    // Mexico announced retaliatory duties").
    const lead = LEADING_BACKGROUND.exec(sentence);
    let background = lead ? toStems(lead[0], lang).length : 0;
    if (background && !rules.length && !hits.some((h) => h.at >= background && h.payload.weight >= 2)) background = 0;
    // Topics the main clause itself speaks to; with a background set apart, only they can win.
    const foregroundTopics = new Set<TopicId>(rules);
    for (const h of hits) {
      const e = evidenceOf(h.payload.topic);
      if (h.at < background) e.background += h.payload.weight;
      else {
        foregroundTopics.add(h.payload.topic);
        if (h.payload.weight >= 2) e.strong += h.payload.weight;
        else e.weak += h.payload.weight;
      }
    }
    for (const topic of rules) evidenceOf(topic).rules += 1;
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
    // A family biography says where one person was born; with no figure and no "like
    // millions of others", it is not the diaspora's story.
    const biography = evidence.has('diaspora') && quantities.length === 0 && FAMILY_BORN.test(sentence) && !MANY_PEOPLE.test(sentence);
    const bilateral = (found.mx && found.us) || found.bi;
    const context: SentenceEvidence = { lang, bilateral, mexicoOnly: found.mx && !bilateral, usOnly: found.us && !found.mx && !found.bi, otherCountry: found.other };
    // A topic must be plain before it is weighed: a strong term or clause of its own, or,
    // where both countries are named, a curated keyword of one of its facts. Supporting
    // words alone ("cdmx", "gringos", "agua") and a fact's vocabulary met by chance are not a
    // claim. In English the U.S. alone ("gun crime in Ohio") is seldom the relationship, so
    // there the topic must be said in its own strong words.
    // Off-topic words (a match report's sport) leave only their own topic, and that one only
    // when named in its strong words (the tournament, its hosting).
    const usOnlyEn = context.usOnly && lang === 'en';
    const plain = (topic: TopicId, e: TopicEvidence) => {
      if (off > 0) return topic === 'world-cup-2026' && e.strong > 0;
      if (usOnlyEn) return e.rules > 0 || (e.strong > 0 && e.strong + e.weak >= 3);
      return e.strong + e.rules > 0 || (bilateral && e.keyword) || (found.mx && e.weak >= MANY_SUPPORTING_WORDS);
    };
    const candidates = TOPIC_IDS.filter((topic) => evidence.has(topic) && plain(topic, evidence.get(topic)!) && !(biography && topic === 'diaspora') && !(background && !foregroundTopics.has(topic)));
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
