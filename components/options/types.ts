import type { FactsOutcome as Outcome, Mute, StoredFact } from '../../messaging/protocol';

export type { Outcome };

/** What the options page needs from the fact store; the page asks the background, tests a fake. */
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
