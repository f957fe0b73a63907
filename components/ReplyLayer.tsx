/**
 * The reply assistant's layer, inside Puente's overlay: the button beside X's reply box and
 * the panel it opens. The controller is `content/reply/assistant.ts`.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { BUTTON, buttonPlace, panelPlace } from '../content/reply/geometry';
import type { ReplyAssistant } from '../content/reply/assistant';
import { copyText } from '../content/clipboard';
import { composerBox } from '../content/reply/x-page';
import type { Lang } from '../engine/schema';
import { t } from '../i18n/reply-strings';
import { useFollow } from './follow';
import { ReplyPanel } from './ReplyPanel';
// Inlined (and minified) by the build: the styles go into Puente's closed shadow root.
import REPLY_CSS from './reply.css?inline';

export function ReplyLayer({ assistant, lang }: { assistant: ReplyAssistant; lang: Lang }) {
  const snap = assistant.snapshot();
  const button = useRef<HTMLButtonElement>(null);
  const panelWrap = useRef<HTMLDivElement>(null);
  const [, setFrame] = useState(0);
  const [panelPos, setPanelPos] = useState<ReturnType<typeof panelPlace> | null>(null);

  // Follow the editor as the page scrolls, resizes or the draft grows.
  useFollow(Boolean(snap.visible && snap.editor), () => setFrame((n) => n + 1), [snap.visible, snap.editor], false, snap.editor);

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
        <div
          ref={panelWrap}
          class="reply-pos"
          style={
            panelPos
              ? `--top:${panelPos.top}px;--left:${panelPos.left}px${panelPos.width ? `;--width:${panelPos.width}px` : ''}${panelPos.maxHeight ? `;--max-height:${panelPos.maxHeight}px` : ''}`
              : 'visibility:hidden'
          }
        >
          <ReplyPanel
            view={snap.view}
            uiLang={lang}
            onReplyLangChange={(l) => assistant.setReplyLang(l)}
            onClose={() => assistant.closePanel()}
            onCopy={(text) => copyText(() => text)}
            onInsert={(text) => assistant.insert(text)}
            accept={(e) => e.isTrusted}
          />
        </div>
      )}
    </>
  );
}
