/**
 * One hundred malformed fact packs, each rejected with a message naming what is wrong,
 * and the database byte-for-byte unchanged after every one of them. Hostile text (HTML,
 * script URLs, huge strings) is refused at import.
 */
import { Dexie } from 'dexie';
import { afterAll, describe, expect, it } from 'vitest';
import { parseImport } from '../../importers/pack';
import { PuenteDB } from '../../store/db';
import { seedBundled } from '../../store/seed';
import { importFacts } from '../../store/user-facts';
import { SAMPLE_FACTS, SAMPLE_FRAMES } from './helpers/sample-facts';

const good = { ...SAMPLE_FACTS[1]!, id: 'user-good' };
type Mutation = (f: Record<string, unknown>) => unknown;
const set =
  (path: string, value: unknown): Mutation =>
  (f) => {
    const copy = structuredClone(f);
    const keys = path.split('.');
    let cur: Record<string, unknown> = copy;
    for (const k of keys.slice(0, -1)) cur = cur[k] as Record<string, unknown>;
    if (value === undefined) delete cur[keys.at(-1)!];
    else cur[keys.at(-1)!] = value;
    return copy;
  };

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'x'.repeat(5000),
  '',
  '   ',
  '<a href="javascript:alert(1)">x</a>',
  '<svg onload=alert(1)>',
  '<iframe src=//evil.example>',
  '<style>*{display:none}</style>',
];
const BAD_URLS = [
  'javascript:alert(1)',
  'data:text/html,<b>x</b>',
  'file:///etc/passwd',
  'ftp://example.org/x',
  'not a url',
  'https://',
  'vbscript:x',
  '//example.org/x',
  'chrome://settings',
  'http://localhost',
];
const BAD_DATES = ['2024-13', '2024-02-30x', '24', 'yesterday', '2024/01/01', '', '20245', '2024-1', '2024-01-1', 'Jan 2024'];
const mutations: Mutation[] = [
  ...HOSTILE.flatMap((h) => [set('statement.en', h), set('statement.es', h), set('sources.0.title', h), set('sources.0.publisher', h), set('claims.0.text', h)]),
  ...BAD_URLS.map((u) => set('sources.0.url', u)),
  ...BAD_DATES.flatMap((d) => [set('asOf', d), set('sources.0.date', d)]),
  set('id', 'Has Spaces'),
  set('id', ''),
  set('id', 42),
  set('id', undefined),
  set('topic', 'tacos'),
  set('topic', undefined),
  set('statement', 'just a string'),
  set('statement.es', undefined),
  set('sources', []),
  set('sources', undefined),
  set('sources.0', 'a string'),
  set('claims.0.rating', 'mostly-true'),
  set('claims.0.lang', 'fr'),
  set('claims', 'not a list'),
  set('figures.0.unit', 'bananas'),
  set('figures.0.value', 'seventy'),
  set('figures.0.value', null),
  set('figures.0.period', 'last year'),
  set('keywords', { en: 'trade' }),
  set('keywords.es', [1, 2]),
  () => null,
  () => 'a fact',
  () => 42,
  () => [],
  () => ({}),
];

describe('malformed fact packs', () => {
  const names: string[] = [];
  afterAll(async () => {
    for (const n of names) await Dexie.delete(n);
  });

  it('has at least one hundred of them', () => {
    expect(mutations.length).toBeGreaterThanOrEqual(100);
  });

  it('rejects every one with a message, and leaves the database unchanged', async () => {
    const name = `puente-malformed-${Date.now()}`;
    names.push(name);
    const db = new PuenteDB(name);
    await seedBundled(db, SAMPLE_FACTS, SAMPLE_FRAMES, '1');
    await importFacts(db, [{ ...SAMPLE_FACTS[0]!, id: 'user-existing' }]);
    const snapshot = JSON.stringify(await db.facts.orderBy('id').toArray());
    const classify = () => 'trade-volume' as const;
    for (const [i, mutate] of mutations.entries()) {
      const pack = JSON.stringify({ format: 'puente-fact-pack', version: 1, facts: [good, mutate(structuredClone(good) as Record<string, unknown>)] });
      const result = parseImport(pack, { classify, bundledIds: new Set(SAMPLE_FACTS.map((f) => f.id)) });
      expect(result.ok, `mutation ${i} was accepted`).toBe(false);
      if (!result.ok) {
        expect(result.problems.length, `mutation ${i}`).toBeGreaterThan(0);
        for (const p of result.problems) expect(p.message.trim(), `mutation ${i}`).not.toBe('');
      }
      // Straight to the store as well: the store validates again and writes nothing.
      const written = await importFacts(db, [good, mutate(structuredClone(good) as Record<string, unknown>)]);
      expect(written.ok, `store accepted mutation ${i}`).toBe(false);
      expect(JSON.stringify(await db.facts.orderBy('id').toArray())).toBe(snapshot);
    }
    db.close();
  });
});
