/**
 * Puente's one protocol, both directions, types shared by every side:
 *
 * - pages and content scripts → background: `Request` → `ResponseMap[type]` (sent with
 *   `ask`, messaging/client.ts; validated in the background by messaging/request-schema.ts);
 * - popup and classroom → a tab's content script: `TabRequest` → `TabResponseMap[type]`
 *   (sent by messaging/tabs.ts; accepted by content/session/tab-responder.ts only from this
 *   extension and only in the shapes `parseTabRequest` lets through);
 * - a content script → the extension's pages: the `ClaimsChanged` announcement (no answer),
 *   read by the popup and classroom with `parseClaimsChanged`.
 *
 * Anything malformed, or not sent by this extension itself, is ignored. No request names
 * the site it speaks for: the background takes the site from the sender (the page the
 * content script runs in), so a page cannot speak for another site, and every host the
 * browser can open (IPv6 literals, names with "_") works. This file holds no validation
 * library: it ships in the content script.
 */
import type { Feature } from '../diagnostics/log';
import type { Fact, Frame, Lang, Problem } from '../engine/schema';
import type { TopicId } from '../engine/topics';
import type { FigureCheck, Verdict } from '../engine/types';
import type { Mute, StoredFact } from '../store/db';

export type { Mute, StoredFact };

// ---------------------------------------------------------------------------------------
// Pages and content scripts → background

export type Request =
  | { type: 'engine-data' }
  | { type: 'mute-fact'; factId: string }
  | { type: 'unmute-fact'; factId: string }
  | { type: 'open-classroom' }
  | { type: 'log-failure'; feature: Feature; message: string }
  | FactsRequest;

/**
 * The options page's requests: the background owns the database, the page only asks.
 * Accepted only from the extension's own pages. Facts arrive as they were typed: the
 * background validates them (one place, with the problems the page shows).
 */
export type FactsRequest =
  | { type: 'list-facts' }
  | { type: 'add-fact'; fact: unknown }
  | { type: 'update-fact'; id: string; fact: unknown }
  | { type: 'delete-fact'; id: string }
  | { type: 'import-facts'; text: string }
  | { type: 'export-facts' }
  | { type: 'reset-facts'; keepUserFacts: boolean }
  | { type: 'list-mutes' }
  | { type: 'unmute-fact-on-site'; site: string; factId: string };

/** A change to the facts either happened whole (`count`: facts imported) or not at all, with every problem. */
export type FactsOutcome = { ok: true; count?: number } | { ok: false; problems: Problem[] };

/** Where a fact came from, for the facts that are not Puente's own curated ones. */
export type LocalOrigin = 'user' | 'imported';

export interface EngineDataResponse {
  facts: Fact[];
  frames: Frame[];
  muted: string[];
  /** Facts the reader wrote or imported, by id: shown with a badge wherever they appear. */
  origins: Record<string, LocalOrigin>;
  /** The engine's word lists (engine/knowledge.ts) less those the index holds compiled: sent with the facts so the content script's code need not carry them. */
  knowledge: import('../engine/compiled-index').RuntimeKnowledge;
  /** The vocabulary and the bundled facts' stems, compiled once in the background: the tab stems only the reader's own facts. */
  index: import('../engine/compiled-index').CompiledIndex;
}

export interface ResponseMap {
  'engine-data': EngineDataResponse;
  'mute-fact': { ok: true };
  'unmute-fact': { ok: true };
  'open-classroom': { ok: boolean };
  'log-failure': { ok: true };
  'list-facts': { facts: StoredFact[] };
  'add-fact': FactsOutcome;
  'update-fact': FactsOutcome;
  'delete-fact': FactsOutcome;
  'import-facts': FactsOutcome;
  /** The reader's facts as a fact pack, or null when there are none. */
  'export-facts': { pack: string | null };
  'reset-facts': FactsOutcome;
  'list-mutes': { mutes: Mute[] };
  'unmute-fact-on-site': { ok: true };
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

// ---------------------------------------------------------------------------------------
// A content script → the extension's pages (popup, classroom): its page's claims changed.
// Sent only once one of those pages has asked for the claims, and coalesced; the listener
// reads them again with `page-claims` and ignores other tabs (by the sender's tab).

export type ClaimsChanged = { type: 'claims-changed' };

export function parseClaimsChanged(x: unknown): ClaimsChanged | null {
  return x !== null && typeof x === 'object' && (x as { type?: unknown }).type === 'claims-changed' ? { type: 'claims-changed' } : null;
}
