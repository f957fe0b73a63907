/**
 * The background's check of every request (messaging/protocol.ts `Request`), with zod:
 * background only (zod would cost the content script 15 kB). A request that does not
 * parse is ignored.
 */
import { z } from 'zod';
import { FEATURES, type Feature } from '../diagnostics/log';
import { MAX_IMPORT_BYTES } from '../importers/limits';
import type { Request } from './protocol';

const factId = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

export const requestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('engine-data') }).strict(),
  z.object({ type: z.literal('mute-fact'), factId }).strict(),
  z.object({ type: z.literal('unmute-fact'), factId }).strict(),
  z.object({ type: z.literal('open-classroom') }).strict(),
  z.object({ type: z.literal('log-failure'), feature: z.enum(FEATURES as [Feature, ...Feature[]]), message: z.string().max(500) }).strict(),
  // The options page's. A fact is checked by the store against the fact schema, which names
  // each problem; here only the envelope. An import's text may run one character past the
  // limit: the importer then refuses it with its own words (the page cuts longer texts).
  z.object({ type: z.literal('list-facts') }).strict(),
  z.object({ type: z.literal('add-fact'), fact: z.unknown() }).strict(),
  z.object({ type: z.literal('update-fact'), id: factId, fact: z.unknown() }).strict(),
  z.object({ type: z.literal('delete-fact'), id: factId }).strict(),
  z.object({ type: z.literal('import-facts'), text: z.string().max(MAX_IMPORT_BYTES + 1) }).strict(),
  z.object({ type: z.literal('export-facts') }).strict(),
  z.object({ type: z.literal('reset-facts'), keepUserFacts: z.boolean() }).strict(),
  z.object({ type: z.literal('list-mutes') }).strict(),
  z.object({ type: z.literal('unmute-fact-on-site'), site: z.string().min(1).max(255), factId }).strict(),
]);

// The schema and the protocol's type describe the same requests (a compile-time check both ways).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const same: Same<z.infer<typeof requestSchema>, Request> = true;
void same;

/** The request, or why it is refused: the first thing wrong, named by its field (enough to fix a caller). */
export function parseRequest(message: unknown): { ok: true; request: Request } | { ok: false; error: string } {
  const parsed = requestSchema.safeParse(message);
  if (parsed.success) return { ok: true, request: parsed.data };
  const issue = parsed.error.issues[0];
  const what = !issue ? 'unreadable' : issue.path[0] === 'type' ? 'no such request' : `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`;
  return { ok: false, error: `Malformed request: ${what}`.slice(0, 200) };
}
