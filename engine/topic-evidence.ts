/**
 * Gathers what a sentence says for each topic: its words (strong, weak, or inside a leading
 * background clause), its clauses, the facts its words point to, and the figures it states
 * that one of a topic's facts holds. Weighing that evidence is the detection model's job.
 */
import { clauseMatches, clauseText, type ClauseScene, type Compiled } from './clauses';
import { EXACT_FIGURE, type TopicEvidence } from './detection-model';
import type { FactEntry, FactIndex } from './fact-index';
import { checkFigure } from './figures';
import type { LexiconPayload } from './compiled-index';
import type { Quantity } from './numbers';
import type { Lang } from './schema';
import type { TopicId } from './topics';
import { type PhraseIndex, toStems } from './vocabulary';

const YEAR = /\b(?:19[5-9]\d|20[0-4]\d)\b/g;

export type TopicLexicon = PhraseIndex<LexiconPayload>;

export interface GatheredEvidence {
  evidence: Map<TopicId, TopicEvidence>;
  /** Topics the main clause itself speaks to; with a background set apart, only they can win. */
  foregroundTopics: Set<TopicId>;
  /** Stems the leading background clause takes, 0 when none is set apart. */
  background: number;
  /** Whether a clause that sets the scene, leading or trailing, is set apart: then only the main clause's topics can win. */
  sceneApart: boolean;
  /** Each fact the sentence's words touch, with its rarity-weighted overlap. */
  factScores: Map<FactEntry, number>;
}

/**
 * What a sentence says for each topic, from its stems after spelling repair, the countries it
 * names and the numbers it states.
 */
export type EvidenceGatherer = (
  sentence: string,
  lang: Lang,
  stems: readonly string[],
  found: ClauseScene['found'],
  quantities: readonly Quantity[],
  /** The topic of the series each number is bound to by its cue (the verdict step's `measuredTopics`). */
  measured: readonly TopicId[],
) => GatheredEvidence;

export const evidenceGatherer =
  (lexicon: TopicLexicon, evidenceClauses: readonly Compiled[], backgroundGates: readonly Compiled[], facts: FactIndex): EvidenceGatherer =>
  (sentence, lang, stems, found, quantities, measured) => {
    const evidence = new Map<TopicId, TopicEvidence>();
    const evidenceOf = (topic: TopicId): TopicEvidence => {
      let e = evidence.get(topic);
      if (!e) evidence.set(topic, (e = { strong: 0, weak: 0, background: 0, rules: 0, fact: 0, keyword: false, figure: 0, measured: false }));
      return e;
    };
    // Of a topic's phrases that start at one word, the longest is the one said: "economía
    // mexicana" is weighed as a phrase, not as the strong word "economía" it starts with.
    const seen = new Set<string>();
    const hits = longestFirst(lexicon.find(stems)).filter((h) => {
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
    const scenes = backgroundGates.map((g) => clauseText(g, sentence)).filter((t) => t !== null);
    const lead = scenes.find((t) => sentence.startsWith(t));
    let background = lead ? toStems(lead, lang).length : 0;
    if (background && !rules.length && !hits.some((h) => h.at >= background && h.payload.weight >= 2)) background = 0;
    // A trailing clause of time after a comma (", after Trump signed the orders") sets the scene too, and unlike a leading
    // one even where the main clause says nothing strong: what the sentence reports is its main clause, so the trailing
    // clause's words are no evidence of any topic. A topic's clause pattern that fires keeps the whole sentence read.
    const tail = rules.length ? undefined : scenes.find((t) => t !== lead && sentence.endsWith(t));
    const trailing = tail ? toStems(sentence.slice(0, sentence.length - tail.length), lang).length : stems.length;
    const foregroundTopics = new Set<TopicId>(rules.map(([topic]) => topic));
    for (const h of hits) {
      if (h.at >= trailing) continue;
      const e = evidenceOf(h.payload.topic);
      if (h.at < background) e.background += h.payload.weight;
      else {
        foregroundTopics.add(h.payload.topic);
        if (h.payload.weight >= 2) e.strong += h.payload.weight;
        else e.weak += h.payload.weight;
      }
    }
    for (const [topic, weight] of rules) evidenceOf(topic).rules += weight;

    const sceneApart = background > 0 || trailing < stems.length;
    const factScores = facts.score(stems, sceneApart ? new Set(stems.slice(background, trailing)) : null, (topic, inForeground) => {
      evidenceOf(topic).keyword = true;
      if (inForeground) foregroundTopics.add(topic);
    });
    for (const [e, score] of factScores) {
      const ev = evidenceOf(e.fact.topic);
      ev.fact = Math.max(ev.fact, score);
    }

    // A number the sentence states that fits a topic's figures (70% of traced guns, $1.4
    // billion a day) is strong evidence for that topic over its neighbours.
    const years = quantities.length ? (sentence.match(YEAR) ?? []) : [];
    for (const q of quantities) {
      // Ranks and shares said in words decide verdicts, not topics.
      if (q.unit === null || q.unit === 'rank' || q.vague) continue;
      for (const e of facts.withFigures.get(q.unit) ?? []) {
        const ev = evidenceOf(e.fact.topic);
        if (ev.figure >= EXACT_FIGURE) continue;
        const check = checkFigure(q, e.fact.figures!, years);
        if (!check || check.status === 'contradicted') continue;
        // A figure the record holds almost exactly (70% of traced guns) is stronger evidence
        // than one merely within tolerance of some figure of the topic.
        const exact = Math.abs(check.recordValue - q.value) <= Math.abs(check.recordValue) * 0.02;
        ev.figure = Math.max(ev.figure, exact ? EXACT_FIGURE : 1);
      }
    }
    // A number a series' cue binds ("México alberga a 1.6 millones de estadounidenses") is of that series' measure,
    // whichever topic's words are said around it, and whether or not the record bears it out: the topic is said.
    for (const topic of measured) evidenceOf(topic).measured = true;
    return { evidence, foregroundTopics, background, sceneApart, factScores };
  };

/** Phrase hits in word order, the longest first of those that start at the same word. */
export const longestFirst = <T extends { at: number; length: number }>(hits: T[]): T[] => [...hits].sort((a, b) => a.at - b.at || b.length - a.length);
