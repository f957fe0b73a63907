/**
 * The one message API between content scripts / extension pages and the background.
 * Requests are validated with zod in the background; anything malformed, or not sent
 * by this extension itself, is ignored.
 *
 * No request names the site it speaks for: the background takes the site from the
 * sender (the page the content script runs in), so a page cannot speak for another site,
 * and every host the browser can open (IPv6 literals, names with "_") works.
 */
import { z } from 'zod';
import { FEATURES, type Feature } from '../diagnostics/log';

const factId = z.string().min(1).max(120).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

export const requestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('engine-data') }).strict(),
  z.object({ type: z.literal('mute-fact'), factId }).strict(),
  z.object({ type: z.literal('unmute-fact'), factId }).strict(),
  z.object({ type: z.literal('open-classroom') }).strict(),
  z.object({ type: z.literal('log-failure'), feature: z.enum(FEATURES as [Feature, ...Feature[]]), message: z.string().max(500) }).strict(),
]);

export type Request = z.infer<typeof requestSchema>;

/** Where a fact came from, for the facts that are not Puente's own curated ones. */
export type LocalOrigin = 'user' | 'imported';

export interface EngineDataResponse {
  facts: import('../engine/schema').Fact[];
  frames: import('../engine/schema').Frame[];
  muted: string[];
  /** Facts the reader wrote or imported, by id: shown with a badge wherever they appear. */
  origins: Record<string, LocalOrigin>;
  /** The engine's word lists (engine/knowledge.ts): sent with the facts so the content script's code need not carry them. */
  knowledge: import('../engine/knowledge').Knowledge;
}

export interface ResponseMap {
  'engine-data': EngineDataResponse;
  'mute-fact': { ok: true };
  'unmute-fact': { ok: true };
  'open-classroom': { ok: boolean };
  'log-failure': { ok: true };
}

export type ErrorResponse = { error: string };
