/**
 * `npx tsx scripts/explain.ts "sentence" ["sentence" …]`: how the engine reads each sentence,
 * for whoever writes facts and cues: the quantities it sees, the period the sentence gives,
 * the series each number is bound to (from any topic) and what the figure check says, then
 * the finding itself (topic, fact, rating, how it was earned).
 */
import { createEngine } from '../engine/engine';
import { judgeBinding } from '../engine/figures';
import { guessLanguage } from '../engine/language';
import { seriesEntries } from '../engine/measure-cues';
import { MeasureIndex } from '../engine/measures';
import { statedPeriod } from '../engine/stated-period';
import { readQuantities, type Quantity } from '../engine/numbers';
import { VERDICT_WORDS } from '../engine/knowledge';
import { formatProblem } from '../engine/schema';
import { foldSameLength } from '../engine/word-lists';
import { loadData } from './lib/data-files';

const { facts, problems } = loadData();
if (problems.length) {
  console.error(problems.map(formatProblem).join('\n'));
  process.exit(2);
}
const engine = createEngine(facts);
const measures = new MeasureIndex(seriesEntries(facts, VERDICT_WORDS), VERDICT_WORDS);
for (const sentence of process.argv.slice(2)) {
  const lang = guessLanguage(sentence);
  const quantities = readQuantities(sentence, lang);
  console.log(`\n${sentence}  [${lang}]`);
  for (const q of quantities)
    console.log(
      `  number  "${q.raw}" = ${q.value} ${q.unit ?? '(no unit)'}${q.per ? ` per ${q.per}` : ''}, ${q.qualifier}${q.vague ? ' (in words)' : ''}; period said: ${statedPeriod(foldSameLength(sentence), q, VERDICT_WORDS[lang]) ?? 'none'}`,
    );
  const unbound = new Map<Quantity, string>();
  const bindings = measures.bind(
    sentence,
    lang,
    quantities,
    () => true,
    (q, why, measured) => unbound.set(q, measured ? `${why} (its measure: ${measured.series.key})` : why),
  );
  for (const [q, why] of unbound) if (!bindings.some((b) => b.quantity === q)) console.log(`  unbound "${q.raw}": ${why}`);
  for (const b of bindings) {
    const judged = judgeBinding(b);
    console.log(
      `  bound   "${b.quantity.raw}" → ${b.entry.series.key} (${b.entry.fact.id}, ${b.entry.series.period})${b.year ? ` for ${b.year}` : ''}${b.span ? ` for ${b.span}` : ''}${b.past ? ', told as history' : ''}: ${judged ? `${judged.status} (record ${judged.recordValue}, ${judged.recordPeriod})` : 'unsettled'}`,
    );
  }
  const f = engine.classify(sentence);
  console.log(f ? `  finding ${f.topic} · ${f.factId} · ${f.rating} (${f.basis}${f.answers ? '' : ', related only'})${f.checkworthy ? '' : ' · not check-worthy'}` : '  finding none');
}
