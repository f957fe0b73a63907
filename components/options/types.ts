import type { Problem } from '../../engine/schema';
import type { Mute, StoredFact } from '../../store/db';

export type Outcome = { ok: true; count?: number } | { ok: false; problems: Problem[] };

/** What the options page needs from the fact store; the page wires Dexie, tests a fake. */
export interface FactStore {
  list(): Promise<StoredFact[]>;
  add(input: unknown): Promise<Outcome>;
  update(id: string, input: unknown): Promise<Outcome>;
  remove(id: string): Promise<Outcome>;
  importText(text: string): Promise<Outcome>;
  /** The user's facts as a pack, or null when there are none. */
  exportText(): Promise<string | null>;
  reset(keepUserFacts: boolean): Promise<void>;
  /** The facts hidden on a site ("Not relevant here"). */
  mutes(): Promise<Mute[]>;
  unmute(site: string, factId: string): Promise<void>;
}
