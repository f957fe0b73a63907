/**
 * The reply assistant on X: when a compose or reply box is focused, a small Puente button
 * appears beside it (in Puente's own overlay, never inside the editor, without taking
 * focus). It opens a panel with sourced replies to the claims in the post being answered
 * and in the draft, and warns when the draft states an outdated or contradicted figure.
 *
 * The editor is only ever read, except on an explicit Insert: then the text goes in at
 * the caret through the editor's own input path (execCommand('insertText'), which fires
 * beforeinput/input like typing; a synthetic paste otherwise), so the site's editor
 * state (Draft.js on X) stays in step. User text is never rewritten or removed.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { place } from '../components/Overlay';
import { REPLY_CSS, ReplyPanel, type ReplyItem, type ReplyView } from '../components/ReplyPanel';
import type { Engine } from '../engine/engine';
import { guessLanguage } from '../engine/language';
import { checkDraft, composeReplies, draftLanguage } from '../engine/reply';
import type { Fact, Lang } from '../engine/schema';
import { xLength } from '../engine/x-length';
import { t } from '../i18n/content-strings';
import type { LocalOrigin } from '../messaging/protocol';
import { logFailure } from '../diagnostics/log';

/** X's compose and reply boxes (inline and in the reply dialog). */
export const COMPOSER = '[data-testid^="tweetTextarea_"]';
const POST_TEXT = '[data-testid="tweetText"]';
const MAX_ITEMS = 4;
const ANALYZE_DELAY = 200;

export interface ReplyAssistantOptions {
  ctx: Pick<ContentScriptContext, 'addEventListener' | 'setTimeout'>;
  /** The engine, or a getter for the current one (the page rebuilds it when thresholds change). */
  engine: Engine | (() => Engine);
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
  copy(text: string): Promise<boolean>;
}

export function startReplyAssistant(options: ReplyAssistantOptions): ReplyAssistant {
  const { ctx, factsById, onChange } = options;
  const doc = options.doc ?? document;
  const enabled = options.enabled ?? (() => true);
  const source = options.engine;
  const engine = (): Engine => (typeof source === 'function' ? source() : source);

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

  function editorFor(target: EventTarget | null): { composer: Element; editable: HTMLElement } | null {
    if (!(target instanceof HTMLElement) || !target.isContentEditable) return null;
    const root = target.closest(COMPOSER);
    if (!root) return null;
    // The focused node may be a child of the contenteditable root: use the root itself.
    let el: HTMLElement = target;
    while (el.parentElement && el.parentElement.isContentEditable && root.contains(el.parentElement)) el = el.parentElement;
    return { composer: root, editable: el };
  }

  function changed(): void {
    onChange();
  }

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
      changed();
    }, ANALYZE_DELAY);
  }

  function analyze(): void {
    if (!composer || !editable || !editable.isConnected) {
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
    const postFindings = postText ? e.analyze(postText, { lang: postLang }) : [];
    const draftFindings = draft.trim() ? e.analyze(draft, { lang: draftLang }) : [];
    const items: ReplyItem[] = [];
    const seen = new Set<string>();
    for (const [origin, list] of [['post', postFindings], ['draft', draftFindings]] as const) {
      for (const finding of list) {
        const fact = factsById.get(finding.factId);
        if (!fact || seen.has(finding.factId) || items.length >= MAX_ITEMS) continue;
        seen.add(finding.factId);
        const local = options.origins?.()[finding.factId];
        items.push({ key: `${origin}-${finding.factId}`, origin, finding, fact, ...(local ? { local } : {}), suggestions: composeReplies(finding, fact, replyLang) });
      }
    }
    const warnings = draft.trim() ? checkDraft(draft, e, factsById, { lang: draftLang, contextFactIds: postFindings.map((f) => f.factId) }) : [];
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
    changed();
  }

  ctx.addEventListener(doc, 'focusin', (event) => {
    const next = editorFor(event.target);
    if (!next) {
      // Focus went somewhere else on the page (not into Puente's own UI): the button goes,
      // an open panel stays.
      if (focused && !open && !fromOverlay(event)) {
        focused = false;
        changed();
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
          changed();
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
        const e = event as KeyboardEvent;
        if (!e.isTrusted || !(e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyR')) return;
        if (!editable || !editorActive() || !enabled()) return;
        e.preventDefault();
        e.stopPropagation();
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
      changed();
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
      changed();
    },
    setReplyLang(lang) {
      langOverride = lang;
      analyze();
      changed();
    },
    insert(text) {
      const el = editable;
      if (!el || !el.isConnected || !text) return false;
      // Only a person's click inserts: a page script clicking Puente's button (the shadow
      // root is open) carries no user activation and changes nothing.
      const activation = (navigator as Navigator & { userActivation?: { isActive: boolean } }).userActivation;
      if (activation && !activation.isActive) return false;
      el.focus({ preventScroll: true });
      placeCaret(el, caret);
      const offset = caretOffset(el);
      const prev = offset > 0 ? (el.textContent ?? '').charAt(offset - 1) : '';
      const piece = prev && !/\s/.test(prev) ? ` ${text}` : text;
      const before = el.textContent ?? '';
      let ok = false;
      try {
        ok = doc.execCommand('insertText', false, piece);
      } catch {
        // Editors that refuse execCommand throw: the paste below is the documented fallback.
        ok = false;
      }
      // Some editors take the text but report false: only paste when nothing went in.
      if (!ok && (el.textContent ?? '') === before) {
        const data = new DataTransfer();
        data.setData('text/plain', piece);
        el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
      }
      // Leave the caret after the inserted text (editors that re-render may drop it).
      if ((el.textContent ?? '').slice(offset, offset + piece.length) === piece) placeCaret(el, offset + piece.length);
      focused = true;
      saveCaret();
      schedule();
      return true;
    },
    async copy(text) {
      try {
        await navigator.clipboard.writeText(text);
        return true;
      } catch (e) {
        logFailure('copy', e);
        return false;
      }
    },
  };
  return assistant;
}

// ---------------------------------------------------------------------------------------
// Reading the page

/** The post being replied to: the post text in the same dialog, else the last post above the composer. */
export function postFor(composer: Element): Element | null {
  const dialog = composer.closest('[role="dialog"]');
  const outside = (el: Element) => !el.closest(COMPOSER) && !el.closest('[contenteditable="true"]');
  if (dialog) {
    const inDialog = Array.from(dialog.querySelectorAll(POST_TEXT)).filter(outside);
    const before = inDialog.filter((el) => el.compareDocumentPosition(composer) & Node.DOCUMENT_POSITION_FOLLOWING);
    const found = before[before.length - 1] ?? inDialog[0];
    if (found) return found;
  }
  const doc = composer.ownerDocument;
  const above = Array.from(doc.querySelectorAll(POST_TEXT)).filter((el) => outside(el) && el.compareDocumentPosition(composer) & Node.DOCUMENT_POSITION_FOLLOWING);
  return above[above.length - 1] ?? null;
}

function langOf(el: Element, text: string): Lang {
  const attr = el.closest('[lang]')?.getAttribute('lang') ?? '';
  if (/^es\b/i.test(attr)) return 'es';
  if (/^en\b/i.test(attr)) return 'en';
  return guessLanguage(text);
}

/** Text as the reader sees it (line breaks between Draft.js blocks), without zero-width marks. */
function readText(el: Element): string {
  const raw = el instanceof HTMLElement && typeof el.innerText === 'string' ? el.innerText : (el.textContent ?? '');
  return raw.replace(/[\u200b\ufeff]/g, '').replace(/\n{3,}/g, '\n\n');
}

// ---------------------------------------------------------------------------------------
// The caret, as a character offset into the editor's text (it survives re-renders)

function textOffset(root: Node, node: Node, offset: number): number {
  const r = root.ownerDocument!.createRange();
  r.selectNodeContents(root);
  try {
    r.setEnd(node, offset);
  } catch {
    // The caret sat outside the editor (a re-render moved it): count it as the end.
    return (root.textContent ?? '').length;
  }
  return r.toString().length;
}

function caretOffset(root: HTMLElement): number {
  const sel = root.ownerDocument.getSelection();
  if (!sel || sel.rangeCount === 0) return (root.textContent ?? '').length;
  const r = sel.getRangeAt(0);
  return root.contains(r.endContainer) ? textOffset(root, r.endContainer, r.endOffset) : (root.textContent ?? '').length;
}

/** Puts a collapsed caret at `offset` characters into root's text (the end when null or too far). */
function placeCaret(root: HTMLElement, offset: number | null): void {
  const doc = root.ownerDocument;
  const sel = doc.getSelection();
  if (!sel) return;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let left = offset ?? Number.POSITIVE_INFINITY;
  let last: Text | null = null;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    last = n;
    if (left <= n.data.length) {
      collapseAt(sel, n, left);
      return;
    }
    left -= n.data.length;
  }
  if (last) return collapseAt(sel, last, last.data.length);
  // An empty editor: the innermost last element (Draft.js: the span holding <br>).
  let el: Element = root;
  while (el.lastElementChild && el.lastElementChild.tagName !== 'BR') el = el.lastElementChild;
  collapseAt(sel, el, 0);
}

function collapseAt(sel: Selection, node: Node, offset: number): void {
  const r = node.ownerDocument!.createRange();
  r.setStart(node, offset);
  r.collapse(true);
  sel.removeAllRanges();
  sel.addRange(r);
}

// ---------------------------------------------------------------------------------------
// The layer: the button beside the editor and the panel, inside Puente's overlay

const BUTTON = 32;
const GAP = 8;

/** Beside the editor's right edge; above or below its corner when there is no room; never over it. */
export function buttonPlace(editor: DOMRect, viewport: { width: number; height: number }): { top: number; left: number } {
  if (editor.right + GAP + BUTTON <= viewport.width - GAP) return { top: Math.max(GAP, editor.top), left: editor.right + GAP };
  const left = Math.max(GAP, Math.min(editor.right - BUTTON, viewport.width - BUTTON - GAP));
  if (editor.top - GAP - BUTTON >= GAP) return { top: editor.top - GAP - BUTTON, left };
  return { top: Math.min(editor.bottom + GAP, viewport.height - BUTTON - GAP), left };
}

/** The reply box with its toolbar (the nearest ancestor holding X's post button, or the dialog): the panel keeps clear of it. */
export function composerBox(editor: Element): DOMRect {
  let el: Element | null = editor;
  for (let depth = 0; el && depth < 14; depth++, el = el.parentElement) {
    if (el.querySelector('[data-testid^="tweetButton"]') || el.getAttribute('role') === 'dialog') return el.getBoundingClientRect();
  }
  return editor.getBoundingClientRect();
}

const PANEL_WIDTH = 420;
const PANEL_MIN_WIDTH = 340;
const PANEL_MIN_HEIGHT = 260;

/**
 * Where the panel goes: beside the reply box when the window is wide enough, else below it
 * (its height fitted to the room left), else next to the button, over the page.
 */
export function panelPlace(box: DOMRect, button: DOMRect, panel: { width: number; height: number }, viewport: { width: number; height: number }): { top: number; left: number; width?: number; maxHeight?: number } {
  const right = Math.max(box.right, button.right) + GAP;
  const roomRight = viewport.width - right - GAP;
  if (roomRight >= PANEL_MIN_WIDTH) {
    const maxHeight = viewport.height - 2 * GAP;
    const top = Math.max(GAP, Math.min(button.top, viewport.height - Math.min(panel.height, maxHeight) - GAP));
    return { top, left: right, width: Math.min(PANEL_WIDTH, roomRight), maxHeight };
  }
  const roomBelow = viewport.height - box.bottom - 2 * GAP;
  if (roomBelow >= PANEL_MIN_HEIGHT) {
    const left = Math.max(GAP, Math.min(box.left, viewport.width - panel.width - GAP));
    return { top: box.bottom + GAP, left, maxHeight: roomBelow };
  }
  return place(button, panel, viewport);
}

export function ReplyLayer({ assistant, lang }: { assistant: ReplyAssistant; lang: Lang }) {
  const snap = assistant.snapshot();
  const button = useRef<HTMLButtonElement>(null);
  const panelWrap = useRef<HTMLDivElement>(null);
  const [, setFrame] = useState(0);
  const [panelPos, setPanelPos] = useState<ReturnType<typeof panelPlace> | null>(null);

  // Follow the editor as the page scrolls, resizes or the draft grows.
  useLayoutEffect(() => {
    if (!snap.visible || !snap.editor) return;
    let raf = 0;
    const schedule = () => {
      if (!raf)
        raf = requestAnimationFrame(() => {
          raf = 0;
          setFrame((n) => n + 1);
        });
    };
    window.addEventListener('scroll', schedule, { passive: true, capture: true });
    window.addEventListener('resize', schedule, { passive: true });
    const ro = typeof ResizeObserver === 'function' ? new ResizeObserver(schedule) : null;
    ro?.observe(snap.editor);
    return () => {
      if (raf) cancelAnimationFrame(raf);
      window.removeEventListener('scroll', schedule, { capture: true });
      window.removeEventListener('resize', schedule);
      ro?.disconnect();
    };
  }, [snap.visible, snap.editor]);

  const rect = snap.visible ? snap.editor?.getBoundingClientRect() : undefined;
  // Nothing shows for a reply box scrolled out of view (or not laid out).
  const inView = rect && (rect.width > 0 || rect.height > 0) && rect.bottom > 0 && rect.top < window.innerHeight && rect.right > 0 && rect.left < window.innerWidth;
  const at = inView ? buttonPlace(rect, { width: window.innerWidth, height: window.innerHeight }) : null;

  useLayoutEffect(() => {
    if (!snap.open || !at) {
      setPanelPos(null);
      return;
    }
    const el = panelWrap.current?.firstElementChild as HTMLElement | null;
    if (!el) return;
    const anchor = new DOMRect(at.left, at.top, BUTTON, BUTTON);
    const next = panelPlace(composerBox(snap.editor!), anchor, { width: el.offsetWidth, height: el.offsetHeight }, { width: window.innerWidth, height: window.innerHeight });
    if (!panelPos || (['top', 'left', 'width', 'maxHeight'] as const).some((k) => next[k] !== panelPos[k])) setPanelPos(next);
  });

  if (!at) return null;
  return (
    <>
      <style>{REPLY_CSS}</style>
      <button
        ref={button}
        type="button"
        class="reply-button"
        style={`top:${at.top}px;left:${at.left}px`}
        aria-label={snap.warn ? `${t(lang, 'replyButton')}: ${t(lang, 'replyWarningTitle')}` : t(lang, 'replyButton')}
        title={`${t(lang, 'replyButton')} (Alt+Shift+R)`}
        aria-haspopup="dialog"
        aria-expanded={snap.open}
        aria-keyshortcuts="Alt+Shift+R"
        data-warn={snap.warn ? '' : undefined}
        // A mouse click must not take focus from the editor (or move its caret).
        onMouseDown={(e) => e.preventDefault()}
        onClick={(e) => {
          // Only the reader's own click: the page cannot reach this root, but a stray synthetic event must not act either.
          if (!e.isTrusted) return;
          if (snap.open) return assistant.closePanel();
          const viaKeyboard = button.current?.getRootNode() instanceof ShadowRoot && (button.current.getRootNode() as ShadowRoot).activeElement === button.current;
          assistant.openPanel(viaKeyboard ? button.current : null);
        }}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M2 17h20M4 17v-3M20 17v-3M4 14c3-6 13-6 16 0M8 17v-4.5M12 17v-5.6M16 17v-4.5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
        </svg>
        {snap.warn && <span class="reply-dot" aria-hidden="true" />}
      </button>
      {snap.open && snap.view && (
        <div ref={panelWrap} class="reply-pos" style={panelPos ? `--top:${panelPos.top}px;--left:${panelPos.left}px${panelPos.width ? `;--width:${panelPos.width}px` : ''}${panelPos.maxHeight ? `;--max-height:${panelPos.maxHeight}px` : ''}` : 'visibility:hidden'}>
          <ReplyPanel
            view={snap.view}
            uiLang={lang}
            onReplyLangChange={(l) => assistant.setReplyLang(l)}
            onClose={() => assistant.closePanel()}
            onCopy={(text) => assistant.copy(text)}
            onInsert={(text) => assistant.insert(text)}
            accept={(e) => e.isTrusted}
          />
        </div>
      )}
    </>
  );
}
