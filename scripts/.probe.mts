import { createEngine } from '../engine/engine';
import { loadData } from './lib/data-files';
const engine = createEngine(loadData().facts);
const lines = process.argv.slice(2);
for (const t of lines) {
  const f = engine.classify(t);
  const c = engine.candidates(t);
  console.log(f ? `${f.topic}/${f.factId}/${f.rating} [${f.figure?.status ?? ''} ${f.figure?.key ?? ''}] p=${f.score} cw=${f.checkworthy}` : 'null', c.map(x=>`${x.topic}:${x.p.toFixed(2)}`).join(' '), '|', t.slice(0,80));
}
