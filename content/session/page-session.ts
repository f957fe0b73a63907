/**
 * A page session: everything the content script does on one page, from `start` to
 * `dispose`. It loads the data, reads the page while Puente is on here (fetching and
 * building the engine once some text could hold a claim), and composes the small parts that
 * do the rest: the card controller, the keyboard controller, the tab responder and the
 * settings binding.
 */
import type { ComponentType } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { logFailure } from '../../diagnostics/log';
import type { Engine } from '../../engine/core';
import { packsPrefilter, type LanguagePrefilter } from '../../engine/prefilter';
import type { Lang } from '../../engine/schema';
import { announceClaimsChanged, ask } from '../../messaging/client';
import { getSettings, siteEnabled, type Settings } from '../../settings/settings';
import type { SiteAdapter } from '../../sites/types';
import { ClaimHighlights } from '../highlights';
import { chunkLoader } from '../chunk-loader';
import { PageClaims } from '../page-claims';
import type { ReplyAssistant, ReplyAssistantOptions } from '../reply/assistant';
import { Scanner } from '../scanner';
import { createCardController } from './card';
import { createClaimsAnnouncer } from './claims-announcer';
import { bindKeyboard } from './keyboard';
import { createPageData, watchFacts } from './page-data';
import { readPageLang, yieldToMain } from './page-lang';
import { bindSettings } from './settings-binding';
import { respondToTabs } from './tab-responder';

/** The X-only reply assistant, handed in by the X entry so other pages never carry its code. */
export interface ReplyFeature {
  start(options: ReplyAssistantOptions): ReplyAssistant;
  Layer: ComponentType<{ assistant: ReplyAssistant; lang: Lang }>;
}

export interface PageSession {
  /** Loads the data and starts reading the page (if Puente is on here). */
  start(): Promise<void>;
  /** Stops everything the session started and takes its traces back out of the page. */
  dispose(): void;
}

/** What a content script brings to its page sessions: how it picks a page's adapter, and X's reply assistant. */
export interface SessionParts {
  /** The page's site adapter (sites/index.ts's adapterFor; X's script, which runs only on X, passes X's). */
  adapterFor: (host: string, doc: ParentNode) => SiteAdapter;
  replies?: ReplyFeature;
}

const loadEngineCode = chunkLoader('start-up', () => import('./engine-feature').then((m) => m.BUILD_ENGINE));

export function createPageSession(ctx: ContentScriptContext, { adapterFor, replies }: SessionParts): PageSession {
  const site = location.hostname;
  const disposers: (() => void)[] = [];

  async function start(): Promise<void> {
    // Evaluating the script is already one task: start the real work in fresh ones, and
    // touch the messaging and storage APIs (their first use sets up wrappers) apart.
    await yieldToMain();
    const dataRequest = ask({ type: 'engine-data' });
    await yieldToMain();
    const [initialData, initialSettings] = await Promise.all([dataRequest, getSettings()]);
    if (ctx.isInvalid) return;
    let settings: Settings = initialSettings;
    const page = createPageData(initialData);
    const active = () => siteEnabled(settings, site);

    let engine: Engine | null = null;
    let engineBuild: Promise<Engine | null> | null = null;
    let prefilter: LanguagePrefilter | null = null;
    let claims: PageClaims | null = null;
    let scanner: Scanner | null = null;
    let replyAssistant: ReplyAssistant | null = null;
    let langCache: Lang | null = null;
    const pageLang = (): Lang => (langCache ??= readPageLang());
    const getClaims = () => claims;
    const rescan = () => scanner?.rescanAll();

    const announcer = createClaimsAnnouncer(announceClaimsChanged, (e) => logFailure('messaging', e));
    disposers.push(announcer.dispose);
    const highlights = new ClaimHighlights(settings.highlightStyle, (e) => logFailure('highlight-style', e));
    const card = createCardController(ctx, page, highlights, {
      active,
      claims: getClaims,
      cardLang: () => (settings.cardLanguage === 'auto' ? pageLang() : settings.cardLanguage),
      rescan,
      extra: () => (replyAssistant && replies ? { Layer: replies.Layer, assistant: replyAssistant } : null),
    });
    bindKeyboard(ctx, card, getClaims, active);

    const adapter = adapterFor(site, document);
    // Until the engine is here, a block is only tested against the packs' prefilter (a text
    // none of it passes holds no claim: the engine would skip it too); the first one that
    // passes sends for the engine, and the page is read again once it is built.
    const hooks = {
      read: (block: Element, text: string, timeLeft: () => number) => {
        if (claims) return claims.read(block, timeLeft);
        if ((prefilter ??= packsPrefilter(page.data.knowledge.langs)).any(text)) void wantEngine();
        return true;
      },
      isStale: (block: Element) => claims?.isStale(block) ?? false,
      forget: (block: Element) => claims?.forget(block),
    };

    /**
     * The engine, fetched and built on first need: the reader's code is in a chunk of its own,
     * and the build runs in short steps between other work (the background compiled the
     * bundled index, but the reader's own facts are stemmed here, and many at once would be a
     * long task). Null when the chunk could not be fetched (logged; the next need asks again).
     */
    function wantEngine(): Promise<Engine | null> {
      if (engine) return Promise.resolve(engine);
      if (engineBuild) return engineBuild;
      const build = (engineBuild = loadEngineCode().then((create) =>
        create ? create(page.data.knowledge, page.data.index, page.data.facts, { show: settings.showThreshold, suggest: settings.suggestThreshold }, yieldToMain) : null,
      ));
      build.then(
        (built) => {
          // A newer build (the thresholds or the facts changed meanwhile) replaced this one.
          if (build !== engineBuild) return;
          if (!built) {
            engineBuild = null;
            return;
          }
          engine = built;
          readWithEngine();
          scanner?.rescanAll();
        },
        (e: unknown) => {
          if (build === engineBuild) engineBuild = null;
          logFailure('start-up', e);
        },
      );
      return build;
    }

    function readWithEngine(): void {
      if (ctx.isInvalid || !engine || !scanner || claims) return;
      claims = new PageClaims(engine, highlights, { lang: pageLang(), muted: new Set(page.muted), onChange: announcer.changed });
    }

    /** Starts reading the page if Puente is on here (with the engine, if it is already built). */
    function turnOn(): void {
      if (ctx.isInvalid || scanner || !active()) return;
      scanner = new Scanner(document, adapter, hooks, { signal: ctx.signal, ignore: card.isOurs, onError: (e) => logFailure('scanner', e) });
      readWithEngine();
      scanner.start();
      // The X reply assistant (reply boxes only), always on the current engine; a draft may need it before the page did.
      if (replies && !replyAssistant) {
        replyAssistant = replies.start({
          ctx,
          engine: () => engine,
          whenEngine: wantEngine,
          factsById: page.factsById,
          origins: () => page.origins,
          enabled: active,
          onChange: card.draw,
          overlayHost: card.host,
        });
      }
    }
    const turnOnLogged = () => {
      try {
        turnOn();
      } catch (e) {
        logFailure('start-up', e);
      }
    };

    /** Stops reading and takes every highlight, stylesheet and the overlay back out of the page. */
    function turnOff(): void {
      scanner?.stop();
      scanner = null;
      card.reset(true);
      claims = null;
      highlights.dispose();
      announcer.changed();
    }
    disposers.push(turnOff);

    const rebuild = () => {
      engine = null;
      engineBuild = null;
      if (active()) {
        turnOff();
        turnOnLogged();
      }
    };

    turnOn();

    // Single-page apps (X, Reddit, Facebook) change the URL without a page load: close the
    // card and read the new view from scratch.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      card.reset();
      rescan();
    });

    disposers.push(
      bindSettings(
        () => settings,
        (next) => (settings = next),
        { active, language: card.resetLang, style: (style) => highlights.setStyle(style), off: turnOff, rebuild, on: turnOnLogged, redraw: card.redraw },
      ),
      watchFacts(ctx, page, { kept: card.kept, claims: getClaims, rebuild, rescan }),
      respondToTabs(card, getClaims, pageLang, active, announcer.watched),
    );
  }

  return {
    start,
    dispose: () => {
      for (const d of disposers.splice(0).reverse()) d();
    },
  };
}
