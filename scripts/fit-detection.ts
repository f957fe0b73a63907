/**
 * `npx tsx scripts/fit-detection.ts`: fits the detection model on the DEV split of
 * tests/corpus (scripts/lib/detection-fit.ts) and writes engine/detection-model.json. The
 * held-out split is never read here. `--cv` prints 5-fold cross-validation on dev instead,
 * to compare model designs without touching the held-out split; `--cv-deals` the mean of
 * the same over 10 deals of the folds, for changes smaller than one deal's noise.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FEATURES } from '../engine/detection-model';
import { loadData, ROOT } from './lib/data-files';
import { readDetectionCorpus } from './lib/detection-corpus';
import { crossValidate, fitDetection } from './lib/detection-fit';

const { facts } = loadData();
const dev = readDetectionCorpus().filter((l) => l.split === 'dev');

if (process.argv.includes('--cv')) {
  const [first] = crossValidate(facts, dev);
  for (const [lang, s] of Object.entries(first!)) console.log(`cv ${lang.padEnd(3)} P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}`);
  process.exit(0);
}

if (process.argv.includes('--cv-deals')) {
  // The same cross-validation over 10 deals of the folds (the one --cv uses and 9 fixed
  // shuffles): one deal moves a language's F1 by up to about 0.01, so a change that moves
  // --cv by less than that is judged on the mean here, with the spread of the deals.
  const runs = crossValidate(
    facts,
    dev,
    Array.from({ length: 10 }, (_, d) => d),
  );
  for (const lang of Object.keys(runs[0]!)) {
    const f1 = runs.map((r) => r[lang]!.f1);
    const mean = (k: 'precision' | 'recall' | 'f1') => runs.reduce((s, r) => s + r[lang]![k], 0) / runs.length;
    console.log(
      `cv ${lang.padEnd(3)} mean of ${runs.length} deals P ${mean('precision').toFixed(3)} R ${mean('recall').toFixed(3)} F1 ${mean('f1').toFixed(3)} (F1 ${Math.min(...f1).toFixed(3)}-${Math.max(...f1).toFixed(3)})`,
    );
  }
  process.exit(0);
}

const fitted = fitDetection(facts, dev);
const round = (n: number) => Math.round(n * 1e6) / 1e6;
const out = {
  $comment:
    'Weights of the detection model (engine/detection-model.ts), fitted by scripts/fit-detection.ts on the dev split of tests/corpus only. Re-run it when the corpus, the vocabulary or the facts change; a unit test fails while it is stale.',
  features: [...FEATURES],
  weights: fitted.weights.map(round),
  dev: { lines: dev.length, examples: fitted.examples, cut: fitted.cut, precision: round(fitted.precision), recall: round(fitted.recall), f1: round(fitted.f1) },
};
writeFileSync(join(ROOT, 'engine', 'detection-model.json'), `${JSON.stringify(out, null, 2)}\n`);
console.log(FEATURES.map((f, j) => `${f.padEnd(14)} ${fitted.weights[j]!.toFixed(3)}`).join('\n'));
console.log(`dev lines ${dev.length}, examples ${fitted.examples}; cut-off ${fitted.cut} → P ${fitted.precision.toFixed(3)} R ${fitted.recall.toFixed(3)} F1 ${fitted.f1.toFixed(3)}`);
