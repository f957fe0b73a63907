import { createEngine } from './engine/engine';
import { MeasureIndex, seriesEntries } from './engine/measures';
import { judgeFigure } from './engine/figures';
import { readQuantities } from './engine/numbers';
import { loadData } from './scripts/lib/data-files';
import { readVerdictCorpus, best, splitOf } from './scripts/lib/verdict-metrics';
const { facts } = loadData();
const e = createEngine(facts);
const idx = new MeasureIndex(seriesEntries(facts));
const lines = readVerdictCorpus('tests/verdicts').filter((l) => splitOf(l.id) === 'dev' && l.checkworthy && l.gold !== 'none');
const cats: Record<string, number> = {};
const want = process.argv[2];
for (const l of lines) {
  const f = best(e, l);
  const qs = readQuantities(l.text, l.lang);
  let cat: string;
  if (!f) cat = 'not-detected';
  else if (!f.checkworthy) cat = 'not-checkworthy';
  else if (f.rating !== 'context') cat = (l.gold === 'accurate') === (f.rating === 'accurate') ? 'right' : 'wrong-or-nc:' + f.rating;
  else cat = 'context:' + (qs.length ? 'num' : 'nonum') + (l.factIds.includes(f.factId) ? ':fact-ok' : ':fact-other');
  cats[cat] = (cats[cat] ?? 0) + 1;
  if (want && cat.startsWith(want)) {
    console.log(`${l.id} [${l.goldRating}] gold=${l.factIds.join(',')} → ${f ? `${f.topic} ${f.factId} ${f.rating}` : '-'}\n   ${l.text.slice(0, 220)}`);
    if (f && qs.length) {
      console.log('   qs:', qs.map((q) => `${q.raw}(${q.unit},${q.qualifier})`).join(' | '));
      for (const b of idx.bind(l.text, l.lang, qs, () => true)) console.log('   bound', b.quantity.raw, '→', b.entry.series.key, b.entry.fact.topic, 'year', b.year, '→', judgeFigure(b.quantity, b.entry.figures, b.year, b.span, b.past)?.status ?? 'unsettled', b.entry.figures.map((x) => `${x.period}:${x.value}`).join(','));
    }
  }
}
console.log(cats);
