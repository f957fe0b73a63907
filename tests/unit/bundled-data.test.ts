/**
 * The bundled facts and frames are read as they are at run time (store/bundled.ts, no zod): the
 * build's check (scripts/lib/data-files.ts) must refuse a file its schema would read differently.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileIndex } from '../../engine/compiled-index';
import { KNOWLEDGE } from '../../engine/knowledge';
import type { Fact } from '../../engine/schema';
import { claimWords, MIN_SHARED } from '../../engine/verdict';
import { loadData, ROOT } from '../../scripts/lib/data-files';
import { BUNDLED_FACTS, BUNDLED_FRAMES } from '../../store/bundled';

describe('the bundled facts and frames', () => {
  const dir = mkdtempSync(join(tmpdir(), 'puente-data-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('are, as read at run time, exactly what the schema reads', () => {
    const { facts, frames, problems } = loadData();
    expect(problems).toEqual([]);
    const byId = (list: Fact[]) => new Map(list.map((f) => [f.id, f]));
    expect(byId(BUNDLED_FACTS)).toEqual(byId(facts));
    expect(new Map(BUNDLED_FRAMES.map((f) => [f.topic, f]))).toEqual(new Map(frames.map((f) => [f.topic, f])));
  });

  it('refuse a fact the schema would change (a text to trim, a default left out)', () => {
    cpSync(join(ROOT, 'facts'), join(dir, 'facts'), { recursive: true });
    cpSync(join(ROOT, 'narratives'), join(dir, 'narratives'), { recursive: true });
    const file = join(dir, 'facts', 'remittances.json');
    const [first, second, ...rest] = JSON.parse(readFileSync(file, 'utf8')) as Fact[];
    const { keywords: _k, ...noKeywords } = second!;
    writeFileSync(file, JSON.stringify([{ ...first!, statement: { ...first!.statement, en: `${first!.statement.en} ` } }, noKeywords, ...rest]));
    const fields = loadData(dir).problems.map((p) => p.field);
    expect(fields).toEqual(['statement.en', 'keywords']);
  });
});

describe('the bundled typical claims', () => {
  it('each say enough of their own to ever match a sentence (MIN_SHARED words beyond the countries)', () => {
    const { facts } = compileIndex(KNOWLEDGE, BUNDLED_FACTS);
    const unmatchable: string[] = [];
    for (const [i, fact] of BUNDLED_FACTS.entries()) {
      for (const [j, claim] of facts[i]!.claims.entries()) {
        const words = claimWords(claim);
        const { lang, text } = fact.claims[j]!;
        // A hedge the claim says ("most", "la mayor parte": its numbers' signature) is a word a sentence shares with it, as the verdict step counts it.
        const hedge = claim[4] ? 1 : 0;
        if (words.length + hedge < MIN_SHARED) unmatchable.push(`${lang} ${fact.id}: "${text}" → ${words.join(' ') || '(nothing)'}`);
      }
    }
    expect(unmatchable).toEqual([]);
  });
});
