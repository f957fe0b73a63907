/**
 * The facts, frames, origins and hidden facts the page works with, as the background sent
 * them. The maps stay the same objects (the reply assistant holds them) and are refilled
 * when the facts change: added, edited, deleted, imported or reset, or a fact hidden or
 * shown again (here, in another tab, in the options), all without a reload.
 */
import { logFailure } from '../../diagnostics/log';
import type { Fact, Frame } from '../../engine/schema';
import { ask } from '../../messaging/client';
import { watchFactsChanged } from '../../messaging/facts-signal';
import type { EngineDataResponse, LocalOrigin } from '../../messaging/protocol';
import type { PageClaims } from '../page-claims';

export interface PageData {
  data: EngineDataResponse;
  factsById: Map<string, Fact>;
  framesByTopic: Map<string, Frame>;
  origins: Record<string, LocalOrigin>;
  muted: Set<string>;
}

export function createPageData(initial: EngineDataResponse): PageData {
  const page = { factsById: new Map(), framesByTopic: new Map() } as PageData;
  useData(page, initial);
  return page;
}

function useData(page: PageData, next: EngineDataResponse): void {
  page.data = next;
  page.factsById.clear();
  for (const f of next.facts) page.factsById.set(f.id, f);
  page.framesByTopic.clear();
  for (const f of next.frames) page.framesByTopic.set(f.topic, f);
  page.origins = next.origins ?? {};
  page.muted = new Set(next.muted);
}

/** What the page does when its facts change. */
export interface FactsEffects {
  /** The fact hidden from the open card: it stays hidden until the card closes. */
  kept(): string | null;
  claims(): PageClaims | null;
  rebuild(): void;
  rescan(): void;
}

/** Reads the facts again whenever they change; the engine is rebuilt only when the facts themselves did. */
export function watchFacts(ctx: { readonly isInvalid: boolean }, page: PageData, fx: FactsEffects): () => void {
  return watchFactsChanged(() => {
    ask({ type: 'engine-data' })
      .then((next) => {
        if (ctx.isInvalid) return;
        const current = page.data;
        const same = next.facts.length === current.facts.length && JSON.stringify(next.facts) === JSON.stringify(current.facts) && JSON.stringify(next.origins) === JSON.stringify(current.origins);
        const before = page.muted;
        useData(page, next);
        const kept = fx.kept();
        if (kept) page.muted.add(kept);
        if (!same) return fx.rebuild();
        const shown = [...before].filter((id) => !page.muted.has(id));
        const hidden = [...page.muted].filter((id) => !before.has(id));
        const claims = fx.claims();
        for (const id of hidden) claims?.mute(id);
        for (const id of shown) claims?.unmute(id);
        if (shown.length) fx.rescan();
      })
      .catch((e: unknown) => logFailure('facts-update', e));
  });
}
