/**
 * The reader's own facts in the store: all-or-nothing writes, bundled facts untouchable,
 * problems instead of exceptions. Runs on fake-indexeddb (tests/unit/setup.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import type { Fact } from '../../engine/schema';
import { exportPack, parseImport, PACK_FORMAT } from '../../importers/pack';
import { PuenteDB } from '../../store/db';
import { seedBundled } from '../../store/seed';
import { addUserFact, deleteUserFact, exportUserFacts, getBundledIds, importFacts, listUserFacts, resetToBundled, updateUserFact } from '../../store/user-facts';
import { SAMPLE_FACTS, SAMPLE_FRAMES, SOURCE } from './helpers/sample-facts';

let n = 0;
const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** A fresh database seeded with the two sample facts as bundled ones. */
async function seeded(): Promise<PuenteDB> {
  const name = `puente-user-facts-${Date.now()}-${n++}`;
  names.push(name);
  const db = new PuenteDB(name);
  await seedBundled(db, SAMPLE_FACTS, SAMPLE_FRAMES, '1.0.0');
  return db;
}

const MINE: Fact = { ...SAMPLE_FACTS[0]!, id: 'my-trade-fact' };
const MINE_TOO: Fact = { ...SAMPLE_FACTS[1]!, id: 'my-gun-fact' };
const counts = async (db: PuenteDB) => ({
  all: await db.facts.count(),
  // The reader's own facts: written here or imported.
  user: await db.facts.where('origin').anyOf(['user', 'imported']).count(),
  bundled: await db.facts.where('origin').equals('bundled').count(),
});

describe('importing facts', () => {
  it('writes every fact as an imported one (badged as such), replacing a user fact with the same id', async () => {
    const db = await seeded();
    expect(await importFacts(db, [MINE, MINE_TOO])).toEqual({ ok: true, written: 2, replaced: 0 });
    const changed = { ...MINE, asOf: '2026' };
    expect(await importFacts(db, [changed])).toEqual({ ok: true, written: 1, replaced: 1 });
    expect(await counts(db)).toEqual({ all: 4, user: 2, bundled: 2 });
    const stored = await db.facts.get('my-trade-fact');
    expect(stored).toMatchObject({ origin: 'imported', asOf: '2026' });
    expect(typeof stored?.updatedAt).toBe('number');
    db.close();
  });

  it('refuses a bundled id before writing anything', async () => {
    const db = await seeded();
    const before = await counts(db);
    const r = await importFacts(db, [MINE, { ...MINE_TOO, id: 'guns-traced-us-origin', asOf: '1999' }]);
    expect(r).toEqual({ ok: false, problems: [{ item: 'item 2 (id "guns-traced-us-origin")', field: 'id', message: expect.stringMatching(/ships with Puente/) }] });
    expect(await counts(db)).toEqual(before);
    expect((await db.facts.get('guns-traced-us-origin'))?.asOf).toBe('2021-02');
    db.close();
  });

  it('writes NOTHING when one item of a pack is invalid (through parseImport, and directly)', async () => {
    const db = await seeded();
    const before = await counts(db);
    const bad = { ...MINE_TOO, id: 'bad-one', sources: [{ ...SOURCE, url: 'javascript:alert(1)' }] };
    const text = JSON.stringify({ format: PACK_FORMAT, version: 1, facts: [MINE, bad, { ...MINE, id: 'third' }] });
    const parsed = parseImport(text, { classify: () => null, bundledIds: await getBundledIds(db) });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) await importFacts(db, parsed.facts);
    expect(!parsed.ok && parsed.problems).toEqual([{ item: 'item 2 (id "bad-one")', field: 'sources.0.url', message: 'must be an http:// or https:// address' }]);

    // A caller skipping parseImport is checked again by the store.
    const direct = await importFacts(db, [MINE, bad]);
    expect(direct.ok).toBe(false);
    expect(await counts(db)).toEqual(before);
    db.close();
  });

  it('round-trips through the database: export, import elsewhere, same facts', async () => {
    const a = await seeded();
    await importFacts(a, [MINE_TOO, MINE]);
    const text = await exportUserFacts(a, new Date('2026-05-01T00:00:00Z'));
    expect(text).not.toMatch(/"origin"|"updatedAt"/);
    expect(JSON.parse(text)).toMatchObject({ format: PACK_FORMAT, version: 1, exportedAt: '2026-05-01T00:00:00.000Z' });

    const b = await seeded();
    const parsed = parseImport(text, { classify: () => null, bundledIds: await getBundledIds(b) });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(await importFacts(b, parsed.facts)).toMatchObject({ ok: true, written: 2 });
    const strip = (facts: Fact[]) => JSON.parse(exportPack(facts, new Date(0))) as unknown;
    expect(strip(await listUserFacts(b))).toEqual(strip([MINE_TOO, MINE].sort((x, y) => x.id.localeCompare(y.id))));
    a.close();
    b.close();
  });
});

describe('editing user facts', () => {
  it('adds a valid fact, and refuses invalid input, used ids and bundled ids without throwing', async () => {
    const db = await seeded();
    const added = await addUserFact(db, MINE);
    expect(added).toMatchObject({ ok: true, fact: { id: 'my-trade-fact', origin: 'user' } });

    const invalid = await addUserFact(db, { ...MINE_TOO, topic: 'aliens', statement: { en: '<b>x</b>', es: 'y' } });
    expect(!invalid.ok && invalid.problems.map((p) => `${p.item}: ${p.field}`)).toEqual(['fact "my-gun-fact": topic', 'fact "my-gun-fact": statement.en']);
    expect((await addUserFact(db, null)).ok).toBe(false);
    expect(await addUserFact(db, MINE)).toMatchObject({ ok: false, problems: [{ field: 'id', message: expect.stringMatching(/already used/) }] });
    expect(await addUserFact(db, { ...MINE_TOO, id: 'trade-volume-daily' })).toMatchObject({ ok: false, problems: [{ field: 'id', message: expect.stringMatching(/ships with Puente/) }] });
    expect(await counts(db)).toEqual({ all: 3, user: 1, bundled: 2 });
    db.close();
  });

  it('updates (and renames) a user fact, but never a bundled one', async () => {
    const db = await seeded();
    await addUserFact(db, MINE);
    expect(await updateUserFact(db, 'my-trade-fact', { ...MINE, asOf: '2026-01' })).toMatchObject({ ok: true, fact: { asOf: '2026-01' } });
    expect(await updateUserFact(db, 'my-trade-fact', { ...MINE, id: 'renamed-fact' })).toMatchObject({ ok: true });
    expect((await listUserFacts(db)).map((f) => f.id)).toEqual(['renamed-fact']);

    expect(await updateUserFact(db, 'trade-volume-daily', { ...SAMPLE_FACTS[0]!, asOf: '1990' })).toMatchObject({ ok: false, problems: [{ message: expect.stringMatching(/ships with Puente/) }] });
    expect(await updateUserFact(db, 'renamed-fact', { ...MINE, id: 'guns-traced-us-origin' })).toMatchObject({ ok: false });
    expect(await updateUserFact(db, 'nobody', MINE)).toMatchObject({ ok: false, problems: [{ message: expect.stringMatching(/not one of your facts/) }] });
    expect(await updateUserFact(db, 'renamed-fact', { ...MINE, id: 'renamed-fact', sources: [] })).toMatchObject({ ok: false, problems: [{ field: 'sources' }] });
    expect((await db.facts.get('trade-volume-daily'))?.asOf).toBe('2025');
    expect(await counts(db)).toEqual({ all: 3, user: 1, bundled: 2 });
    db.close();
  });

  it('deletes user facts only', async () => {
    const db = await seeded();
    await addUserFact(db, MINE);
    expect(await deleteUserFact(db, 'trade-volume-daily')).toMatchObject({ ok: false, problems: [{ message: expect.stringMatching(/cannot be deleted/) }] });
    expect(await deleteUserFact(db, 'my-trade-fact')).toEqual({ ok: true });
    expect(await deleteUserFact(db, 'my-trade-fact')).toMatchObject({ ok: false });
    expect(await counts(db)).toEqual({ all: 2, user: 0, bundled: 2 });
    db.close();
  });
});

describe('resetting to the bundled facts', () => {
  it('removes user facts, or keeps them; mutes stay; bundled facts are re-seeded when given', async () => {
    const db = await seeded();
    await importFacts(db, [MINE, MINE_TOO]);
    await db.mutes.put({ id: 'example.com|trade-volume-daily', site: 'example.com', factId: 'trade-volume-daily', createdAt: 1 });

    expect(await resetToBundled(db, { keepUserFacts: true })).toEqual({ ok: true, removed: 0 });
    expect(await counts(db)).toEqual({ all: 4, user: 2, bundled: 2 });
    // Without the bundled data at hand, the next ensureSeeded re-seeds.
    expect(await db.meta.get('seededVersion')).toBeUndefined();

    const bundled = { facts: SAMPLE_FACTS, frames: SAMPLE_FRAMES, version: '1.0.1' };
    expect(await resetToBundled(db, { keepUserFacts: false, bundled })).toEqual({ ok: true, removed: 2 });
    expect(await counts(db)).toEqual({ all: 2, user: 0, bundled: 2 });
    expect((await db.meta.get('seededVersion'))?.value).toBe('1.0.1');
    expect(await db.mutes.count()).toBe(1);
    db.close();
  });
});
