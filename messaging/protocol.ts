/**
 * Puente's one protocol, both directions, types shared by every side:
 *
 * - pages and content scripts → background: `Request` → `ResponseMap[type]` (sent with
 *   `ask`, messaging/client.ts; validated in the background by messaging/request-schema.ts);
 * - popup and classroom → a tab's content script: `TabRequest` → `TabResponseMap[type]`
 *   (sent by messaging/tabs.ts; accepted by content/session/tab-responder.ts only from this
 *   extension and only in the shapes `parseTabRequest` lets through).
 *
 * Anything malformed, or not sent by this extension itself, is ignored. No request names
 * the site it speaks for: the background takes the site from the sender (the page the
 * content script runs in), so a page cannot speak for another site, and every host the
 * browser can open (IPv6 literals, names with "_") works. This file holds no validation
 * library: it ships in the content script.
 */
import type { Feature } from '../diagnostics/log';
import type { Fact, Frame, Lang } from '../engine/schema';
import type { TopicId } from '../engine/topics';
import type { FigureCheck, Verdict } from '../engine/types';

// ---------------------------------------------------------------------------------------
// Pages and content scripts → background

export type Request =
  | { type: 'engine-data' }
  | { type: 'mute-fact'; factId: string }
  | { type: 'unmute-fact'; factId: string }
  | { type: 'open-classroom' }
  | { type: 'log-failure'; feature: Feature; message: string };

/** Where a fact came from, for the facts that are not Puente's own curated ones. */
export type LocalOrigin = 'user' | 'imported';

export interface EngineDataResponse {
  facts: Fact[];
  frames: Frame[];
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

// ---------------------------------------------------------------------------------------
// Popup and classroom → a tab's content script

export type TabRequest = { type: 'page-claims' } | { type: 'open-claim'; id: number };

/** Exactly these two shapes, no extra keys (written out: this ships in the content script). */
export function parseTabRequest(x: unknown): TabRequest | null {
  if (!x || typeof x !== 'object' || Array.isArray(x)) return null;
  const m = x as Record<string, unknown>;
  const keys = Object.keys(m).sort().join();
  if (m.type === 'page-claims' && keys === 'type') return { type: 'page-claims' };
  if (m.type === 'open-claim' && keys === 'id,type' && Number.isInteger(m.id)) return { type: 'open-claim', id: m.id as number };
  return null;
}

export interface PageClaimSummary {
  id: number;
  figures?: FigureCheck[];
  text: string;
  topic: TopicId;
  factId: string;
  rating: Verdict;
  /** Whether the fact answers the claim (else it is only related). */
  answers: boolean;
  score: number;
  lang: Lang;
}

export interface PageClaimsResponse {
  url: string;
  title: string;
  lang: Lang;
  active: boolean;
  claims: PageClaimSummary[];
}

export interface TabResponseMap {
  'page-claims': PageClaimsResponse;
  'open-claim': { ok: boolean };
}
