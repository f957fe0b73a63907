/**
 * The background's answers to the options page (protocol `FactsRequest`): the fact base
 * and the mutes, read and written in the one database the background owns. Every write is
 * all-or-nothing (store/user-facts) and, once done, tells the open tabs.
 */
import type { Fact, Frame } from '../engine/schema';
import type { Classify } from '../importers/claimreview';
import { parseImport } from '../importers/pack';
import type { PuenteDB } from '../store/db';
import { listMutes, unmuteFact } from '../store/mutes';
import { addUserFact, deleteUserFact, exportUserFacts, getBundledIds, importFacts, listUserFacts, resetToBundled, updateUserFact, type StoreResult } from '../store/user-facts';
import type { FactsOutcome, FactsRequest, ResponseMap } from './protocol';

export interface FactsContext {
  db: PuenteDB;
  /** What ships with Puente: a reset writes it back at once. */
  bundled?: { facts: readonly Fact[]; frames: readonly Frame[]; version: string };
  /** The topic of an imported ClaimReview, or null when it is not about the relationship. */
  classify?: Classify;
  notifyChanged?: () => Promise<void>;
}

/** Only what the page shows travels back: success (and a count) or every problem. */
const outcome = (result: StoreResult, count?: number): FactsOutcome => (result.ok ? (count === undefined ? { ok: true } : { ok: true, count }) : { ok: false, problems: result.problems });

export async function answerFactsRequest(ctx: FactsContext, request: FactsRequest): Promise<ResponseMap[FactsRequest['type']]> {
  const { db } = ctx;
  // Open tabs keep their facts until told; a refused change changed nothing.
  const told = async <T extends FactsOutcome | { ok: true }>(answer: T): Promise<T> => {
    if (answer.ok) await ctx.notifyChanged?.();
    return answer;
  };
  switch (request.type) {
    case 'list-facts':
      return { facts: await db.facts.orderBy('topic').toArray() };
    case 'add-fact':
      return told(outcome(await addUserFact(db, request.fact)));
    case 'update-fact':
      return told(outcome(await updateUserFact(db, request.id, request.fact)));
    case 'delete-fact':
      return told(outcome(await deleteUserFact(db, request.id)));
    case 'import-facts': {
      const parsed = parseImport(request.text, { classify: ctx.classify ?? (() => null), bundledIds: await getBundledIds(db) });
      if (!parsed.ok) return { ok: false, problems: parsed.problems };
      const written = await importFacts(db, parsed.facts);
      return told(outcome(written, written.ok ? written.written : undefined));
    }
    case 'export-facts':
      return { pack: (await listUserFacts(db)).length ? await exportUserFacts(db) : null };
    case 'reset-facts':
      return told(outcome(await resetToBundled(db, { keepUserFacts: request.keepUserFacts, ...(ctx.bundled ? { bundled: ctx.bundled } : {}) })));
    case 'list-mutes':
      return { mutes: await listMutes(db) };
    case 'unmute-fact-on-site':
      await unmuteFact(db, request.site, request.factId);
      return told({ ok: true as const });
  }
}
