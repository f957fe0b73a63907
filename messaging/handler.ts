/**
 * Answers validated requests from this extension's own scripts. Kept apart from the
 * background entrypoint so tests can drive it with a fake-indexeddb database.
 */
import { KNOWLEDGE } from '../engine/knowledge';
import type { Fact, Frame } from '../engine/schema';
import type { PuenteDB } from '../store/db';
import type { ErrorResponse, LocalOrigin, ResponseMap } from './protocol';
import { requestSchema } from './request-schema';

export interface HandlerContext {
  db: PuenteDB;
  ready: () => Promise<void>;
  extensionId: string;
  /** This extension's own origin with a trailing slash (`runtime.getURL('/')`): its pages' URLs start with it. */
  extensionOrigin: string;
  /**
   * Opens the classroom view beside a tab (side panel, sidebar). `allowTab: false` forbids
   * the fallback of a tab of its own; answers whether something opened.
   */
  openClassroom?: (tabId: number | null, options: { allowTab: boolean }) => Promise<boolean>;
  /** Tells open tabs that facts or mutes changed. */
  notifyChanged?: () => Promise<void>;
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

export async function handleMessage(ctx: HandlerContext, message: unknown, sender: SenderLike): Promise<ResponseMap[keyof ResponseMap] | ErrorResponse | undefined> {
  const caller = callerOf(sender, ctx.extensionId, ctx.extensionOrigin);
  if (!caller) return undefined;
  const parsed = requestSchema.safeParse(message);
  if (!parsed.success) return { error: 'Malformed request' };
  const request = parsed.data;
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
      return {
        facts: facts.map(({ origin: _o, updatedAt: _u, ...fact }) => fact as Fact),
        frames: frames as Frame[],
        muted: mutes.map((m) => m.factId),
        origins,
        knowledge: KNOWLEDGE,
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
