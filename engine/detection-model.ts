/**
 * How sure the engine is that a sentence makes a claim on a topic: one logistic model over
 * the evidence the engine gathers for each candidate topic. Its weights are not set by hand;
 * scripts/fit-detection.ts fits them on the training split of tests/corpus and writes
 * engine/detection-model.json. Re-fit when the corpus, the vocabulary or the facts change.
 */
import MODEL from './detection-model.json';
import { LANGS } from './knowledge/lang';

/** What the engine found for one candidate topic of a sentence. */
export interface TopicEvidence {
  /** Weights of the topic's strong phrases in the main clause (2 a word, 3 a phrase). */
  strong: number;
  /** Weights of its supporting words in the main clause. */
  weak: number;
  /** Weights of its words inside a leading background clause ("In response to ..., "). */
  background: number;
  /** Weights of the clause patterns that fired for it. */
  rules: number;
  /** Rarity-weighted overlap with the topic's best fact (keywords fully, other words a little). */
  fact: number;
  /** Whether a curated keyword of one of its facts is in the sentence. */
  keyword: boolean;
  /** How closely a number in the sentence fits the topic's figures (0, 1 near, 1.5 exact). */
  figure: number;
  /** Whether a series' cue binds a number of the sentence to one of the topic's series (the verdict step's `measuredTopics`). */
  measured: boolean;
}

/** What the engine found for the sentence as a whole. */
export interface SentenceEvidence {
  lang: string;
  /** Both countries named, or something only the two share (the border, NAFTA). */
  bilateral: boolean;
  /** Mexico named, the U.S. not. */
  mexicoOnly: boolean;
  /** The U.S. named, Mexico not. */
  usOnly: boolean;
  /** Whether the sentence's language is one where the U.S. alone is home (its pack says so): "gun crime in Ohio" is domestic news in English, news from abroad in Spanish. */
  usAloneIsDomestic: boolean;
  /** A third country named. */
  otherCountry: boolean;
}

/**
 * Feature names, in the order of the weights: the fit script and the engine share them. Each
 * registered language but the first has an intercept of its own (`lang:<id>`), so a language
 * pack added later gets one from the next fit; no language is named here.
 */
export const FEATURES: readonly string[] = [
  'bias',
  'strong',
  'weak',
  'background',
  'rules',
  'fact',
  'keyword',
  'figure',
  'margin',
  'bilateral',
  'mexicoOnly',
  'usAloneDomestic',
  'usAloneAbroad',
  'otherCountry',
  ...LANGS.slice(1).map((lang) => `lang:${lang}`),
  'factKeyword',
  'offTopic',
];

/** The `figure` of a number the record holds almost exactly. */
export const EXACT_FIGURE = 1.5;

export interface DetectionModel {
  /** One weight per feature, in FEATURES order. */
  weights: number[];
}

export const DETECTION_MODEL: DetectionModel = { weights: MODEL.weights };

/** A topic's own evidence, the part that competes with the other candidates. */
export function strength(e: TopicEvidence): number {
  return e.strong + e.weak + e.rules + e.background / 2 + Math.min(2, e.fact / 2) + e.figure;
}

/**
 * The feature vector of one candidate; `rival` is the strength of the best other candidate,
 * `offTopic` the off-topic words (sport, food, weather) the sentence holds, unless the topic owns them.
 */
export function featuresOf(e: TopicEvidence, s: SentenceEvidence, rival: number, offTopic: number): number[] {
  const x = [
    1,
    e.strong,
    e.weak,
    e.background,
    e.rules,
    Math.log1p(e.fact),
    e.keyword ? 1 : 0,
    // A number bound to one of the topic's series is as good a figure as one it holds exactly, right or wrong; it
    // makes the topic a candidate (engine/core.ts) but adds nothing to its margin over the others, which its words keep.
    e.measured ? EXACT_FIGURE : e.figure,
    strength(e) - rival,
    s.bilateral ? 1 : 0,
    s.mexicoOnly ? 1 : 0,
    s.usOnly && s.usAloneIsDomestic ? 1 : 0,
    s.usOnly && !s.usAloneIsDomestic ? 1 : 0,
    s.otherCountry ? 1 : 0,
    ...LANGS.slice(1).map((lang) => (s.lang === lang ? 1 : 0)),
    e.keyword ? Math.log1p(e.fact) : 0,
    offTopic,
  ];
  return x;
}

export function probability(model: DetectionModel, x: readonly number[]): number {
  let z = 0;
  for (let i = 0; i < x.length; i++) z += (model.weights[i] ?? 0) * x[i]!;
  return 1 / (1 + Math.exp(-z));
}
