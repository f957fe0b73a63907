/**
 * The background's check of every request (messaging/protocol.ts `Request`), with zod:
 * background only (zod would cost the content script 15 kB). A request that does not
 * parse is ignored.
 */
import { z } from 'zod';
import { FEATURES, type Feature } from '../diagnostics/log';
import type { Request } from './protocol';

const factId = z.string().min(1).max(120).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

export const requestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('engine-data') }).strict(),
  z.object({ type: z.literal('mute-fact'), factId }).strict(),
  z.object({ type: z.literal('unmute-fact'), factId }).strict(),
  z.object({ type: z.literal('open-classroom') }).strict(),
  z.object({ type: z.literal('log-failure'), feature: z.enum(FEATURES as [Feature, ...Feature[]]), message: z.string().max(500) }).strict(),
]);

// The schema and the protocol's type describe the same requests (a compile-time check both ways).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const same: Same<z.infer<typeof requestSchema>, Request> = true;
void same;
