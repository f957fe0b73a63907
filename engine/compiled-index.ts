/**
 * The engine's indexes as plain data (JSON-serialisable: arrays, strings, numbers, booleans),
 * compiled where time is cheap so a tab does no stemming or number reading of its own for the
 * bundled knowledge and facts: the vocabulary's phrase indexes, each fact's stems (the fact
 * index) and its typical claims and series cues (the verdict step, engine/compiled-verdicts.ts).
 * The background compiles them once and sends them with the facts; the tab rebuilds the
 * lookups from them in a few milliseconds and compiles only the facts the data lacks (the
 * reader's own). Compiling and rebuilding keep every order, so an engine built from compiled
 * data scores exactly as one built from the sources.
 */
import type { Knowledge } from './knowledge';
import type { LangWords, TopicFile } from './knowledge/schema';
import { LANGS } from './knowledge/lang';
import type { Fact, Lang } from './schema';
import { TOPIC_IDS, type TopicId } from './topics';
import { addPhrasesOnce, PhraseIndex, toStems, type PhraseList } from './vocabulary';
import { anchorReaders, type AnchorReaders } from './anchor-readers';
import { verdictCompiler, type CompiledClaim, type CompiledCue } from './compiled-verdicts';
import { readQuantities } from './numbers';
import type { VerdictWords } from './verdict-words';

export type Anchor = 'mx' | 'us' | 'bi' | 'other';
export type LexiconPayload = { topic: TopicId; weight: number };

/** The knowledge's word lists, stemmed: what depends only on the knowledge, never on the facts. */
export interface CompiledVocabulary {
  anchors: PhraseList<Anchor>;
  genericBilateral: PhraseList<true>;
  /** Anchors a language's own speakers use: read only in a sentence in that language. */
  anchorsIn: Record<Lang, PhraseList<Anchor>>;
  /** Off-topic words: a `gate` (a passing mention) or words to `weigh` (ambiguous). */
  offTopic: PhraseList<'gate' | 'weigh'>;
  /** Each topic's vocabulary, one phrase index for all topics. */
  lexicon: PhraseList<LexiconPayload>;
  /** Each topic's vocabulary as single stems, joined by spaces (the verdict step sets them aside). */
  topicStems: Record<TopicId, string>;
  /** The countries' names as single stems, joined by spaces: they anchor a sentence, they do not match a fact. */
  anchorStems: string;
}

/** One fact as the fact index (engine/fact-index.ts) and the verdict step (engine/verdict.ts) read it. */
export interface CompiledFact {
  id: string;
  /** Every stem of its statement, keywords and claims, less the anchors, in first-seen order, joined by spaces. */
  stems: string;
  /** Stems of its curated keywords, less the anchors, joined by spaces. */
  keyStems: string;
  /** Its typical claims, in order, as the verdict step compares them. */
  claims: CompiledClaim[];
  /** Each of its series' cue phrases, in order (empty for a series without figures). */
  cues: CompiledCue[][];
}

/** The stems of a string of the compiled data. */
export const stemsOf = (joined: string): string[] => (joined ? joined.split(' ') : []);

export interface CompiledIndex {
  vocabulary: CompiledVocabulary;
  /** Facts compiled ahead; any fact the engine receives beyond these is indexed when it is built. */
  facts: CompiledFact[];
}

/** Word lists the compiled vocabulary holds stemmed: the engine never reads them raw. */
type CompiledWords = 'anchors' | 'anchorsInLanguage' | 'genericBilateral' | 'offTopic' | 'offTopicAmbiguous';

/** The knowledge an engine built from a compiled index reads: everything but what the index holds compiled. */
export interface RuntimeKnowledge {
  langs: Record<Lang, Omit<LangWords, CompiledWords>>;
  topics: Record<TopicId, Omit<TopicFile, 'vocabulary'>>;
  gates: Knowledge['gates'];
}

/** The knowledge less the word lists the index holds compiled, so a message does not carry both. */
export function runtimeKnowledge(knowledge: Knowledge): RuntimeKnowledge {
  const langs = {} as RuntimeKnowledge['langs'];
  for (const lang of LANGS) {
    const { anchors: _a, anchorsInLanguage: _i, genericBilateral: _g, offTopic: _o, offTopicAmbiguous: _oa, ...rest } = knowledge.langs[lang];
    langs[lang] = rest;
  }
  const topics = {} as RuntimeKnowledge['topics'];
  for (const topic of TOPIC_IDS) {
    const { vocabulary: _v, ...rest } = knowledge.topics[topic];
    topics[topic] = rest;
  }
  return { langs, topics, gates: knowledge.gates };
}

export function compileIndex(knowledge: Knowledge, facts: readonly Fact[]): CompiledIndex {
  const vocabulary = compileVocabulary(knowledge);
  const compile = factCompiler(vocabulary, verdictWords(knowledge.langs));
  return { vocabulary, facts: facts.map(compile) };
}

/** Each language's verdict words. */
export function verdictWords(langs: Record<Lang, { verdict: VerdictWords }>): Record<Lang, VerdictWords> {
  return Object.fromEntries(LANGS.map((lang) => [lang, langs[lang].verdict])) as Record<Lang, VerdictWords>;
}

/** What compiling a fact reads beside the fact: the countries' names and the verdict words. */
export interface FactCompileDeps {
  anchorStems: ReadonlySet<string>;
  readers: AnchorReaders;
  words: Record<Lang, VerdictWords>;
}

/** Compiles facts with a compiled vocabulary: in the background for the bundled facts, in the tab for the reader's own. */
export function factCompiler(vocabulary: CompiledVocabulary, words: Record<Lang, VerdictWords>): (fact: Fact) => CompiledFact {
  return compilerWith({ anchorStems: new Set(stemsOf(vocabulary.anchorStems)), readers: anchorReaders(PhraseIndex.from(vocabulary.anchors)), words });
}

export function compilerWith({ anchorStems, readers, words }: FactCompileDeps): (fact: Fact) => CompiledFact {
  const forVerdicts = verdictCompiler({ anchorStems, othersOf: readers.othersOf, orderOf: readers.orderOf, quantitiesOf: readQuantities, words });
  return (fact) => ({ ...compileFactStems(fact, anchorStems), ...forVerdicts(fact) });
}

export function compileVocabulary(knowledge: Knowledge): CompiledVocabulary {
  const { langs } = knowledge;
  const anchors = new PhraseIndex<Anchor>();
  for (const kind of ['mx', 'us', 'bi', 'other'] as const)
    addPhrasesOnce(
      anchors,
      LANGS.map((lang) => [lang, langs[lang].anchors[kind]]),
      kind,
    );
  const phrasesOf = <T>(lists: [Lang, readonly string[]][], payload: T) => {
    const index = new PhraseIndex<T>();
    addPhrasesOnce(index, lists, payload);
    return index.phrases();
  };
  const anchorsIn = {} as Record<Lang, PhraseList<Anchor>>;
  for (const lang of LANGS) {
    const index = new PhraseIndex<Anchor>();
    for (const kind of ['mx', 'us', 'bi'] as const) addPhrasesOnce(index, [[lang, langs[lang].anchorsInLanguage[kind]]], kind);
    anchorsIn[lang] = index.phrases();
  }
  const { lexicon, topicStems } = compileLexicon(knowledge.topics);
  return {
    anchors: anchors.phrases(),
    genericBilateral: phrasesOf(
      LANGS.map((lang) => [lang, langs[lang].genericBilateral]),
      true,
    ),
    anchorsIn,
    offTopic: offTopicPhrases(knowledge),
    lexicon,
    topicStems,
    anchorStems: anchors
      .singleStems()
      .filter((st) => !/\d/.test(st))
      .join(' '),
  };
}

/** Both off-topic lists in one index: a word in both is a gate. */
function offTopicPhrases({ langs }: Knowledge): PhraseList<'gate' | 'weigh'> {
  const index = new PhraseIndex<'gate' | 'weigh'>();
  addPhrasesOnce(
    index,
    LANGS.map((lang) => [lang, langs[lang].offTopic]),
    'gate',
  );
  addPhrasesOnce(
    index,
    LANGS.map((lang) => [lang, langs[lang].offTopicAmbiguous]),
    'weigh',
  );
  return index.phrases();
}

function compileLexicon(topics: Knowledge['topics']): Pick<CompiledVocabulary, 'lexicon' | 'topicStems'> {
  const lexicon = new PhraseIndex<LexiconPayload>();
  const topicStems = {} as Record<TopicId, string>;
  for (const topic of TOPIC_IDS) {
    const vocabulary = topics[topic].vocabulary;
    topicStems[topic] = [...new Set(LANGS.flatMap((lang) => [...vocabulary[lang].strong, ...vocabulary[lang].weak].flatMap((w) => toStems(w, lang))))].join(' ');
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
    addPhrasesOnce(
      lexicon,
      LANGS.map((lang) => [lang, vocabulary[lang].weak]),
      { topic, weight: 1 },
      seen,
    );
  }
  return { lexicon: lexicon.phrases(), topicStems };
}

function compileFactStems(fact: Fact, anchorStems: ReadonlySet<string>): Pick<CompiledFact, 'id' | 'stems' | 'keyStems'> {
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
  return { id: fact.id, stems: [...stems].join(' '), keyStems: [...keyStems].join(' ') };
}

/** Facts compiled per step in the tab (the reader's own): each is stemmed and its claims' numbers read. */
const COMPILE_PER_STEP = 2;

/**
 * Each fact's compiled form, in the facts' order: the index's where it holds the fact (by id:
 * the background compiles exactly the bundled facts it sends), else compiled here, a few per
 * step (see createEngineInSteps).
 */
export function* compiledFacts(facts: readonly Fact[], ready: readonly CompiledFact[], compile: (fact: Fact) => CompiledFact): Generator<void, CompiledFact[], void> {
  const byId = new Map(ready.map((c) => [c.id, c]));
  const out: CompiledFact[] = [];
  let compiledHere = 0;
  for (const fact of facts) {
    let c = byId.get(fact.id);
    if (!c) {
      c = compile(fact);
      if (++compiledHere % COMPILE_PER_STEP === 0) yield;
    }
    out.push(c);
  }
  return out;
}
