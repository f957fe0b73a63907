/**
 * `npx tsx scripts/diagnose-verdicts.ts [en|es] [kind]`: the DEV split of the verdict corpus
 * only (never the held-out lines), settled claims grouped by why they got no right verdict:
 * not detected, another fact than the gold, or the right fact without a verdict. For each it
 * prints the numbers read, the series each one binds to (any topic), the cue phrases found
 * anywhere in the sentence, and the gold facts' series, so whoever adds cues sees what is
 * missing. A line per wrong verdict or verdict on an unsettled claim is printed first.
 */
import { createEngine } from '../engine/engine';
import { judgeBinding } from '../engine/figures';
import { VERDICT_WORDS } from '../engine/knowledge';
import { seriesEntries } from '../engine/measure-cues';
import { MeasureIndex } from '../engine/measures';
import { statedPeriod } from '../engine/stated-period';
import { readQuantities } from '../engine/numbers';
import { formatProblem } from '../engine/schema';
import { foldSameLength } from '../engine/word-lists';
import { loadData, ROOT } from './lib/data-files';
import { best, readVerdictCorpus, verdictSplitOf, type VerdictLine } from './lib/verdict-metrics';
import { join } from 'node:path';

const [langArg, kindArg] = process.argv.slice(2);
const { facts, problems } = loadData();
if (problems.length) {
  console.error(problems.map(formatProblem).join('\n'));
  process.exit(2);
}
const engine = createEngine(facts);
const entries = seriesEntries(facts, VERDICT_WORDS);
const measures = new MeasureIndex(entries, VERDICT_WORDS);
const factsById = new Map(facts.map((f) => [f.id, f]));
const INACCURATE = new Set(['false', 'outdated', 'misleading']);

type Kind = VerdictLine & { kind?: string };
const lines = (readVerdictCorpus(join(ROOT, 'tests', 'verdicts')) as Kind[]).filter(
  (l) => verdictSplitOf(l) === 'dev' && l.checkworthy && (!langArg || l.lang === langArg) && (!kindArg || l.kind === kindArg),
);

const groups = new Map<string, string[]>();
const add = (group: string, text: string) => {
  let list = groups.get(group);
  if (!list) groups.set(group, (list = []));
  list.push(text);
};

for (const line of lines) {
  const f = best(engine, line);
  const rating = f?.checkworthy ? f.rating : 'context';
  const kind = line.kind ?? '?';
  const detail: string[] = [`${line.id} [${kind}] gold ${line.gold} ${line.factIds.join('|') || '-'}`, `  ${line.text}`];
  detail.push(f ? `  shown ${f.topic} · ${f.factId} · ${rating} (${f.basis}${f.answers ? '' : ', related only'})${f.checkworthy ? '' : ' · not check-worthy'}` : '  shown nothing');
  const folded = foldSameLength(line.text);
  const quantities = readQuantities(line.text, line.lang);
  for (const q of quantities)
    detail.push(
      `  number "${q.raw}" = ${q.value} ${q.unit ?? '(no unit)'}${q.per ? `/${q.per}` : ''} ${q.qualifier}${q.vague ? ' vague' : ''}; period ${statedPeriod(folded, q, VERDICT_WORDS[line.lang]) ?? '-'}`,
    );
  for (const b of measures.bind(line.text, line.lang, quantities, () => true)) {
    const j = judgeBinding(b);
    detail.push(
      `  bound "${b.quantity.raw}" → ${b.entry.series.key} (${b.entry.fact.id})${b.year ? ` for ${b.year}` : ''}${b.span ? ` ${b.span}` : ''}: ${j ? `${j.status} rec ${j.recordValue} ${j.recordPeriod}` : 'unsettled'}`,
    );
  }
  for (const id of line.factIds) {
    const fact = factsById.get(id);
    if (!fact) {
      detail.push(`  gold fact ${id}: MISSING`);
      continue;
    }
    for (const s of fact.series ?? []) detail.push(`  gold series ${s.key} (${s.period}${s.direction ? `, ${s.direction}` : ''}): en ${JSON.stringify(s.cues.en)} es ${JSON.stringify(s.cues.es)}`);
    if (!fact.series?.length) detail.push(`  gold fact ${id}: no series; ${fact.claims.length} typical claims`);
  }
  const text = detail.join('\n');
  if (line.gold === 'none') {
    if (rating !== 'context') add('VERDICT ON UNSETTLED', text);
    continue;
  }
  const wrong = (line.gold === 'accurate' && INACCURATE.has(rating)) || (line.gold === 'inaccurate' && rating === 'accurate');
  const right = (line.gold === 'accurate' && rating === 'accurate') || (line.gold === 'inaccurate' && INACCURATE.has(rating));
  if (wrong) add('WRONG', text);
  else if (right) add(`right (${kind})`, text);
  else if (!f?.checkworthy) add('not detected / not check-worthy', text);
  else if (!line.factIds.includes(f.factId)) add(`other fact (${kind})`, text);
  else add(`right fact, no verdict (${kind})`, text);
}

const order = [...groups.keys()].sort((a, b) => (a === 'WRONG' ? -1 : b === 'WRONG' ? 1 : a.localeCompare(b)));
for (const g of order) console.log(`\n=== ${g}: ${groups.get(g)!.length}\n${groups.get(g)!.join('\n')}`);
console.log(`\n${order.map((g) => `${g}: ${groups.get(g)!.length}`).join('\n')}`);
