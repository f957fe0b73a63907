import type { Problem } from '../../engine/schema';
import type { StoredFact } from '../../store/db';

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
}
