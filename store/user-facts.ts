/**
 * The reader's own facts, beside the bundled ones in the same `facts` table. Every
 * operation is all-or-nothing (one transaction, checks before the first write) and answers
 * `{ ok: false, problems }` instead of throwing: the options page shows the problems as they
 * are. Bundled facts are read-only here: they are re-seeded on every update (store/seed).
 */
import { factSchema, issuesToProblems, type Fact, type Frame, type Problem } from '../engine/schema';
import { exportPack, itemLabel, MAX_PACK_ITEMS, MAX_PROBLEMS } from '../importers/pack';
import { validateFactsCapped } from '../importers/validate';
import { LOCAL_ORIGINS, type FactOrigin, type PuenteDB, type StoredFact } from './db';
import { seedBundled } from './seed';

export type StoreResult<T extends object = object> = ({ ok: true } & T) | { ok: false; problems: Problem[] };

const refuse = (item: string, field: string, message: string): { ok: false; problems: Problem[] } => ({ ok: false, problems: [{ item, field, message }] });

const BUNDLED = 'ships with Puente and cannot be changed here: give your fact another id';

/** A database failure (quota, a closed database) as a problem: the transaction has rolled back. */
async function guarded<T extends object>(work: () => Promise<StoreResult<T>>): Promise<StoreResult<T>> {
  try {
    return await work();
  } catch (e) {
    return refuse('database', '(whole item)', `nothing was saved: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function parseOne(input: unknown): { ok: true; fact: Fact } | { ok: false; problems: Problem[] } {
  const parsed = factSchema.safeParse(input);
  if (parsed.success) return { ok: true, fact: parsed.data };
  const id = input !== null && typeof input === 'object' ? (input as { id?: unknown }).id : undefined;
  return { ok: false, problems: issuesToProblems(typeof id === 'string' && id ? `fact "${id.slice(0, 60)}"` : 'new fact', parsed.error) };
}

const userRow = (fact: Fact, now: number, origin: FactOrigin = 'user'): StoredFact => ({ ...fact, origin, updatedAt: now });

/** Ids of the facts that ship with Puente, for `parseImport`'s collision check. */
export async function getBundledIds(db: PuenteDB): Promise<Set<string>> {
  return new Set((await db.facts.where('origin').equals('bundled').primaryKeys()) as string[]);
}

/**
 * Writes every fact as an imported one (badged as such wherever it is shown), or none: a fact of theirs with the same id is
 * replaced; a bundled id refuses the whole import before anything is written.
 */
export async function importFacts(db: PuenteDB, facts: readonly unknown[]): Promise<StoreResult<{ written: number; replaced: number }>> {
  // Re-checked here too: callers other than parseImport must not slip invalid facts in.
  if (facts.length > MAX_PACK_ITEMS) return refuse('import', '(whole file)', `holds ${facts.length} facts, more than ${MAX_PACK_ITEMS}: import it in smaller parts`);
  const checked = validateFactsCapped(facts, itemLabel, MAX_PROBLEMS);
  if (!checked.ok) return checked;
  const valid = checked.facts;
  return guarded(() =>
    db.transaction('rw', db.facts, async (): Promise<StoreResult<{ written: number; replaced: number }>> => {
      const existing = await db.facts.bulkGet(valid.map((f) => f.id));
      const problems: Problem[] = [];
      let replaced = 0;
      existing.forEach((row, i) => {
        if (row?.origin === 'bundled') problems.push({ item: itemLabel(i, row), field: 'id', message: BUNDLED });
        else if (row) replaced++;
      });
      if (problems.length) return { ok: false, problems };
      const now = Date.now();
      await db.facts.bulkPut(valid.map((f) => userRow(f, now, 'imported')));
      return { ok: true, written: valid.length, replaced };
    }),
  );
}

/** Adds one new fact of the reader's; an id already in use (theirs or bundled) is refused. */
export async function addUserFact(db: PuenteDB, input: unknown): Promise<StoreResult<{ fact: StoredFact }>> {
  const parsed = parseOne(input);
  if (!parsed.ok) return parsed;
  const { fact } = parsed;
  return guarded(() =>
    db.transaction('rw', db.facts, async (): Promise<StoreResult<{ fact: StoredFact }>> => {
      const existing = await db.facts.get(fact.id);
      if (existing) return refuse(`fact "${fact.id}"`, 'id', existing.origin === 'bundled' ? BUNDLED : 'is already used by one of your facts: edit that one, or choose another id');
      const row = userRow(fact, Date.now());
      await db.facts.add(row);
      return { ok: true, fact: row };
    }),
  );
}

/** Replaces one of the reader's facts; the input may carry a new id (a rename) if that id is free. */
export async function updateUserFact(db: PuenteDB, id: string, input: unknown): Promise<StoreResult<{ fact: StoredFact }>> {
  const parsed = parseOne(input);
  if (!parsed.ok) return parsed;
  const { fact } = parsed;
  return guarded(() =>
    db.transaction('rw', db.facts, async (): Promise<StoreResult<{ fact: StoredFact }>> => {
      const current = await db.facts.get(id);
      if (!current) return refuse(`fact "${id}"`, 'id', 'is not one of your facts (it may have been deleted)');
      if (current.origin === 'bundled') return refuse(`fact "${id}"`, 'id', BUNDLED);
      if (fact.id !== id) {
        const taken = await db.facts.get(fact.id);
        if (taken) return refuse(`fact "${id}"`, 'id', taken.origin === 'bundled' ? BUNDLED : `"${fact.id}" is already used by another of your facts`);
        await db.facts.delete(id);
      }
      // An edited import is still an import: its sources are still someone else's.
      const row = userRow(fact, Date.now(), current.origin);
      await db.facts.put(row);
      return { ok: true, fact: row };
    }),
  );
}

/** Deletes one of the reader's facts; bundled facts are refused (mute them per site instead). */
export async function deleteUserFact(db: PuenteDB, id: string): Promise<StoreResult> {
  return guarded(() =>
    db.transaction('rw', db.facts, async (): Promise<StoreResult> => {
      const current = await db.facts.get(id);
      if (!current) return refuse(`fact "${id}"`, 'id', 'is not one of your facts (it may have been deleted already)');
      if (current.origin === 'bundled') return refuse(`fact "${id}"`, 'id', 'ships with Puente and cannot be deleted (you can mute it on a site instead)');
      await db.facts.delete(id);
      return { ok: true };
    }),
  );
}

export async function listUserFacts(db: PuenteDB): Promise<StoredFact[]> {
  return db.facts.where('origin').anyOf(LOCAL_ORIGINS).sortBy('id');
}

/** The reader's facts as a fact pack (store-only fields stripped by exportPack). */
export async function exportUserFacts(db: PuenteDB, now: Date = new Date()): Promise<string> {
  return exportPack(await listUserFacts(db), now);
}

export interface ResetOptions {
  keepUserFacts: boolean;
  /** The bundled data to re-seed at once; without it the next `ensureSeeded` re-seeds. */
  bundled?: { facts: readonly Fact[]; frames: readonly Frame[]; version: string };
}

/**
 * Back to the facts that ship with Puente: removes the reader's facts unless kept, and
 * re-seeds the bundled ones (restoring any a user fact had shadowed). Mutes are not facts
 * and stay. One transaction: a failure leaves everything as it was.
 */
export async function resetToBundled(db: PuenteDB, options: ResetOptions): Promise<StoreResult<{ removed: number }>> {
  return guarded(() =>
    db.transaction('rw', db.facts, db.frames, db.meta, async (): Promise<StoreResult<{ removed: number }>> => {
      const removed = options.keepUserFacts ? 0 : await db.facts.where('origin').anyOf(LOCAL_ORIGINS).delete();
      if (options.bundled) await seedBundled(db, options.bundled.facts, options.bundled.frames, options.bundled.version);
      else await db.meta.delete('seededVersion');
      return { ok: true, removed };
    }),
  );
}
