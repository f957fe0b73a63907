/**
 * The verdict step's compiled data (engine/compiled-verdicts.ts) reaches a tab as a message:
 * it must survive JSON unchanged, a fact compiled in the tab must equal one compiled in the
 * background, and an engine built from it must decide exactly as one built at once.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { compileIndex, compileVocabulary, factCompiler, runtimeKnowledge, verdictWords, type CompiledIndex, type RuntimeKnowledge } from '../../engine/compiled-index';
import { createEngineInSteps } from '../../engine/core';
import { createEngine, DEFAULT_THRESHOLDS } from '../../engine/engine';
import { KNOWLEDGE, VERDICT_WORDS } from '../../engine/knowledge';
import { seriesEntries } from '../../engine/measure-cues';
import type { Fact, Lang } from '../../engine/schema';
import { loadData } from '../../scripts/lib/data-files';
import { splitOf } from '../../scripts/lib/split';

const facts = loadData().facts;
const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
// The dev split of the verdict lines only (never the held-out split or the fresh file).
const lines = ['en', 'es'].flatMap((lang) =>
  readFileSync(new URL(`../verdicts/${lang}.jsonl`, import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { id: string; text: string; lang: Lang })
    .filter((l) => splitOf(l.id) === 'dev'),
);

describe('the verdict step compiled ahead', () => {
  it('is plain data: a JSON round trip keeps every claim and cue', () => {
    const index = compileIndex(KNOWLEDGE, facts);
    expect(index.facts.some((f) => f.claims.length > 0)).toBe(true);
    expect(index.facts.some((f) => f.cues.some((cues) => cues.length > 0))).toBe(true);
    expect(roundTrip(index)).toStrictEqual(index);
  });

  it('compiles a fact in the tab (from the sent vocabulary and words) exactly as the background does', () => {
    const index = roundTrip(compileIndex(KNOWLEDGE, facts));
    const knowledge = roundTrip(runtimeKnowledge(KNOWLEDGE)) as RuntimeKnowledge;
    const inTab = factCompiler(index.vocabulary, verdictWords(knowledge.langs));
    expect(facts.map(inTab)).toStrictEqual(index.facts);
    expect(compileVocabulary(KNOWLEDGE)).toStrictEqual(index.vocabulary);
  });

  it('reads the cues through the word classes as the index built from the facts does', () => {
    const index = compileIndex(KNOWLEDGE, facts);
    const compiled = new Map(facts.flatMap((f, i) => (f.series ?? []).map((s, j) => [`${f.id}|${s.key}`, new Set(index.facts[i]!.cues[j]!.flatMap(([stems]) => stems.split(' ')))] as const)));
    const direct = seriesEntries(facts, VERDICT_WORDS);
    expect(direct.length).toBeGreaterThan(100);
    for (const e of direct) expect(compiled.get(`${e.fact.id}|${e.series.key}`), e.series.key).toEqual(e.cueStems);
    // A series listing two phrasings of one class ("unfavorable view", "negative view") holds the cue once.
    const cues = index.facts.flatMap((f) => f.cues.map((list) => list.map(([stems, marks]) => `${stems}|${marks ?? ''}`)));
    for (const list of cues) expect(new Set(list).size).toBe(list.length);
  });

  const whole = createEngine(facts);
  const ids = new Set(facts.map((f) => f.id));
  const knowledge = roundTrip(runtimeKnowledge(KNOWLEDGE)) as RuntimeKnowledge;
  const cases: [string, Fact[]][] = [
    ['every fact bundled', facts],
    ["every 7th fact the reader's own", facts.filter((_, i) => i % 7 !== 0)],
  ];
  it.each(cases)(
    'decides and checks figures as an engine built at once (%s)',
    async (_, bundled) => {
      const sent = roundTrip(compileIndex(KNOWLEDGE, bundled)) as CompiledIndex;
      const stepped = await createEngineInSteps(knowledge, sent, facts, DEFAULT_THRESHOLDS, async () => undefined);
      const findings = lines.map((l) => stepped.classify(l.text, l.lang));
      expect(findings.filter((f) => f && f.rating !== 'context').length).toBeGreaterThan(10);
      expect(findings).toEqual(lines.map((l) => whole.classify(l.text, l.lang)));
      expect(lines.map((l) => stepped.checkFigures(l.text, l.lang, ids))).toEqual(lines.map((l) => whole.checkFigures(l.text, l.lang, ids)));
    },
    60_000,
  );
});
