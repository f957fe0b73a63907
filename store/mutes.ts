/** The facts the reader hid on a site ("Not relevant here"), for the options page to list and undo. */
import type { Mute, PuenteDB } from './db';

export async function listMutes(db: PuenteDB): Promise<Mute[]> {
  return (await db.mutes.toArray()).sort((a, b) => a.site.localeCompare(b.site) || a.factId.localeCompare(b.factId));
}

export async function unmuteFact(db: PuenteDB, site: string, factId: string): Promise<void> {
  await db.mutes.delete(`${site}|${factId}`);
}
