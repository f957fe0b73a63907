/**
 * Scoring a claim detector on a labeled corpus: precision, recall and F1 overall, per
 * language and per topic, plus the confusions. A gold label may be a list of topics
 * (any one is right); `none` means the text makes no claim about the relationship.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Engine } from '../../engine/engine';
import type { AnalyzeOptions, ClaimFinding } from '../../engine/types';

export interface LabeledLine {
  id: string;
  lang: 'en' | 'es';
  topic: string | string[];
  text: string;
}

export type Predict = (text: string, lang: 'en' | 'es') => string; // a topic id or 'none'

export interface Scores {
  n: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Report {
  overall: Scores;
  byLang: Record<string, Scores>;
  byTopic: Record<string, Scores>;
  confusions: { gold: string; predicted: string; count: number; examples: string[] }[];
  /** Every (gold, predicted) pair with its count, right ones included: the confusion matrix. */
  confusionCells: { gold: string; predicted: string; count: number }[];
}

export function readJsonl(path: string): LabeledLine[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as LabeledLine);
}

function golds(line: LabeledLine): string[] {
  return Array.isArray(line.topic) ? line.topic : [line.topic];
}

function finish(c: { n: number; tp: number; fp: number; fn: number }): Scores {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...c, precision, recall, f1 };
}

/**
 * A prediction is a true positive when it names one of the gold topics; a claim predicted
 * under the wrong topic counts as both a false positive and a false negative.
 */
export function evaluate(lines: LabeledLine[], predict: Predict): Report {
  const blank = () => ({ n: 0, tp: 0, fp: 0, fn: 0 });
  const overall = blank();
  const byLang: Record<string, ReturnType<typeof blank>> = {};
  const byTopic: Record<string, ReturnType<typeof blank>> = {};
  const confusions = new Map<string, { gold: string; predicted: string; count: number; examples: string[] }>();
  const cells = new Map<string, number>();
  for (const line of lines) {
    const gold = golds(line);
    const isClaim = !gold.includes('none');
    const predicted = predict(line.text, line.lang);
    const buckets = [overall, (byLang[line.lang] ??= blank())];
    const goldTopic = isClaim ? gold[0]! : 'none';
    for (const b of buckets) b.n++;
    const correct = isClaim ? gold.includes(predicted) : predicted === 'none';
    const cellKey = `${correct ? predicted : goldTopic}→${predicted}`;
    cells.set(cellKey, (cells.get(cellKey) ?? 0) + 1);
    if (isClaim && correct) {
      for (const b of buckets) b.tp++;
      (byTopic[predicted] ??= blank()).tp++;
    } else {
      if (predicted !== 'none') {
        for (const b of buckets) b.fp++;
        (byTopic[predicted] ??= blank()).fp++;
      }
      if (isClaim) {
        for (const b of buckets) b.fn++;
        (byTopic[goldTopic] ??= blank()).fn++;
      }
      if (!correct) {
        const key = `${gold.join('|')} → ${predicted}`;
        const c = confusions.get(key) ?? { gold: gold.join('|'), predicted, count: 0, examples: [] };
        c.count++;
        if (c.examples.length < 3) c.examples.push(`${line.id}: ${line.text.slice(0, 140)}`);
        confusions.set(key, c);
      }
    }
    if (isClaim) for (const t of gold.slice(0, 1)) (byTopic[t] ??= blank()).n++;
  }
  return {
    overall: finish(overall),
    byLang: Object.fromEntries(Object.entries(byLang).map(([k, v]) => [k, finish(v)])),
    byTopic: Object.fromEntries(Object.entries(byTopic).map(([k, v]) => [k, finish(v)])),
    confusions: [...confusions.values()].sort((a, b) => b.count - a.count),
    confusionCells: [...cells].map(([key, count]) => {
      const [gold, predicted] = key.split('→') as [string, string];
      return { gold, predicted, count };
    }),
  };
}

export function fmt(s: Scores): string {
  return `P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (n=${s.n}, tp=${s.tp}, fp=${s.fp}, fn=${s.fn})`;
}

/** The finding with the highest score in a text, or null: what a line of a corpus is judged by. */
export function bestFinding(engine: Engine, text: string, options: AnalyzeOptions): ClaimFinding | null {
  const found = engine.analyze(text, options);
  return found.length ? found.reduce((a, b) => (b.score > a.score ? b : a)) : null;
}

/**
 * The engine as a detector: every on-topic sentence counts, check-worthy or not, unless
 * `highlightsOnly` asks for what a page would highlight.
 */
export function detector(engine: Engine, highlightsOnly = false): Predict {
  return (text, lang) => bestFinding(engine, text, { lang, includeUncheckworthy: !highlightsOnly })?.topic ?? 'none';
}
