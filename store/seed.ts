/**
 * Re-seeds the bundled facts and frames on install and update. User facts, mutes and
 * settings are never touched; a user fact keeps its id even if a bundled one takes it later.
 */
import type { Fact, Frame } from '../engine/schema';
import type { PuenteDB, StoredFact } from './db';

export async function seedBundled(db: PuenteDB, facts: readonly Fact[], frames: readonly Frame[], version: string): Promise<{ written: number; skipped: string[] }> {
  return db.transaction('rw', db.facts, db.frames, db.meta, async () => {
    const userIds = new Set((await db.facts.where('origin').equals('user').primaryKeys()) as string[]);
    await db.facts.where('origin').equals('bundled').delete();
    const now = Date.now();
    const rows: StoredFact[] = [];
    const skipped: string[] = [];
    for (const f of facts) {
      if (userIds.has(f.id)) skipped.push(f.id);
      else rows.push({ ...f, origin: 'bundled', updatedAt: now });
    }
    await db.facts.bulkPut(rows);
    await db.frames.clear();
    await db.frames.bulkPut([...frames]);
    await db.meta.put({ key: 'seededVersion', value: version });
    return { written: rows.length, skipped };
  });
}

/** Seeds when the database has never been seeded for this version (e.g. storage was cleared). */
export async function ensureSeeded(db: PuenteDB, facts: readonly Fact[], frames: readonly Frame[], version: string): Promise<void> {
  const seeded = await db.meta.get('seededVersion');
  if (seeded?.value !== version) await seedBundled(db, facts, frames, version);
}
