/**
 * The detection corpus: every labeled line of tests/corpus/*.jsonl, each with its file and
 * its split (scripts/lib/split.ts). The fit script learns from the dev split only; the
 * held-out split is what the gate in tests/unit/detection-corpus.test.ts and `npm run eval`
 * report as the figure for unseen text.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './data-files';
import { readJsonl, type LabeledLine } from './metrics';
import { splitOf, type Split } from './split';

export interface CorpusLine extends LabeledLine {
  file: string;
  split: Split;
}

export const CORPUS_DIR = join(ROOT, 'tests', 'corpus');

export function readDetectionCorpus(dir = CORPUS_DIR): CorpusLine[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((file) => readJsonl(join(dir, file)).map((l) => ({ ...l, file, split: splitOf(l.id) })));
}
