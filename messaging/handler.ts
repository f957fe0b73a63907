/**
 * Answers validated requests from this extension's own scripts. Kept apart from the
 * background entrypoint so tests can drive it with a fake-indexeddb database.
 */
import type { Fact, Frame } from '../engine/schema';
import type { PuenteDB } from '../store/db';
import { requestSchema, type ErrorResponse, type ResponseMap } from './protocol';

export interface HandlerContext {
  db: PuenteDB;
  ready: () => Promise<void>;
  extensionId: string;
  /** Opens the classroom view for a tab (side panel, sidebar, or a tab of its own). */
  openClassroom?: (tabId: number | null) => Promise<void>;
}

export interface SenderLike {
  id?: string;
  tab?: { id?: number };
}

export async function handleMessage(ctx: HandlerContext, message: unknown, sender: SenderLike): Promise<ResponseMap[keyof ResponseMap] | ErrorResponse | undefined> {
  if (sender.id !== ctx.extensionId) return undefined;
  const parsed = requestSchema.safeParse(message);
  if (!parsed.success) return { error: 'Malformed request' };
  const request = parsed.data;
  await ctx.ready();
  const { db } = ctx;
  switch (request.type) {
    case 'engine-data': {
      const [facts, frames, mutes] = await Promise.all([db.facts.toArray(), db.frames.toArray(), db.mutes.where('site').equals(request.site).toArray()]);
      return {
        facts: facts.map(({ origin: _o, updatedAt: _u, ...fact }) => fact as Fact),
        frames: frames as Frame[],
        muted: mutes.map((m) => m.factId),
      };
    }
    case 'mute-fact':
      await db.mutes.put({ id: `${request.site}|${request.factId}`, site: request.site, factId: request.factId, createdAt: Date.now() });
      return { ok: true };
    case 'unmute-fact':
      await db.mutes.delete(`${request.site}|${request.factId}`);
      return { ok: true };
    case 'open-classroom':
      if (!ctx.openClassroom) return { ok: false };
      await ctx.openClassroom(sender.tab?.id ?? null);
      return { ok: true };
  }
}
