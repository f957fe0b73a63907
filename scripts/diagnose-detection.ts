/**
 * `npx tsx scripts/diagnose-detection.ts [--lines] [--lang en|es] [--kind <kind>]`: why the
 * engine misses or wrongly finds claims on the DEV split of tests/corpus, by kind, so the
 * knowledge data can be improved where the evidence is missing. The held-out split is never
 * read: its lines are filtered out before anything is looked at.
 *
 * Kinds of a miss (gold topic, engine says none or another topic):
 *   prefilter        no prefilter substring (the packs' `prefilter`): the sentence is never read;
 *   no-anchor        nothing names either country or what they share: the sentence never enters;
 *   gold-not-plain   anchored, but the gold topic is not a plain candidate (no strong word or clause);
 *   other-wins       the gold topic is a candidate, another candidate scores higher;
 *   below-cut        the gold topic is the best candidate, under the show threshold;
 *   other            something after detection (verdict step, segmentation).
 * A false positive (gold none) is listed by the topic it was read as.
 */
import { writeFileSync } from 'node:fs';
import { createEngine, DEFAULT_THRESHOLDS } from '../engine/engine';
import { KNOWLEDGE } from '../engine/knowledge';
import { LANGS } from '../engine/knowledge/lang';
import { guessLanguage } from '../engine/language';
import { FEATURES } from '../engine/detection-model';
import { PhraseIndex, toStems } from '../engine/vocabulary';
import { packsPrefilter } from '../engine/prefilter';
import { writtenCaseReader } from '../engine/written-case';
import { loadData } from './lib/data-files';
import { readDetectionCorpus } from './lib/detection-corpus';

const args = process.argv.slice(2);
const showLines = args.includes('--lines');
const onlyLang = args.includes('--lang') ? args[args.indexOf('--lang') + 1] : null;
const onlyKind = args.includes('--kind') ? args[args.indexOf('--kind') + 1] : null;
/** `--dump file`: every dev line's outcome, to compare two states of the knowledge line by line. */
const dumpTo = args.includes('--dump') ? args[args.indexOf('--dump') + 1] : null;

const { facts } = loadData();
const engine = createEngine(facts);
const dev = readDetectionCorpus().filter((l) => l.split === 'dev' && (!onlyLang || l.lang === onlyLang));

// The anchors as the engine reads them (any pack's anchors in any language; a pack's own in its
// language; a pack's writtenCase names, in its language, only written in their case).
const anchors = new PhraseIndex<true>();
const anchorsIn = new Map(LANGS.map((lang) => [lang, new PhraseIndex<true>()]));
for (const lang of LANGS) {
  const w = KNOWLEDGE.langs[lang];
  for (const kind of ['mx', 'us', 'bi'] as const) {
    for (const a of w.anchors[kind]) anchors.add(toStems(a, lang), true);
    for (const a of w.anchorsInLanguage[kind]) anchorsIn.get(lang)!.add(toStems(a, lang), true);
  }
}
const casedIn = new Map(LANGS.map((lang) => [lang, writtenCaseReader(KNOWLEDGE.langs[lang].writtenCase)]));
const prefilter = packsPrefilter(KNOWLEDGE.langs);
const anchored = (text: string, hint: 'en' | 'es') => {
  const lang = guessLanguage(text, hint);
  const stems = casedIn.get(lang)!(text, lang, toStems(text, lang));
  return anchors.find(stems).length > 0 || anchorsIn.get(lang)!.find(stems).length > 0;
};

const predict = (text: string, lang: 'en' | 'es') => {
  const claims = engine.analyze(text, { lang, includeUncheckworthy: true });
  if (!claims.length) return 'none';
  return claims.reduce((a, b) => (b.score > a.score ? b : a)).topic;
};

const outcomes: string[] = [];
type Row = { kind: string; lang: string; gold: string; got: string; text: string; why: string };
const rows: Row[] = [];
const fmtX = (x: number[]) =>
  FEATURES.map((f, j) => [f, x[j]!] as const)
    .filter(([f, v]) => f !== 'bias' && v !== 0)
    .map(([f, v]) => `${f}=${Math.round(v * 100) / 100}`)
    .join(' ');

for (const l of dev) {
  const golds = Array.isArray(l.topic) ? l.topic : [l.topic];
  const got = predict(l.text, l.lang);
  outcomes.push(`${l.id}\t${l.lang}\t${golds.join('/')}\t${got}\t${golds.includes(got) ? 'ok' : 'bad'}\t${l.text}`);
  if (golds.includes(got)) continue;
  const cands = engine.candidates(l.text, l.lang).sort((a, b) => b.p - a.p);
  const why = cands.map((c) => `${c.topic} p=${c.p.toFixed(2)} [${fmtX(c.x)}]`).join(' | ');
  let kind: string;
  if (golds.includes('none')) kind = `fp:${got}`;
  else if (!cands.length && !prefilter.passes(l.text, guessLanguage(l.text, l.lang))) kind = 'prefilter';
  else if (!cands.length && !anchored(l.text, l.lang)) kind = 'no-anchor';
  else if (!cands.some((c) => golds.includes(c.topic))) kind = 'gold-not-plain';
  else if (!golds.includes(cands[0]!.topic)) kind = 'other-wins';
  else if (cands[0]!.p < DEFAULT_THRESHOLDS.show) kind = 'below-cut';
  else kind = 'other';
  rows.push({ kind, lang: l.lang, gold: golds.join('/'), got, text: l.text, why });
}

if (dumpTo) writeFileSync(dumpTo, `${outcomes.join('\n')}\n`);
const counts = new Map<string, number>();
for (const r of rows) {
  const k = `${r.kind.startsWith('fp:') ? 'fp' : r.kind} ${r.lang}`;
  counts.set(k, (counts.get(k) ?? 0) + 1);
}
console.log(`dev lines ${dev.length}; misses and false positives by kind:`);
for (const [k, n] of [...counts].sort()) console.log(`  ${k.padEnd(20)} ${n}`);
if (showLines) {
  for (const r of rows.filter((r) => !onlyKind || r.kind.startsWith(onlyKind)).sort((a, b) => a.kind.localeCompare(b.kind) || a.gold.localeCompare(b.gold))) {
    console.log(`\n[${r.kind}] ${r.lang} gold=${r.gold} got=${r.got}\n  ${r.text}${r.why ? `\n  ${r.why}` : ''}`);
  }
}
