/**
 * The card controller: the overlay (created with the first thing it shows, never before),
 * the open card, the keyboard cursor over the page's claims and what the screen reader hears.
 * The overlay's and the card's code (card-feature.ts: Preact's renderer, the overlay, the
 * card) is a chunk of the reader, loaded when the overlay first shows something: that first
 * card (or announcement, or reply panel) shows once it has arrived (and a card takes focus
 * then, as always).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { OpenCard } from '../../components/Overlay';
import { logFailure } from '../../diagnostics/log';
import type { Lang } from '../../engine/schema';
import { ask } from '../../messaging/client';
import { chunkLoader } from '../chunk-loader';
import { copyText } from '../clipboard';
import { createOverlayRoot, type OverlayRoot } from '../overlay-root';
import type { ClaimHighlights } from '../highlights';
import type { PageClaim, PageClaims } from '../page-claims';
import type { CardFeature, ExtraLayer } from './card-feature';
import type { PageData } from './page-data';
import { scrollToThird, trusted } from './page-lang';

/** What the card controller asks of the page session. */
export interface CardEnv {
  active: () => boolean;
  claims: () => PageClaims | null;
  /** The card's language from the settings (and the page), before the reader's EN/ES switch. */
  cardLang: () => Lang;
  rescan: () => void;
  /** More UI drawn in the same layer (the X reply assistant). */
  extra: () => ExtraLayer | null;
}

export type CardController = ReturnType<typeof createCardController>;

export function createCardController(ctx: ContentScriptContext, page: PageData, highlights: Pick<ClaimHighlights, 'setFocus'>, { active, claims, cardLang, rescan, extra }: CardEnv) {
  let ui: OverlayRoot | null = null;
  let uiCreating: Promise<void> | null = null;
  let open: { claim: PageClaim; returnFocus: Element | null } | null = null;
  /** A fact hidden from the open card, until the card closes (its Undo shows it again). */
  let mutedInCard: string | null = null;
  let cursor: PageClaim | null = null;
  /** Enter opens the cursor's claim only right after Alt+Shift+J/K moved it there. */
  let armed = false;
  let announcement = '';
  let langOverride: Lang | null = null;
  const lang = () => langOverride ?? cardLang();
  /** The card's code, once its chunk has arrived. */
  let feature: CardFeature | null = null;
  const loadFeature = chunkLoader('card', () => import('./card-feature').then((m) => m.CARD_FEATURE));

  const host = (): Element | null => ui?.host ?? null;
  const isOurs = (node: Node) => {
    const h = host();
    return h !== null && (node === h || h.contains(node));
  };

  function ensureUi(): Promise<void> {
    return (uiCreating ??= (async () => {
      const made = await createOverlayRoot(ctx);
      if (ctx.isInvalid || !active()) {
        // Turned off while the overlay was being made: it never reaches the page.
        uiCreating = null;
        return;
      }
      made.mount();
      ui = made;
    })());
  }

  const setMuted = (factId: string, hide: boolean) => {
    mutedInCard = hide ? factId : null;
    if (hide) {
      page.muted.add(factId);
      claims()?.mute(factId);
    } else {
      page.muted.delete(factId);
      claims()?.unmute(factId);
      rescan();
    }
    ask({ type: hide ? 'mute-fact' : 'unmute-fact', factId }).catch((e: unknown) => logFailure('mute', e));
    // The card stays open (with an Undo once hidden); the claim's highlight is already gone.
    draw();
  };

  function draw(): void {
    // Fetched alongside the overlay's own set-up, not after it. Every draw until it arrives
    // waits on the one request; the first to see it draws what is to be shown by then
    // (nothing, if the card was closed meanwhile). After a failure the next draw asks again.
    if (!feature) {
      loadFeature().then((arrived) => {
        if (!arrived || feature) return;
        feature = arrived;
        if (!ctx.isInvalid) draw();
      });
    }
    if (!ui) {
      if (active())
        ensureUi().then(
          () => ui && feature && draw(),
          (e: unknown) => logFailure('card', e),
        );
      return;
    }
    if (!feature) return;
    const claim = open?.claim;
    const fact = claim ? page.factsById.get(claim.finding.factId) : undefined;
    const factById = (id: string) => page.factsById.get(id);
    const l = lang();
    const card: OpenCard | null =
      claim && fact
        ? { finding: claim.finding, fact, factById, origin: page.origins[fact.id], frame: page.framesByTopic.get(claim.finding.topic), anchorRect: () => claim.range.getBoundingClientRect() }
        : null;
    const loaded = feature;
    loaded.drawOverlay(ui.container, {
      card,
      lang: l,
      muted: Boolean(claim && mutedInCard === claim.finding.factId),
      announcement,
      accept: trusted,
      onLangChange: (next) => {
        langOverride = next;
        draw();
      },
      onClose: close,
      onCopy: async () => Boolean(claim && fact) && copyText(() => loaded.buildSummary(claim!.finding.text, claim!.finding.rating, fact!, lang(), claim!.finding.figures, factById)),
      onMute: () => claim && setMuted(claim.finding.factId, true),
      onUnmute: () => claim && setMuted(claim.finding.factId, false),
      onClassroom: async () => {
        try {
          return (await ask({ type: 'open-classroom' })).ok;
        } catch (e) {
          logFailure('classroom', e);
          return false;
        }
      },
      extra: extra(),
    });
  }

  function openCard(claim: PageClaim): void {
    open = { claim, returnFocus: document.activeElement };
    mutedInCard = null;
    cursor = claim;
    armed = false;
    highlights.setFocus(claim.range);
    draw();
  }

  function close(): void {
    const back = open?.returnFocus;
    open = null;
    mutedInCard = null;
    highlights.setFocus(cursor && claims()?.byId(cursor.id) ? cursor.range : null);
    draw();
    if (back instanceof HTMLElement && back.isConnected) back.focus({ preventScroll: true });
  }

  /** Moves the keyboard cursor to the next (or previous) claim and scrolls it into view. */
  function step(direction: 1 | -1): void {
    const list = claims()?.all() ?? [];
    if (!list.length) return;
    const at = cursor ? list.findIndex((c) => c.id === cursor!.id) : -1;
    const next = list[(at + direction + list.length) % list.length]!;
    cursor = next;
    armed = true;
    highlights.setFocus(next.range);
    const rect = next.range.getBoundingClientRect();
    if (rect.top < 0 || rect.bottom > window.innerHeight) scrollToThird(rect);
    const n = list.indexOf(next) + 1;
    announcement = lang() === 'es' ? `Afirmación ${n} de ${list.length}: ${next.finding.text}. Pulsa Intro para abrir.` : `Claim ${n} of ${list.length}: ${next.finding.text}. Press Enter to open.`;
    draw();
  }

  return {
    draw,
    /** Draws the overlay again if there is one (it is never created just to redraw). */
    redraw: () => ui && draw(),
    open: openCard,
    /** Closes the open card; false when none was open. */
    close: () => Boolean(open && (close(), true)),
    step,
    isOurs,
    host,
    /** Consumes the Alt+Shift+J/K arming: the claim Enter may open now, if any. */
    disarm: () => {
      const was = armed;
      armed = false;
      return was && !open ? cursor : null;
    },
    /** Closes the card and forgets the cursor (a new view); with `remove`, the overlay goes too. */
    reset: (remove?: boolean) => {
      if (open) close();
      cursor = null;
      armed = false;
      if (remove && ui) {
        // A site turned off shows no trace of Puente.
        feature?.drawOverlay(ui.container, null);
        ui.remove();
        ui = null;
        uiCreating = null;
      }
    },
    /** The fact hidden from the open card (it stays hidden until the card closes). */
    kept: () => mutedInCard,
    resetLang: () => {
      langOverride = null;
    },
  };
}
