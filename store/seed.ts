/**
 * Re-seeds the bundled facts and frames on install and update. User facts, mutes and
 * settings are never touched; a user fact keeps its id even if a bundled one takes it later.
 */
import type { Fact, Frame } from '../engine/schema';
import { LOCAL_ORIGINS, type PuenteDB, type StoredFact } from './db';

export async function seedBundled(db: PuenteDB, facts: readonly Fact[], frames: readonly Frame[], version: string): Promise<{ written: number; skipped: string[] }> {
  return db.transaction('rw', db.facts, db.frames, db.meta, async () => {
    const userIds = new Set((await db.facts.where('origin').anyOf(LOCAL_ORIGINS).primaryKeys()) as string[]);
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

/**
 * One seeding at a time, shared by every request while it runs. A failed seeding is not
 * kept: the next request tries again (a cached rejection would leave Puente without facts
 * until the browser restarts the worker).
 */
export function seedGate(run: () => Promise<unknown>): { ready: () => Promise<void>; replace: (work: Promise<unknown>) => Promise<void> } {
  let current: Promise<void> | null = null;
  const track = (work: Promise<unknown>): Promise<void> => {
    const tracked: Promise<void> = work.then(
      () => undefined,
      (e: unknown) => {
        if (current === tracked) current = null;
        throw e;
      },
    );
    current = tracked;
    return tracked;
  };
  return {
    ready: () => current ?? track(run()),
    replace: (work) => track(work),
  };
}
