/**
 * Messages from extension pages (popup, side panel) to the content script of a tab.
 * The content script accepts them only from this extension and only in this shape.
 */
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
  figures?: import('../engine/types').FigureCheck[];
  text: string;
  topic: string;
  factId: string;
  rating: import('../engine/types').Verdict;
  /** Whether the fact answers the claim (else it is only related). */
  answers: boolean;
  score: number;
  lang: 'en' | 'es';
}

export interface PageClaimsResponse {
  url: string;
  title: string;
  lang: 'en' | 'es';
  active: boolean;
  claims: PageClaimSummary[];
}
