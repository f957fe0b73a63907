/**
 * The content script's work on any page: read it through the site's adapter, highlight the
 * claims, open cards. The X entry adds the reply assistant; other sites never load it.
 *
 * What a page can learn of Puente is kept to what the reader asked for: on a site where
 * Puente is off or paused nothing is registered, read or added; elsewhere the highlight and
 * its stylesheet appear with the first claim, and the overlay (a closed shadow root the
 * page cannot read or click into) with the first card. Only the reader's own (trusted)
 * clicks and keys act, and a key the page or an input already handled is left alone.
 */
import { render, type ComponentType } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { logFailure, setFailureSink } from '../diagnostics/log';
import { createEngineInSteps, type Engine } from '../engine/core';
import { guessLanguage } from '../engine/language';
import type { Fact, Frame, Lang } from '../engine/schema';
import { buildSummary } from '../engine/summary';
import { ask } from '../messaging/client';
import { watchFactsChanged } from '../messaging/facts-signal';
import type { EngineDataResponse, LocalOrigin } from '../messaging/protocol';
import { parseTabRequest, type PageClaimsResponse } from '../messaging/tab-protocol';
import { ClaimHighlights, highlightSupported } from './highlights';
import { createOverlayRoot, type OverlayRoot } from './overlay-root';
import { PageClaims, type PageClaim } from './page-claims';
import { Scanner } from './scanner';
import type { ReplyAssistant, ReplyAssistantOptions } from './reply-assistant';
import { Overlay, type OpenCard } from '../components/Overlay';
import { getSettings, siteEnabled, watchSettings, type Settings } from '../settings/settings';
import { adapterFor } from '../sites';

/** The X-only reply assistant, handed in by the X entry so other pages never carry its code. */
export interface ReplyFeature {
  start(options: ReplyAssistantOptions): ReplyAssistant;
  Layer: ComponentType<{ assistant: ReplyAssistant; lang: Lang }>;
}

export async function runContentScript(ctx: ContentScriptContext, replies?: ReplyFeature): Promise<void> {
  if (!highlightSupported()) return;
  // This script's console is the page's: failures go to the extension's console instead.
  setFailureSink((feature, message) => {
    // If even the background cannot be reached (the extension was updated), nothing is left to tell.
    ask({ type: 'log-failure', feature, message }).catch(() => undefined);
  });
  try {
    await run(ctx, replies);
  } catch (e) {
    logFailure('start-up', e);
  }
}

/** The reader's own events only: a page's synthetic ones never drive Puente. */
const trusted = (e: Event) => e.isTrusted;

async function run(ctx: ContentScriptContext, replies?: ReplyFeature): Promise<void> {
  const site = location.hostname;
  // Evaluating the script is already one task: start the real work in fresh ones, and
  // touch the messaging and storage APIs (their first use sets up wrappers) apart.
  await yieldToMain();
  const dataRequest = ask({ type: 'engine-data' });
  await yieldToMain();
  const [initialData, initialSettings] = await Promise.all([dataRequest, getSettings()]);
  if (ctx.isInvalid) return;
  let settings: Settings = initialSettings;
  let data: EngineDataResponse = initialData;
  // Kept as the same objects for the reply assistant, refilled when facts change.
  const factsById = new Map<string, Fact>();
  const framesByTopic = new Map<string, Frame>();
  let origins: Record<string, LocalOrigin> = {};
  let muted = new Set<string>();
  const useData = (next: EngineDataResponse) => {
    data = next;
    factsById.clear();
    for (const f of next.facts) factsById.set(f.id, f);
    framesByTopic.clear();
    for (const f of next.frames) framesByTopic.set(f.topic, f);
    origins = next.origins ?? {};
    muted = new Set(next.muted);
  };
  useData(initialData);

  const active = () => siteEnabled(settings, site);
  let engine: Engine | null = null;
  let engineBuild: Promise<Engine> | null = null;
  // Built in short steps between other work: indexing ~70 facts at once is a long task.
  const buildEngine = (): Promise<Engine> => createEngineInSteps(data.knowledge, data.facts, { show: settings.showThreshold, suggest: settings.suggestThreshold }, yieldToMain);

  let langCache: Lang | null = null;
  const pageLang = (): Lang => (langCache ??= readPageLang());
  const cardLang = (): Lang => (settings.cardLanguage === 'auto' ? pageLang() : settings.cardLanguage);
  let langOverride: Lang | null = null;
  const currentCardLang = () => langOverride ?? cardLang();

  const highlights = new ClaimHighlights(settings.highlightStyle, (e) => logFailure('highlight-style', e));
  let claims: PageClaims | null = null;
  let scanner: Scanner | null = null;

  let open: { claim: PageClaim; returnFocus: Element | null } | null = null;
  /** A fact hidden from the open card, until the card closes (its Undo shows it again). */
  let mutedInCard: string | null = null;
  let cursor: PageClaim | null = null;
  /** Enter opens the cursor's claim only right after Alt+Shift+J/K moved it there. */
  let armed = false;
  let announcement = '';
  let replyAssistant: ReplyAssistant | null = null;

  // The overlay: created with the first thing it shows, never before.
  let ui: OverlayRoot | null = null;
  let uiCreating: Promise<void> | null = null;
  let container: HTMLElement | null = null;
  const overlayHost = (): Element | null => ui?.host ?? null;
  const isOurs = (node: Node) => {
    const host = overlayHost();
    return host !== null && (node === host || host.contains(node));
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
      container = made.container;
    })());
  }

  function draw(): void {
    if (!ui) {
      if (active()) ensureUi().then(() => ui && draw(), (e: unknown) => logFailure('card', e));
      return;
    }
    if (!container) return;
    const claim = open?.claim;
    const fact = claim ? factsById.get(claim.finding.factId) : undefined;
    const lang = currentCardLang();
    const card: OpenCard | null = claim && fact ? { finding: claim.finding, fact, origin: origins[fact.id], frame: framesByTopic.get(claim.finding.topic), anchorRect: () => claim.range.getBoundingClientRect() } : null;
    render(
      <Overlay
        card={card}
        lang={lang}
        muted={Boolean(claim && mutedInCard === claim.finding.factId)}
        announcement={announcement}
        accept={trusted}
        onLangChange={(l) => {
          langOverride = l;
          draw();
        }}
        onClose={closeCard}
        onCopy={async () => {
          if (!claim || !fact) return false;
          try {
            await navigator.clipboard.writeText(buildSummary(claim.finding.text, claim.finding.rating, fact, currentCardLang(), claim.finding.figures));
            return true;
          } catch (e) {
            logFailure('copy', e);
            return false;
          }
        }}
        onMute={() => {
          if (!claim) return;
          const factId = claim.finding.factId;
          mutedInCard = factId;
          muted.add(factId);
          claims?.mute(factId);
          ask({ type: 'mute-fact', factId }).catch((e: unknown) => logFailure('mute', e));
          // The card stays open with an Undo; the claim's highlight is already gone.
          draw();
        }}
        onUnmute={() => {
          if (!claim) return;
          const factId = claim.finding.factId;
          mutedInCard = null;
          muted.delete(factId);
          claims?.unmute(factId);
          scanner?.rescanAll();
          ask({ type: 'unmute-fact', factId }).catch((e: unknown) => logFailure('mute', e));
          draw();
        }}
        onClassroom={async () => {
          try {
            return (await ask({ type: 'open-classroom' })).ok;
          } catch (e) {
            logFailure('classroom', e);
            return false;
          }
        }}
        extra={replyAssistant && replies && <replies.Layer assistant={replyAssistant} lang={lang} />}
      />,
      container,
    );
  }

  function openCard(claim: PageClaim): void {
    open = { claim, returnFocus: document.activeElement };
    mutedInCard = null;
    cursor = claim;
    armed = false;
    highlights.setFocus(claim.range);
    draw();
  }

  function closeCard(): void {
    const back = open?.returnFocus;
    open = null;
    mutedInCard = null;
    highlights.setFocus(cursor && claims?.byId(cursor.id) ? cursor.range : null);
    draw();
    if (back instanceof HTMLElement && back.isConnected) back.focus({ preventScroll: true });
  }

  /** Moves the keyboard cursor to the next (or previous) claim and scrolls it into view. */
  function step(direction: 1 | -1): void {
    const list = claims?.all() ?? [];
    if (!list.length) return;
    const at = cursor ? list.findIndex((c) => c.id === cursor!.id) : -1;
    const next = list[(at + direction + list.length) % list.length]!;
    cursor = next;
    armed = true;
    highlights.setFocus(next.range);
    const rect = next.range.getBoundingClientRect();
    if (rect.top < 0 || rect.bottom > window.innerHeight) window.scrollBy({ top: rect.top - window.innerHeight / 3, behavior: 'instant' as ScrollBehavior });
    const n = list.indexOf(next) + 1;
    announcement = currentCardLang() === 'es' ? `Afirmación ${n} de ${list.length}: ${next.finding.text}. Pulsa Intro para abrir.` : `Claim ${n} of ${list.length}: ${next.finding.text}. Press Enter to open.`;
    draw();
  }

  ctx.addEventListener(document, 'click', (event) => {
    const e = event as MouseEvent;
    // Only the reader's own clicks count: a page's synthetic events do not.
    if (!e.isTrusted || e.button !== 0 || e.defaultPrevented || !claims || !active()) return;
    armed = false;
    const target = e.composedPath()[0];
    if (target instanceof Node && isOurs(target)) return;
    if (!(target instanceof Node) || editingAt(target)) return;
    const claim = claims.atPoint(e.clientX, e.clientY, target);
    if (claim) openCard(claim);
    else if (open) closeCard();
  });
  ctx.addEventListener(document, 'keydown', (event) => {
    const e = event as KeyboardEvent;
    if (!e.isTrusted || !claims || !active()) return;
    const wasArmed = armed;
    armed = false;
    if (e.key === 'Escape' && open && !e.defaultPrevented) return closeCard();
    // The element that really has the key: inside a page's own shadow DOM, e.target is only its host.
    const target = e.composedPath()[0];
    if (e.defaultPrevented || !(target instanceof Node) || editingAt(target) || isOurs(target)) return;
    // Alt+Shift+J / Alt+Shift+K move through the page's claims; Enter right after opens the current one.
    if (e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && (e.code === 'KeyJ' || e.code === 'KeyK')) {
      e.preventDefault();
      step(e.code === 'KeyJ' ? 1 : -1);
    } else if (e.key === 'Enter' && wasArmed && cursor && !open && !e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey) {
      e.preventDefault();
      openCard(cursor);
    }
  });

  const adapter = adapterFor(site, document);
  const hooks = {
    read: (block: Element, _text: string, timeLeft: () => number) => claims?.read(block, timeLeft) ?? true,
    isStale: (block: Element) => claims?.isStale(block) ?? false,
    forget: (block: Element) => claims?.forget(block),
  };

  let generation = 0;
  /** Starts reading the page if Puente is on here: builds the engine first, in steps. */
  async function turnOn(): Promise<void> {
    if (scanner || !active()) return;
    const mine = ++generation;
    if (!engine) {
      const build = (engineBuild ??= buildEngine());
      const built = await build;
      // A newer build (the thresholds or the facts changed meanwhile) replaced this one.
      if (build !== engineBuild) return;
      engine = built;
    }
    if (ctx.isInvalid || mine !== generation || scanner || !active()) return;
    claims = new PageClaims(engine, highlights, { lang: pageLang(), muted: new Set(muted) });
    scanner = new Scanner(document, adapter, hooks, { signal: ctx.signal, ignore: isOurs, onError: (e) => logFailure('scanner', e) });
    scanner.start();
    // The X reply assistant (reply boxes only), always on the current engine.
    if (replies && !replyAssistant) {
      replyAssistant = replies.start({ ctx, engine: () => engine!, factsById, origins: () => origins, enabled: active, onChange: draw, overlayHost });
    }
  }

  /** Stops reading and takes every highlight and stylesheet back out of the page. */
  function turnOff(): void {
    generation++;
    scanner?.stop();
    scanner = null;
    if (open) closeCard();
    cursor = null;
    armed = false;
    claims = null;
    highlights.dispose();
    // The overlay goes too: a site turned off shows no trace of Puente.
    if (ui) {
      render(null, container!);
      ui.remove();
      ui = null;
      uiCreating = null;
      container = null;
    }
  }

  const restart = () => {
    turnOff();
    turnOn().catch((e: unknown) => logFailure('start-up', e));
  };
  const rebuild = () => {
    engine = null;
    engineBuild = null;
    if (active()) restart();
  };

  await turnOn();
  if (ctx.isInvalid) return;

  // Single-page apps (X, Reddit, Facebook) change the URL without a page load: close the
  // card and read the new view from scratch.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    if (open) closeCard();
    cursor = null;
    armed = false;
    scanner?.rescanAll();
  });

  const unwatch = watchSettings((next) => {
    const before = settings;
    settings = next;
    if (next.cardLanguage !== before.cardLanguage) langOverride = null;
    if (next.highlightStyle !== before.highlightStyle) highlights.setStyle(next.highlightStyle);
    if (!active()) turnOff();
    else if (next.showThreshold !== before.showThreshold || next.suggestThreshold !== before.suggestThreshold) rebuild();
    else turnOn().catch((e: unknown) => logFailure('start-up', e));
    if (ui) draw();
  });

  // Facts were added, edited, deleted, imported or reset, or a fact was hidden or shown
  // again (here, in another tab, in the options): read them again without a reload.
  const unwatchFacts = watchFactsChanged(() => {
    ask({ type: 'engine-data' })
      .then((next) => {
        if (ctx.isInvalid) return;
        const sameFacts = next.facts.length === data.facts.length && JSON.stringify(next.facts) === JSON.stringify(data.facts) && JSON.stringify(next.origins) === JSON.stringify(data.origins);
        const before = muted;
        useData(next);
        // Keep a fact hidden from the open card hidden until the card closes.
        if (mutedInCard) muted.add(mutedInCard);
        if (!sameFacts) return rebuild();
        const shown = [...before].filter((id) => !muted.has(id));
        const hidden = [...muted].filter((id) => !before.has(id));
        for (const id of hidden) claims?.mute(id);
        for (const id of shown) claims?.unmute(id);
        if (shown.length) scanner?.rescanAll();
      })
      .catch((e: unknown) => logFailure('facts-update', e));
  });

  // The popup and classroom view ask the page for its claims; only this extension may.
  const onTabMessage = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const request = parseTabRequest(message);
    if (!request) return undefined;
    if (request.type === 'page-claims') {
      const response: PageClaimsResponse = {
        url: location.href,
        title: document.title,
        lang: pageLang(),
        active: active(),
        claims: (claims?.all() ?? []).map((c) => ({ id: c.id, text: c.finding.text, topic: c.finding.topic, factId: c.finding.factId, rating: c.finding.rating, answers: c.finding.answers, score: c.finding.score, lang: c.finding.lang, ...(c.finding.figures ? { figures: c.finding.figures } : {}) })),
      };
      return Promise.resolve(response);
    }
    const claim = claims?.byId(request.id);
    if (!claim) return Promise.resolve({ ok: false });
    const rect = claim.range.getBoundingClientRect();
    window.scrollBy({ top: rect.top - window.innerHeight / 3, behavior: 'instant' as ScrollBehavior });
    openCard(claim);
    return Promise.resolve({ ok: true });
  };
  browser.runtime.onMessage.addListener(onTabMessage);

  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onTabMessage);
    unwatch();
    unwatchFacts();
    turnOff();
  });
}

/** Whether a node is somewhere the reader types: an input, an editable region, a designMode page. */
function editingAt(node: Node): boolean {
  const doc = node.ownerDocument;
  if (doc?.designMode === 'on') return true;
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  if (!el) return false;
  if ((el as HTMLElement).isContentEditable) return true;
  return Boolean(el.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"]), [role="textbox"]'));
}

/**
 * The page's language: its declared `lang`, else a guess from up to 3,000 characters of its
 * text, gathered node by node (reading `innerText` would lay out the whole page).
 */
function readPageLang(): Lang {
  const htmlLang = document.documentElement.lang;
  if (/^es\b/i.test(htmlLang)) return 'es';
  if (/^en\b/i.test(htmlLang)) return 'en';
  const body = document.body;
  if (!body) return 'en';
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest('script, style, noscript, template') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  let text = '';
  for (let n = walker.nextNode(); n && text.length < 3000; n = walker.nextNode()) text += `${(n as Text).data} `;
  return guessLanguage(text.slice(0, 3000));
}

function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
