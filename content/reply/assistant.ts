/**
 * The reply assistant on X: when a compose or reply box is focused, a small Puente button
 * appears beside it (in Puente's own overlay, never inside the editor, without taking
 * focus). It opens a panel with sourced replies to the claims in the post being answered
 * and in the draft, and warns when the draft states an outdated or contradicted figure.
 *
 * The editor is only ever read, except on an explicit Insert (`caret.ts`). This module is
 * the controller; `x-page.ts` reads X's page, `geometry.ts` places the button and panel,
 * and `components/ReplyLayer.tsx` draws them.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ReplyItem, ReplyView } from '../../components/ReplyPanel';
import { logFailure } from '../../diagnostics/log';
import type { Engine } from '../../engine/engine';
import { checkDraft, composeReplies, draftLanguage } from '../../engine/reply';
import type { Fact, Lang } from '../../engine/schema';
import { xLength } from '../../engine/x-length';
import type { LocalOrigin } from '../../messaging/protocol';
import { insertAtCaret, placeCaret, textOffset } from './caret';
import { editorFor, isReplyShortcut, langOf, postFor, readText } from './x-page';

const MAX_ITEMS = 4;
const ANALYZE_DELAY = 200;

export interface ReplyAssistantOptions {
  ctx: Pick<ContentScriptContext, 'addEventListener' | 'setTimeout'>;
  /** The engine, or a getter for the current one (the page rebuilds it when thresholds change; null until it is built). */
  engine: Engine | (() => Engine | null);
  /** Sends for the engine where the getter has none yet; the draft is read again once it is here. */
  whenEngine?: () => Promise<unknown>;
  factsById: ReadonlyMap<string, Fact>;
  /** Facts the reader wrote or imported, by id (badged in the panel). */
  origins?: () => Readonly<Record<string, LocalOrigin>>;
  /** Called whenever what the layer shows changes: re-render the overlay. */
  onChange: () => void;
  /** Whether Puente is on for this site (settings); the assistant hides when not. */
  enabled?: () => boolean;
  /** Puente's overlay element, once it exists (events and focus inside it are Puente's own). */
  overlayHost?: () => Element | null;
  doc?: Document;
}

export interface ReplySnapshot {
  /** The button is shown (an editor is focused, or the panel is open). */
  visible: boolean;
  open: boolean;
  /** The draft states a figure the record shows outdated or contradicted. */
  warn: boolean;
  editor: HTMLElement | null;
  view: ReplyView | null;
}

export interface ReplyAssistant {
  snapshot(): ReplySnapshot;
  /** Opens the panel; focus goes back to `returnTo` (else the editor) when it closes. */
  openPanel(returnTo?: HTMLElement | null): void;
  closePanel(options?: { refocus?: boolean }): void;
  setReplyLang(lang: Lang): void;
  /** Inserts text at the editor's caret through its own input path; true when it went in. */
  insert(text: string): boolean;
}

export function startReplyAssistant(options: ReplyAssistantOptions): ReplyAssistant {
  const { ctx, factsById, onChange } = options;
  const doc = options.doc ?? document;
  const enabled = options.enabled ?? (() => true);
  const source = options.engine;
  const engine = (): Engine | null => (typeof source === 'function' ? source() : source);

  let composer: Element | null = null;
  let editable: HTMLElement | null = null;
  let focused = false;
  let open = false;
  let view: ReplyView | null = null;
  let langOverride: Lang | null = null;
  let caret: number | null = null;
  let returnTo: HTMLElement | null = null;
  let timer: number | null = null;

  // The overlay is recognised by identity, not by tag name: a page may use any tag itself.
  const host = options.overlayHost ?? (() => null);
  const fromOverlay = (e: Event) => {
    const h = host();
    return h !== null && e.composedPath().includes(h);
  };
  const editorActive = () => Boolean(editable && (doc.activeElement === editable || editable.contains(doc.activeElement)));
  const overlayActive = () => {
    const h = host();
    return h !== null && doc.activeElement === h;
  };

  function saveCaret(): void {
    if (!editable) return;
    const sel = doc.getSelection();
    if (!sel || sel.rangeCount === 0) return;
    const r = sel.getRangeAt(0);
    if (!editable.contains(r.endContainer)) return;
    caret = textOffset(editable, r.endContainer, r.endOffset);
  }

  function schedule(): void {
    if (timer) clearTimeout(timer);
    timer = ctx.setTimeout(() => {
      timer = null;
      analyze();
      onChange();
    }, ANALYZE_DELAY);
  }

  function analyze(): void {
    if (!composer || !editable?.isConnected) {
      view = null;
      return;
    }
    try {
      view = build(composer, editable);
    } catch (e) {
      // A bug, logged for developers; the reader sees a panel that knows nothing here.
      logFailure('reply-assistant', e);
      view = { replyLang: langOverride ?? 'en', draftEmpty: true, draftLength: 0, mixed: false, items: [], warnings: [] };
    }
  }

  function build(composer: Element, editable: HTMLElement): ReplyView {
    const draft = readText(editable);
    const post = postFor(composer);
    const postText = post ? readText(post) : '';
    const postLang = post ? langOf(post, postText) : langOf(doc.documentElement, draft);
    const { lang: draftLang, mixed } = draftLanguage(draft, postLang);
    const replyLang = langOverride ?? draftLang;
    const e = engine();
    if (!e) {
      void options.whenEngine?.().then(() => {
        if (engine()) schedule();
      });
      return { replyLang, draftEmpty: !draft.trim(), draftLength: xLength(draft.trim()), mixed, items: [], warnings: [] };
    }
    const postFindings = postText ? e.analyze(postText, { lang: postLang }) : [];
    const draftFindings = draft.trim() ? e.analyze(draft, { lang: draftLang, context: postText }) : [];
    const items: ReplyItem[] = [];
    const seen = new Set<string>();
    for (const [origin, list] of [
      ['post', postFindings],
      ['draft', draftFindings],
    ] as const) {
      for (const finding of list) {
        const fact = factsById.get(finding.factId);
        if (!fact || seen.has(finding.factId) || items.length >= MAX_ITEMS) continue;
        seen.add(finding.factId);
        const local = options.origins?.()[finding.factId];
        items.push({ key: `${origin}-${finding.factId}`, origin, finding, fact, ...(local ? { local } : {}), suggestions: composeReplies(finding, fact, replyLang) });
      }
    }
    const warnings = draft.trim() ? checkDraft(draft, e, factsById, { lang: draftLang, contextFactIds: postFindings.map((f) => f.factId), context: postText }) : [];
    return { replyLang, draftEmpty: !draft.trim(), draftLength: xLength(draft.trim()), mixed, items, warnings };
  }

  function attach(next: { composer: Element; editable: HTMLElement }): void {
    watch();
    if (next.editable !== editable) {
      composer = next.composer;
      editable = next.editable;
      langOverride = null;
      caret = null;
      view = null;
      open = false;
    }
    focused = true;
    saveCaret();
    analyze();
    onChange();
  }

  ctx.addEventListener(doc, 'focusin', (event) => {
    const next = editorFor(event.target);
    if (!next) {
      // Focus went somewhere else on the page (not into Puente's own UI): the button goes,
      // an open panel stays.
      if (focused && !open && !fromOverlay(event)) {
        focused = false;
        onChange();
      }
      return;
    }
    if (!enabled()) return;
    attach(next);
  });

  // Only focus is watched everywhere (and costs a property read off X); the rest starts the
  // first time an X reply box is focused, on X or on a page shaped like it.
  let watching = false;
  function watch(): void {
    if (watching) return;
    watching = true;
    ctx.addEventListener(doc, 'focusout', (event) => {
      if (!editable || (event.target !== editable && !editable.contains(event.target as Node))) return;
      saveCaret();
      // Decide once focus has landed: into Puente's overlay (the button, the panel) keeps it.
      ctx.setTimeout(() => {
        if (editorActive() || overlayActive() || open) return;
        if (focused) {
          focused = false;
          onChange();
        }
      }, 0);
    });

    // Draft.js (X's editor) cancels "beforeinput" and renders the edit itself, so no "input"
    // event follows: every edit signal schedules a read, after the editor has rendered.
    for (const type of ['input', 'beforeinput', 'paste', 'cut', 'compositionend'] as const) {
      ctx.addEventListener(doc, type, (event) => {
        if (!editable || !(event.target instanceof Node) || !(event.target === editable || editable.contains(event.target))) return;
        saveCaret();
        schedule();
      });
    }

    ctx.addEventListener(doc, 'selectionchange', () => {
      if (editable && editorActive()) saveCaret();
    });

    // Outside clicks close an open panel (clicks in the editor keep it, to move the caret).
    ctx.addEventListener(doc, 'pointerdown', (event) => {
      if (!event.isTrusted || !open || fromOverlay(event)) return;
      if (composer && event.target instanceof Node && composer.contains(event.target)) return;
      assistant.closePanel({ refocus: false });
    });

    // Alt+Shift+R in a reply box opens the panel from the keyboard.
    ctx.addEventListener(
      doc,
      'keydown',
      (event) => {
        if (!isReplyShortcut(event) || !editable || !editorActive() || !enabled()) return;
        event.preventDefault();
        event.stopPropagation();
        if (open) assistant.closePanel();
        else assistant.openPanel(null);
      },
      { capture: true },
    );
  }

  const assistant: ReplyAssistant = {
    snapshot() {
      const on = enabled() && Boolean(editable?.isConnected);
      return { visible: on && (focused || open), open: on && open, warn: Boolean(view?.warnings.length), editor: editable, view };
    },
    openPanel(back) {
      if (!editable) return;
      if (editorActive()) saveCaret();
      returnTo = back ?? null;
      analyze();
      open = true;
      onChange();
    },
    closePanel({ refocus = true } = {}) {
      if (!open) return;
      open = false;
      const back = returnTo;
      returnTo = null;
      if (refocus) {
        if (back?.isConnected) back.focus({ preventScroll: true });
        else if (editable?.isConnected) {
          editable.focus({ preventScroll: true });
          placeCaret(editable, caret);
        }
      } else if (!editorActive()) focused = false;
      onChange();
    },
    setReplyLang(lang) {
      langOverride = lang;
      analyze();
      onChange();
    },
    insert(text) {
      const el = editable;
      if (!el?.isConnected || !text) return false;
      // Only a person's click inserts: a page script clicking Puente's button (the shadow
      // root is open) carries no user activation and changes nothing.
      const activation = (navigator as Navigator & { userActivation?: { isActive: boolean } }).userActivation;
      if (activation && !activation.isActive) return false;
      insertAtCaret(doc, el, caret, text);
      focused = true;
      saveCaret();
      schedule();
      return true;
    },
  };
  // Started on demand (content/reply/lazy.ts) as a reply box takes focus: attach to it.
  const current = editorFor(doc.activeElement);
  if (current && enabled()) attach(current);
  return assistant;
}
