/**
 * Answers validated requests from this extension's own scripts. Kept apart from the
 * background entrypoint so tests can drive it with a fake-indexeddb database.
 */
import type { Fact, Frame } from '../engine/schema';
import { engineIndex, RUNTIME_KNOWLEDGE } from './engine-index';
import { answerFactsRequest, type FactsContext } from './fact-requests';
import { parseClaimsChanged, type ErrorResponse, type FactsRequest, type LocalOrigin, type Request, type ResponseMap } from './protocol';
import { parseRequest } from './request-schema';

export interface HandlerContext extends FactsContext {
  ready: () => Promise<void>;
  extensionId: string;
  /** This extension's own origin with a trailing slash (`runtime.getURL('/')`): its pages' URLs start with it. */
  extensionOrigin: string;
  /**
   * Opens the classroom view beside a tab (side panel, sidebar). `allowTab: false` forbids
   * the fallback of a tab of its own; answers whether something opened.
   */
  openClassroom?: (tabId: number | null, options: { allowTab: boolean }) => Promise<boolean>;
  /** Where a content script's failures are written (the extension's console). */
  logFailure?: (feature: string, message: string) => void;
}

export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/** Who is asking: a content script in a web page (and for which site), or one of our pages. */
type Caller = { kind: 'content'; site: string; tabId: number | null } | { kind: 'extension' };

export function callerOf(sender: SenderLike, extensionId: string, extensionOrigin: string): Caller | null {
  if (sender.id !== extensionId || typeof sender.url !== 'string') return null;
  if (extensionOrigin && sender.url.startsWith(extensionOrigin)) return { kind: 'extension' };
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return null; // not a URL: not a caller we know
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname || !sender.tab) return null;
  return { kind: 'content', site: url.hostname, tabId: sender.tab.id ?? null };
}

// A record, not a list, so the compiler asks for every facts request by name.
const FACTS_REQUESTS: Record<FactsRequest['type'], true> = {
  'list-facts': true,
  'add-fact': true,
  'update-fact': true,
  'delete-fact': true,
  'import-facts': true,
  'export-facts': true,
  'reset-facts': true,
  'list-mutes': true,
  'unmute-fact-on-site': true,
};
const isFactsRequest = (r: Request): r is FactsRequest => Object.hasOwn(FACTS_REQUESTS, r.type);

export async function handleMessage(ctx: HandlerContext, message: unknown, sender: SenderLike): Promise<ResponseMap[keyof ResponseMap] | ErrorResponse | undefined> {
  const caller = callerOf(sender, ctx.extensionId, ctx.extensionOrigin);
  if (!caller) return undefined;
  // A content script's announcement is for the extension's pages, not a request.
  if (parseClaimsChanged(message)) return undefined;
  const parsed = parseRequest(message);
  if (!parsed.ok) return { error: parsed.error };
  const { request } = parsed;
  if (isFactsRequest(request)) {
    // A web page's content script never reads or writes the reader's facts wholesale.
    if (caller.kind !== 'extension') return { error: 'Only Puente’s own pages may ask for this' };
    await ctx.ready();
    return answerFactsRequest(ctx, request);
  }
  if (request.type === 'log-failure') {
    ctx.logFailure?.(request.feature, request.message);
    return { ok: true };
  }
  await ctx.ready();
  const { db } = ctx;
  switch (request.type) {
    case 'engine-data': {
      const [facts, frames, mutes] = await Promise.all([
        db.facts.toArray(),
        db.frames.toArray(),
        caller.kind === 'content' ? db.mutes.where('site').equals(caller.site).toArray() : Promise.resolve([]),
      ]);
      const origins: Record<string, LocalOrigin> = {};
      for (const f of facts) if (f.origin === 'user' || f.origin === 'imported') origins[f.id] = f.origin;
      const plain = facts.map(({ origin: _o, updatedAt: _u, ...fact }) => fact as Fact);
      return {
        facts: plain,
        frames: frames as Frame[],
        muted: mutes.map((m) => m.factId),
        origins,
        knowledge: RUNTIME_KNOWLEDGE,
        index: engineIndex(plain.filter((f) => !Object.hasOwn(origins, f.id))),
      };
    }
    case 'mute-fact':
    case 'unmute-fact': {
      // Only a page's own content script mutes, and only for its own site.
      if (caller.kind !== 'content') return { error: 'Only a page can hide a fact on its site' };
      const id = `${caller.site}|${request.factId}`;
      if (request.type === 'mute-fact') await db.mutes.put({ id, site: caller.site, factId: request.factId, createdAt: Date.now() });
      else await db.mutes.delete(id);
      await ctx.notifyChanged?.();
      return { ok: true };
    }
    case 'open-classroom':
      if (!ctx.openClassroom) return { ok: false };
      // A page's request never opens a tab: a page could otherwise open tabs without limit.
      return { ok: await ctx.openClassroom(caller.kind === 'content' ? caller.tabId : null, { allowTab: caller.kind === 'extension' }) };
  }
}
