/**
 * The one message API between content scripts / extension pages and the background.
 * Requests are validated with zod in the background; anything malformed, or not sent
 * by this extension itself, is ignored.
 */
import { z } from 'zod';

const site = z.string().min(1).max(253).regex(/^[a-z0-9.-]+$/i, 'must be a host name');
const factId = z.string().min(1).max(120).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

export const requestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('engine-data'), site }).strict(),
  z.object({ type: z.literal('mute-fact'), site, factId }).strict(),
  z.object({ type: z.literal('unmute-fact'), site, factId }).strict(),
  z.object({ type: z.literal('open-classroom') }).strict(),
]);

export type Request = z.infer<typeof requestSchema>;

export interface EngineDataResponse {
  facts: import('../engine/schema').Fact[];
  frames: import('../engine/schema').Frame[];
  muted: string[];
}

export interface ResponseMap {
  'engine-data': EngineDataResponse;
  'mute-fact': { ok: true };
  'unmute-fact': { ok: true };
  'open-classroom': { ok: boolean };
}

export type ErrorResponse = { error: string };
