/**
 * The content script's work on any page: read it through the site's adapter, highlight the
 * claims, open cards. The X entry adds the reply assistant; other sites never load it.
 */
import { render, type ComponentType } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { createEngineInSteps, type Engine } from '../engine/engine';
import { guessLanguage } from '../engine/language';
import type { Lang } from '../engine/schema';
import { buildSummary } from '../engine/summary';
import { ask } from '../messaging/client';
import { parseTabRequest, type PageClaimsResponse } from '../messaging/tab-protocol';
import { ClaimHighlights, highlightSupported, installHighlightStyle } from './highlights';
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
  const site = location.hostname;
  // Evaluating the script is already one task: start the real work in fresh ones, and
  // touch the messaging and storage APIs (their first use sets up wrappers) apart.
  await yieldToMain();
  const dataRequest = ask({ type: 'engine-data', site });
  await yieldToMain();
  const [data, initialSettings] = await Promise.all([dataRequest, getSettings()]);
  if (ctx.isInvalid) return;
  let settings: Settings = initialSettings;
  // Start-up is split into separate tasks so none of them nears the 50 ms long-task line.
  await yieldToMain();
  const factsById = new Map(data.facts.map((f) => [f.id, f]));
  const framesByTopic = new Map(data.frames.map((f) => [f.topic, f]));
  // Built in short steps between other work: indexing ~70 facts at once is a long task.
  const buildEngine = () => createEngineInSteps(data.facts, { show: settings.showThreshold, suggest: settings.suggestThreshold }, yieldToMain);
  let engine: Engine = await buildEngine();
  if (ctx.isInvalid) return;
  const currentEngine = (): Engine => engine;

  const htmlLang = document.documentElement.lang;
  const pageLang: Lang = /^es\b/i.test(htmlLang) ? 'es' : /^en\b/i.test(htmlLang) ? 'en' : guessLanguage(document.body?.innerText.slice(0, 3000) ?? '');
  let cardLang: Lang = settings.cardLanguage === 'auto' ? pageLang : settings.cardLanguage;

  const removeStyle = installHighlightStyle(document, settings.highlightStyle);
  const highlights = new ClaimHighlights();
  let claims = new PageClaims(engine, highlights, { lang: pageLang, muted: new Set(data.muted) });
  await yieldToMain();

  let open: { claim: PageClaim; returnFocus: Element | null } | null = null;
  let cursor: PageClaim | null = null;
  let announcement = '';
  let container: HTMLElement | null = null;
  let replyAssistant: ReplyAssistant | null = null;

  const ui = await createShadowRootUi(ctx, {
    name: 'puente-overlay',
    position: 'inline',
    anchor: 'html',
    append: 'last',
    isolateEvents: true,
    onMount(root) {
      container = root;
      draw();
    },
    onRemove() {
      if (container) render(null, container);
      container = null;
    },
  });
  // Mounted on first use (a card, an announcement, the reply layer): a page where the
  // reader opens nothing never gets a Puente element, and start-up renders nothing.
  let mounted = false;

  function draw(): void {
    if (!mounted) {
      mounted = true;
      ui.mount(); // onMount draws
      return;
    }
    if (!container) return;
    const claim = open?.claim;
    const fact = claim ? factsById.get(claim.finding.factId) : undefined;
    const card: OpenCard | null = claim && fact ? { finding: claim.finding, fact, frame: framesByTopic.get(claim.finding.topic), anchorRect: () => claim.range.getBoundingClientRect() } : null;
    render(
      <Overlay
        card={card}
        lang={cardLang}
        muted={false}
        announcement={announcement}
        onLangChange={(l) => {
          cardLang = l;
          draw();
        }}
        onClose={closeCard}
        onCopy={async () => {
          if (!claim || !fact) return false;
          try {
            await navigator.clipboard.writeText(buildSummary(claim.finding.text, claim.finding.rating, fact, cardLang, claim.finding.figures));
            return true;
          } catch {
            return false;
          }
        }}
        onMute={() => {
          if (!claim) return;
          const factId = claim.finding.factId;
          void ask({ type: 'mute-fact', site, factId });
          claims.mute(factId);
          closeCard();
        }}
        onClassroom={() => void ask({ type: 'open-classroom' })}
        extra={replyAssistant && replies && <replies.Layer assistant={replyAssistant} lang={cardLang} />}
      />,
      container,
    );
  }

  function openCard(claim: PageClaim): void {
    open = { claim, returnFocus: document.activeElement };
    cursor = claim;
    highlights.setFocus(claim.range);
    draw();
  }

  function closeCard(): void {
    const back = open?.returnFocus;
    open = null;
    highlights.setFocus(cursor?.range ?? null);
    draw();
    if (back instanceof HTMLElement) back.focus({ preventScroll: true });
  }

  /** Moves the keyboard cursor to the next (or previous) claim and scrolls it into view. */
  function step(direction: 1 | -1): void {
    const list = claims.all();
    if (!list.length) return;
    const at = cursor ? list.findIndex((c) => c.id === cursor!.id) : -1;
    const next = list[(at + direction + list.length) % list.length]!;
    cursor = next;
    highlights.setFocus(next.range);
    const rect = next.range.getBoundingClientRect();
    if (rect.top < 0 || rect.bottom > window.innerHeight) window.scrollBy({ top: rect.top - window.innerHeight / 3, behavior: 'instant' as ScrollBehavior });
    const n = list.indexOf(next) + 1;
    announcement = cardLang === 'es' ? `Afirmación ${n} de ${list.length}: ${next.finding.text}. Pulsa Intro para abrir.` : `Claim ${n} of ${list.length}: ${next.finding.text}. Press Enter to open.`;
    draw();
  }

  const typing = (target: EventTarget | null) => target instanceof Element && Boolean(target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])'));

  ctx.addEventListener(document, 'click', (event) => {
    const e = event as MouseEvent;
    // Only the reader's own clicks and keys count: a page's synthetic events do not.
    if (!e.isTrusted || e.button !== 0 || e.defaultPrevented || !active()) return;
    const hit = caretAt(e.clientX, e.clientY);
    const claim = hit ? claims.at(hit.node, hit.offset) : undefined;
    if (claim) openCard(claim);
    else if (open && e.target !== ui.shadowHost) closeCard();
  });
  ctx.addEventListener(document, 'keydown', (event) => {
    const e = event as KeyboardEvent;
    if (!e.isTrusted || !active()) return;
    if (e.key === 'Escape' && open) return closeCard();
    if (typing(e.target)) return;
    // Alt+Shift+J / Alt+Shift+K move through the page's claims; Enter opens the current one.
    if (e.altKey && e.shiftKey && (e.code === 'KeyJ' || e.code === 'KeyK')) {
      e.preventDefault();
      step(e.code === 'KeyJ' ? 1 : -1);
    } else if (e.key === 'Enter' && cursor && !open && !e.altKey && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      openCard(cursor);
    }
  });

  const adapter = adapterFor(site, document);
  let scanner: Scanner | null = null;
  const active = () => siteEnabled(settings, site);
  const hooks = {
    read: (block: Element) => claims.read(block),
    isStale: (block: Element) => claims.isStale(block),
    forget: (block: Element) => claims.forget(block),
  };
  function startScanning(): void {
    if (scanner || !active()) return;
    scanner = new Scanner(document, adapter, hooks, { signal: ctx.signal, ignore: (node) => node === ui.shadowHost || ui.shadowHost.contains(node) });
    scanner.start();
  }
  function stopScanning(): void {
    scanner?.stop();
    scanner = null;
    if (open) closeCard();
    cursor = null;
    highlights.clear();
    claims = new PageClaims(engine, highlights, { lang: pageLang, muted: new Set([...claims.mutedIds()]) });
  }
  startScanning();
  // The X reply assistant (reply boxes only), always on the current engine.
  replyAssistant = replies?.start({ ctx, engine: currentEngine, factsById, enabled: active, onChange: draw }) ?? null;

  // Single-page apps (X, Reddit, Facebook) change the URL without a page load: close the
  // card and read the new view from scratch.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    if (open) closeCard();
    cursor = null;
    scanner?.rescanAll();
  });

  const unwatch = watchSettings((next) => {
    const before = settings;
    settings = next;
    if (next.cardLanguage !== before.cardLanguage) cardLang = next.cardLanguage === 'auto' ? pageLang : next.cardLanguage;
    setHighlightStyle(next.highlightStyle);
    const thresholdsChanged = next.showThreshold !== before.showThreshold || next.suggestThreshold !== before.suggestThreshold;
    if (thresholdsChanged) {
      void buildEngine().then((rebuilt) => {
        // A newer change of thresholds builds its own engine; this one is stale.
        if (ctx.isInvalid || settings.showThreshold !== next.showThreshold || settings.suggestThreshold !== next.suggestThreshold) return;
        engine = rebuilt;
        stopScanning();
        startScanning();
        if (mounted) draw();
      });
      return;
    }
    if (!active()) stopScanning();
    startScanning();
    if (mounted) draw();
  });
  const setHighlightStyle = (style: Settings['highlightStyle']) => removeStyle.update(style);

  // The popup and classroom view ask the page for its claims; only this extension may.
  const onTabMessage = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const request = parseTabRequest(message);
    if (!request) return undefined;
    if (request.type === 'page-claims') {
      const response: PageClaimsResponse = {
        url: location.href,
        title: document.title,
        lang: pageLang,
        active: active(),
        claims: claims.all().map((c) => ({ id: c.id, text: c.finding.text, topic: c.finding.topic, factId: c.finding.factId, rating: c.finding.rating, answers: c.finding.answers, score: c.finding.score, lang: c.finding.lang, ...(c.finding.figures ? { figures: c.finding.figures } : {}) })),
      };
      return Promise.resolve(response);
    }
    const claim = claims.byId(request.id);
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
    scanner?.stop();
    highlights.dispose();
    removeStyle.remove();
  });
}

function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const doc = document as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null };
  if (doc.caretPositionFromPoint) {
    const p = doc.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = document.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}
