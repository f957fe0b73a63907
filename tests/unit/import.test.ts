/**
 * Importing facts: Puente fact packs (all-or-nothing, every problem named by item, field and
 * reason) and ClaimReview JSON-LD as publishers emit it. Real samples are read from
 * ../shared/real-world/claimreview at test time, never copied; skipped with a note if absent.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatProblem, type Fact, type Problem } from '../../engine/schema';
import type { TopicId } from '../../engine/topics';
import { buildStatement, claimReviewId, importClaimReview, ratingFromNumber, ratingFromText, type Classify } from '../../importers/claimreview';
import { exportPack, MAX_IMPORT_BYTES, parseImport, PACK_FORMAT } from '../../importers/pack';
import { ROOT } from '../../scripts/lib/data-files';
import { SAMPLE_FACTS, SOURCE } from './helpers/sample-facts';

const always: Classify = () => 'trade-volume';
const never: Classify = () => null;
/** Stands in for the engine-based classifier the lead wires in: Mexico mentioned → a topic. */
const mexicoOnly: Classify = (text) => (/m[eé]xic/i.test(text) ? 'trade-volume' : null);
const BUNDLED = new Set(['trade-volume-daily-2024']);
const opts = { classify: always, bundledIds: BUNDLED };

/** A user fact that is valid as is; tests break one field at a time. */
const USER_FACT: Fact = { ...SAMPLE_FACTS[0]!, id: 'my-trade-fact' };
const OTHER_FACT: Fact = { ...SAMPLE_FACTS[1]!, id: 'my-gun-fact' };

const pack = (facts: unknown[]) => JSON.stringify({ format: PACK_FORMAT, version: 1, facts });
const problemsOf = (text: string, options = opts): Problem[] => {
  const r = parseImport(text, options);
  expect(r.ok, 'expected the import to be refused').toBe(false);
  return r.ok ? [] : r.problems;
};

afterEach(() => vi.restoreAllMocks());

describe('fact packs', () => {
  it('round-trips: export then import gives the same facts, without store-only fields', () => {
    const stored = [USER_FACT, OTHER_FACT].map((f) => ({ ...f, origin: 'user' as const, updatedAt: 123 }));
    const text = exportPack(stored, new Date('2026-01-02T03:04:05Z'));
    const parsed = JSON.parse(text) as { format: string; version: number; exportedAt: string; facts: Record<string, unknown>[] };
    expect(parsed).toMatchObject({ format: 'puente-fact-pack', version: 1, exportedAt: '2026-01-02T03:04:05.000Z' });
    expect(parsed.facts.every((f) => !('origin' in f) && !('updatedAt' in f))).toBe(true);
    expect(text).toContain('\n  "facts": [');
    const back = parseImport(text, opts);
    expect(back).toEqual({ ok: true, kind: 'pack', facts: [USER_FACT, OTHER_FACT] });
  });

  it('accepts a bare array of facts, and an empty pack', () => {
    expect(parseImport(JSON.stringify([USER_FACT]), opts)).toEqual({ ok: true, kind: 'pack', facts: [USER_FACT] });
    expect(parseImport(exportPack([]), opts)).toEqual({ ok: true, kind: 'pack', facts: [] });
  });

  type Case = [name: string, change: (f: Record<string, unknown>) => void, field: string, message: RegExp];
  const badCases: Case[] = [
    ['a missing source list', (f) => delete f.sources, 'sources', /expected array/],
    ['an empty source list', (f) => (f.sources = []), 'sources', /needs at least one source/],
    ['a javascript: URL', (f) => (f.sources = [{ ...SOURCE, url: 'javascript:alert(1)' }]), 'sources.0.url', /must be an http:\/\/ or https:\/\/ address/],
    ['a data: URL', (f) => (f.sources = [{ ...SOURCE, url: 'data:text/html,<b>hi</b>' }]), 'sources.0.url', /must be an http:\/\/ or https:\/\/ address/],
    ['a bad date', (f) => (f.asOf = '2024-13-45'), 'asOf', /YYYY/],
    ['a bad source date', (f) => (f.sources = [{ ...SOURCE, date: 'March 2024' }]), 'sources.0.date', /YYYY/],
    ['an unknown topic', (f) => (f.topic = 'aliens'), 'topic', /topic ids/],
    ['an unknown rating', (f) => (f.claims = [{ text: 'Mexico trades a lot', lang: 'en', rating: 'pants-on-fire' }]), 'claims.0.rating', /must be one of accurate/],
    ['a statement over 280 characters', (f) => (f.statement = { en: 'x'.repeat(281), es: 'y' }), 'statement.en', /at most 280/],
    ['text with <script>', (f) => (f.claims = [{ text: 'hi <script>alert(1)</script>', lang: 'en', rating: 'false' }]), 'claims.0.text', /plain text/],
    ['an id that is not kebab-case', (f) => (f.id = 'My Fact'), 'id', /lowercase-kebab/],
  ];

  it.each(badCases)('refuses %s, naming the item, the field and why', (_name, change, field, message) => {
    const bad: Record<string, unknown> = structuredClone(OTHER_FACT);
    change(bad);
    const problems = problemsOf(pack([USER_FACT, bad]));
    const id = typeof bad.id === 'string' ? bad.id : '';
    expect(problems).toContainEqual({ item: `item 2 (id "${id}")`, field, message: expect.stringMatching(message) });
    // All-or-nothing: the valid first item is never named, and nothing is returned.
    expect(problems.every((p) => p.item.startsWith('item 2'))).toBe(true);
  });

  it('lists every problem of every item at once, in a readable form', () => {
    const a = { ...USER_FACT, sources: [{ ...SOURCE, url: 'javascript:alert(1)' }] };
    const b = { ...OTHER_FACT, id: 'x', topic: 'nope', asOf: 'soon' };
    const lines = problemsOf(pack([OTHER_FACT, a, { ...USER_FACT, id: 'x-ok' }, b])).map(formatProblem);
    expect(lines).toContain('item 2 (id "my-trade-fact"): sources.0.url: must be an http:// or https:// address');
    expect(lines.filter((l) => l.startsWith('item 4 (id "x")'))).toHaveLength(2);
  });

  it('refuses duplicate ids within the pack', () => {
    const problems = problemsOf(pack([USER_FACT, OTHER_FACT, { ...OTHER_FACT }]));
    expect(problems).toEqual([{ item: 'item 3 (id "my-gun-fact")', field: 'id', message: '"my-gun-fact" is already used by item 2 (id "my-gun-fact")' }]);
  });

  it('refuses ids of bundled facts', () => {
    const problems = problemsOf(pack([USER_FACT, { ...OTHER_FACT, id: 'trade-volume-daily-2024' }]));
    expect(problems).toEqual([{ item: 'item 2 (id "trade-volume-daily-2024")', field: 'id', message: expect.stringMatching(/ships with Puente/) }]);
  });

  it('refuses non-items and items that are not objects', () => {
    expect(problemsOf(pack([null, 3, 'fact'])).map((p) => p.item)).toEqual(['item 1', 'item 2', 'item 3']);
  });

  it('refuses other pack versions and packs without a fact list', () => {
    expect(problemsOf(JSON.stringify({ format: PACK_FORMAT, version: 2, facts: [] }))).toEqual([{ item: 'import file', field: 'version', message: expect.stringMatching(/reads version 1/) }]);
    expect(problemsOf(JSON.stringify({ format: PACK_FORMAT, facts: [] }))[0]?.field).toBe('version');
    expect(problemsOf(JSON.stringify({ format: PACK_FORMAT, version: 1, facts: {} }))[0]?.field).toBe('facts');
  });

  it('refuses oversize input before parsing it (measured in UTF-8 bytes)', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const ascii = 'x'.repeat(MAX_IMPORT_BYTES + 1);
    // 2.7 million characters, but 5.4 million bytes: é is two bytes in UTF-8.
    const accented = `["${'é'.repeat(2_700_000)}"]`;
    for (const text of [ascii, accented]) {
      expect(problemsOf(text)).toEqual([{ item: 'import file', field: '(whole file)', message: expect.stringMatching(/larger than 5 MB/) }]);
    }
    expect(parse).not.toHaveBeenCalled();
  });

  it('refuses text that is not JSON, saying where', () => {
    expect(problemsOf('{"format": "puente-fact-pack",\n  "facts": [1, 2 3]}')).toEqual([
      { item: 'import file', field: '(whole file)', message: "is not valid JSON: unexpected '3' where ',' or ']' should be at line 2, column 18" },
    ]);
    expect(problemsOf('')[0]?.message).toBe('is empty');
    expect(problemsOf('{"a": 1,}')[0]?.message).toMatch(/line 1, column 9/);
    expect(problemsOf('[1, 2')[0]?.message).toMatch(/ends too early/);
    expect(problemsOf('hello')[0]?.message).toMatch(/not valid JSON/);
  });

  it('refuses JSON that is neither a pack nor ClaimReview', () => {
    for (const text of ['null', '42', '"a fact"', 'true', '{"facts": []}']) {
      expect(problemsOf(text)[0]?.message).toMatch(/not something Puente imports/);
    }
  });
});

/** A hand-made ClaimReview like the ones publishers emit. */
function review(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    datePublished: '2025-03-04T10:00:00Z',
    url: 'https://www.example-factcheck.org/mexico-trade',
    claimReviewed: 'Mexico sends the U.S. nothing but drugs',
    author: { '@type': 'Organization', name: 'Example Check' },
    reviewRating: { '@type': 'Rating', ratingValue: '1', bestRating: '5', worstRating: '1', alternateName: 'Falso' },
    ...overrides,
  };
}

describe('ClaimReview', () => {
  it('maps one review onto a fact', () => {
    const r = importClaimReview(review({ headline: 'No, Mexico exports cars too' }), { classify: always });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [fact] = r.facts;
    expect(fact).toEqual({
      id: claimReviewId('https://www.example-factcheck.org/mexico-trade', 'Mexico sends the U.S. nothing but drugs'),
      topic: 'trade-volume',
      statement: {
        en: 'Example Check rated the claim “Mexico sends the U.S. nothing but drugs” as “Falso”.',
        es: 'Example Check calificó la afirmación «Mexico sends the U.S. nothing but drugs» como «Falso».',
      },
      asOf: '2025-03-04',
      sources: [{ publisher: 'Example Check', title: 'No, Mexico exports cars too', url: 'https://www.example-factcheck.org/mexico-trade', date: '2025-03-04' }],
      claims: [{ text: 'Mexico sends the U.S. nothing but drugs', lang: 'en', rating: 'false' }],
      keywords: { en: [], es: [] },
    });
    expect(fact?.id).toMatch(/^cr-example-factcheck-org-[a-z0-9]+$/);
  });

  it('gives stable ids, different per claim', () => {
    const url = 'https://factual.afp.com/doc.afp.com.1';
    expect(claimReviewId(url, 'a')).toBe(claimReviewId(url, 'a'));
    expect(claimReviewId(url, 'a')).not.toBe(claimReviewId(url, 'b'));
  });

  it.each([
    ['Falso', 'false'],
    ['Falso.', 'false'],
    ['FALSE', 'false'],
    ['Faux', 'false'],
    ['Pants on Fire!', 'false'],
    ['Fake', 'false'],
    ['Incorrect', 'false'],
    ['Not true', 'false'],
    ['No es cierto', 'false'],
    ['Wrong', 'false'],
    ['Engañoso', 'misleading'],
    ['ENGANOSO', 'misleading'],
    ['Enganoso', 'misleading'],
    ['Trompeur', 'misleading'],
    ['Partly false', 'misleading'],
    ['Parcialmente falso', 'misleading'],
    ['Half True', 'misleading'],
    ['Exagerado', 'misleading'],
    ['Sin contexto', 'misleading'],
    ['Truncated and misleading video', 'misleading'],
    ['Missing context', 'needs-context'],
    ['Falta contexto', 'needs-context'],
    ['Unproven', 'needs-context'],
    ['Sin pruebas', 'needs-context'],
    ['No hay pruebas', 'needs-context'],
    ['True', 'accurate'],
    ['Verdadero', 'accurate'],
    ['Verdadeiro', 'accurate'],
    ['Vrai', 'accurate'],
    ['Correcto', 'accurate'],
    ['Cierto', 'accurate'],
    ['Accurate', 'accurate'],
    ['Outdated', 'outdated'],
    ['Desactualizado', 'outdated'],
  ])('reads the rating %j as %s', (text, rating) => {
    expect(ratingFromText(text)).toBe(rating);
  });

  it('falls back to the numeric rating, in fifths between worst and best', () => {
    expect([1, 2, 3, 4, 5].map((v) => ratingFromNumber(v, 1, 5))).toEqual(['false', 'misleading', 'needs-context', 'needs-context', 'accurate']);
    expect(ratingFromNumber(0, 0, 10)).toBe('false');
    expect(ratingFromNumber(7, 1, 5)).toBeUndefined();
    expect(ratingFromNumber(3, 3, 3)).toBeUndefined();
    const r = importClaimReview(review({ reviewRating: { ratingValue: 5, bestRating: 5, worstRating: 1, alternateName: 'Sehr gut belegt' } }), { classify: always });
    expect(r.ok && r.facts[0]?.claims[0]?.rating).toBe('accurate');
  });

  it('refuses a rating it does not understand, naming the review', () => {
    const r = importClaimReview([review(), review({ claimReviewed: 'Second claim about Mexico', reviewRating: { alternateName: 'Four Pinocchios' } })], { classify: always });
    expect(r).toEqual({
      ok: false,
      problems: [{ item: 'ClaimReview 2 ("Second claim about Mexico")', field: 'reviewRating', message: "rating 'Four Pinocchios' is not one Puente understands" }],
    });
  });

  it('refuses reviews that are not about the relationship, with the reason', () => {
    const r = importClaimReview(review(), { classify: never });
    expect(!r.ok && r.problems).toEqual([
      { item: 'ClaimReview 1 ("Mexico sends the U.S. nothing but drugs")', field: 'topic', message: 'not about the U.S.–Mexico relationship: Puente only keeps facts on its topics' },
    ]);
  });

  it('refuses missing or unsafe fields: url, date, author, claim', () => {
    const r = importClaimReview(
      [
        review({ url: 'javascript:alert(1)' }),
        review({ url: undefined }),
        review({ datePublished: 'last Tuesday' }),
        review({ author: undefined }),
        review({ claimReviewed: undefined }),
        review({ claimReviewed: 'Mexico <script>alert(1)</script>' }),
      ],
      { classify: always },
    );
    const fields = r.ok ? [] : r.problems.map((p) => `${p.item.slice(0, 13)} ${p.field}`);
    expect(fields).toEqual(
      expect.arrayContaining(['ClaimReview 1 url', 'ClaimReview 2 url', 'ClaimReview 3 datePublished', 'ClaimReview 4 author', 'ClaimReview 5 claimReviewed', 'ClaimReview 6 claims.0.text']),
    );
  });

  it('keeps the statement within 280 characters, cutting the claim inside the quotes', () => {
    const long = `Mexico ${'exports a great many things '.repeat(20)}`.trim();
    const s = buildStatement('Example Check', long, 'Engañoso');
    for (const text of [s.en, s.es]) {
      expect(text.length).toBeLessThanOrEqual(280);
      expect(text).toMatch(/…[”»] (as|como) [“«]Engañoso[”»]\.$/);
    }
    const r = importClaimReview(review({ claimReviewed: long }), { classify: always });
    expect(r.ok && r.facts[0]?.statement.en.length).toBeLessThanOrEqual(280);
  });

  it('reads @graph (skipping other nodes), @type lists, DataFeeds and the Fact Check Tools API', () => {
    const graph = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage', name: 'x' }, { '@type': 'Organization', name: 'y' }, review({ '@type': ['ClaimReview', 'Review'] })] };
    const feed = {
      '@type': 'DataFeed',
      dataFeedElement: [
        { '@type': 'DataFeedItem', item: [review()] },
        { '@type': 'DataFeedItem', item: [review({ claimReviewed: 'Otra sobre México' })] },
      ],
    };
    const api = {
      claims: [
        {
          text: 'México manda drogas',
          claimant: 'someone',
          claimDate: '2025-01-01T00:00:00Z',
          claimReview: [
            {
              publisher: { name: 'Verificado', site: 'verificado.mx' },
              url: 'https://verificado.mx/a',
              title: 'Falso que…',
              reviewDate: '2025-01-03T00:00:00Z',
              textualRating: 'Engañoso',
              languageCode: 'es',
            },
          ],
        },
      ],
    };
    const g = importClaimReview(graph, { classify: always });
    expect(g.ok && g.facts).toHaveLength(1);
    const f = importClaimReview(feed, { classify: always });
    expect(f.ok && f.facts).toHaveLength(2);
    const a = importClaimReview(api, { classify: always });
    expect(a.ok && a.facts[0]).toMatchObject({
      claims: [{ text: 'México manda drogas', lang: 'es', rating: 'misleading' }],
      sources: [{ publisher: 'Verificado', title: 'Falso que…', url: 'https://verificado.mx/a', date: '2025-01-03' }],
      asOf: '2025-01-03',
    });
  });

  it('says what it found when a graph has no ClaimReview', () => {
    const r = importClaimReview({ '@graph': [{ '@type': 'WebPage' }, { '@type': 'Organization' }, { '@type': 'MediaReview' }] }, { classify: always });
    expect(!r.ok && r.problems[0]?.message).toBe('has no ClaimReview: it holds only WebPage, Organization, MediaReview, which Puente does not import');
  });

  it('never throws on junk, and a throwing classify is a problem too', () => {
    let deep: unknown = review();
    for (let i = 0; i < 10_000; i++) deep = [deep];
    const huge = review({ claimReviewed: `Mexico ${'a'.repeat(3_000_000)}`, reviewRating: { alternateName: 'b'.repeat(1_000_000) } });
    for (const input of [null, undefined, 0, 42, 'text', [], {}, [null, 1, 'x'], { '@graph': 'no' }, { claims: [{ claimReview: [null, 1] }] }, deep, huge]) {
      const r = importClaimReview(input, { classify: always });
      expect(r.ok ? r.facts : r.problems.length).toBeTruthy();
    }
    const boom = importClaimReview(review(), {
      classify: () => {
        throw new Error('engine not ready');
      },
    });
    expect(!boom.ok && boom.problems[0]).toMatchObject({ field: 'topic', message: 'could not be decided: engine not ready' });
  });

  it('is detected and imported by parseImport', () => {
    expect(parseImport(JSON.stringify(review()), opts)).toMatchObject({ ok: true, kind: 'claimreview' });
    expect(parseImport(JSON.stringify([review()]), opts)).toMatchObject({ ok: true, kind: 'claimreview' });
  });
});

const DIR = join(ROOT, '..', 'shared', 'real-world', 'claimreview');
const present = existsSync(DIR);
if (!present) console.warn(`[skipped] real ClaimReview samples: ${DIR} is absent (it ships beside the repo, not in it).`);
const samples = present
  ? readdirSync(DIR)
      .filter((f) => f.endsWith('.json'))
      .sort()
  : [];
const read = (file: string) => readFileSync(join(DIR, file), 'utf8');

describe.skipIf(!present)('real ClaimReview samples', () => {
  const classifiers: [string, Classify][] = [
    ['a Mexico-only classify', mexicoOnly],
    ['an always-on-topic classify', always],
  ];

  it('finds samples to read', () => {
    expect(samples.length).toBeGreaterThanOrEqual(10);
  });

  describe.each(classifiers)('with %s', (_name, classify) => {
    it.each(samples)('%s imports or is refused with clear problems', (file) => {
      const r = parseImport(read(file), { classify, bundledIds: BUNDLED });
      if (r.ok) {
        expect(r.kind).toBe('claimreview');
        expect(r.facts.length).toBeGreaterThan(0);
        for (const f of r.facts) expect(f.statement.en.length).toBeLessThanOrEqual(280);
      } else {
        expect(r.problems.length).toBeGreaterThan(0);
        for (const p of r.problems) {
          expect(p.item).toMatch(/^(ClaimReview \d+|import file|ClaimReview input)/);
          expect(p.field).not.toBe('');
          expect(p.message.length).toBeGreaterThan(10);
        }
      }
    });
  });

  it('refuses every sample as off-topic under the Mexico-only classify (none is about the relationship)', () => {
    for (const file of samples) {
      const r = parseImport(read(file), { classify: mexicoOnly, bundledIds: BUNDLED });
      expect(r.ok, file).toBe(false);
      expect(!r.ok && r.problems.some((p) => p.field === 'topic' && /not about the U\.S\.–Mexico relationship/.test(p.message)), file).toBe(true);
    }
  });

  const ratingsOf = (file: string) => {
    const r = parseImport(read(file), { classify: always, bundledIds: BUNDLED });
    return r.ok ? r.facts.map((f) => f.claims[0]?.rating) : r.problems.map(formatProblem);
  };

  it('maps the publishers’ ratings (Falso, Falso., Engañoso, False, Misleading, Truncated and misleading video)', () => {
    expect(ratingsOf('meedan-fetch__afp_factual_usa__jsonld0.json')).toEqual(['false']);
    expect(ratingsOf('meedan-fetch__efe_verifica__jsonld0.json')).toEqual(['false']);
    expect(ratingsOf('meedan-fetch__afp_factual__jsonld0.json')).toEqual(['misleading']);
    expect(ratingsOf('meedan-fetch__newtral_fact_check__jsonld0.json')).toEqual(['misleading']);
    expect(ratingsOf('afp-defacto-rss__multi-claimreview-en.json')).toEqual(['false', 'false', 'false']);
    expect(ratingsOf('afp-defacto-rss__multi-appearance-url-en.json')).toEqual(['misleading']);
    expect(ratingsOf('afp-defacto-rss__claimreview-with-mediareview-en.json')).toEqual(['misleading']);
    expect(ratingsOf('meedan-fetch__google_fact_check_raw__FactCheckToolsAPI.json')).toEqual(['false']);
  });

  it('maps the Spanish AFP sample field by field', () => {
    const r = parseImport(read('meedan-fetch__afp_factual_usa__jsonld0.json'), { classify: always, bundledIds: BUNDLED });
    expect(r.ok && r.facts[0]).toMatchObject({
      asOf: '2022-07-08',
      statement: { es: 'AFP calificó la afirmación «España da la nacionalidad a aquellos cuyo apellido aparece en una lista» como «Falso».' },
      sources: [{ publisher: 'AFP', url: 'https://factual.afp.com/doc.afp.com.32DZ4YE', date: '2022-07-08' }],
      claims: [{ lang: 'es', rating: 'false' }],
    });
  });

  it('refuses the dpa DataFeedItem: its rating is a sentence, with no number to fall back on', () => {
    const r = parseImport(read('meedan-fetch__data_commons_raw__DataFeedItem.json'), { classify: always, bundledIds: BUNDLED });
    expect(!r.ok && r.problems.map((p) => p.field)).toEqual(['reviewRating']);
    expect(!r.ok && r.problems[0]?.message).toMatch(/^rating 'Reker hat diesen Satz nie gesagt.*' is not one Puente understands$/);
  });
});

describe('parseImport on random input', () => {
  const topic: TopicId = 'trade-volume';
  const check = (text: string) => {
    const r = parseImport(text, { classify: () => topic, bundledIds: BUNDLED });
    if (r.ok) expect(Array.isArray(r.facts)).toBe(true);
    else {
      expect(r.problems.length).toBeGreaterThan(0);
      for (const p of r.problems) expect(typeof p.message).toBe('string');
    }
  };

  it('never throws on random JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => check(JSON.stringify(v) ?? 'null')),
      { numRuns: 300 },
    );
  });

  it('never throws on random strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), check), { numRuns: 300 });
  });

  it('never throws on random ClaimReview-shaped values', () => {
    const shaped = fc.record({
      '@type': fc.oneof(fc.constant('ClaimReview'), fc.constant(['ClaimReview']), fc.jsonValue()),
      claimReviewed: fc.jsonValue(),
      url: fc.jsonValue(),
      datePublished: fc.jsonValue(),
      reviewRating: fc.jsonValue(),
      author: fc.jsonValue(),
    });
    fc.assert(
      fc.property(fc.oneof(shaped, fc.array(shaped)), (v) => check(JSON.stringify(v))),
      { numRuns: 300 },
    );
  });
});
