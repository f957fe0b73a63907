/**
 * The reply assistant's panel: the claims in the post being answered and in the draft,
 * sourced reply suggestions for each (with X's length, Copy and Insert), and a warning
 * when the draft states a figure the fact base shows outdated or contradicted.
 * A plain view: everything it shows comes in through props.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatDate, formatValue, safeHttpUrl } from '../engine/format';
import type { DraftWarning, ReplySuggestion } from '../engine/reply';
import type { Fact, Lang } from '../engine/schema';
import { RATING_LABELS } from '../engine/summary';
import type { ClaimFinding } from '../engine/types';
import { X_LIMIT } from '../engine/x-length';
import { t } from '../i18n/reply-strings';
import type { LocalOrigin } from '../messaging/protocol';
import { LinkHost, OriginBadge } from './Origin';

export interface ReplyItem {
  key: string;
  origin: 'post' | 'draft';
  finding: ClaimFinding;
  fact: Fact;
  /** Set for a fact the reader wrote or imported. */
  local?: LocalOrigin;
  suggestions: ReplySuggestion[];
}

export interface ReplyView {
  /** The language the suggestions are written in. */
  replyLang: Lang;
  draftEmpty: boolean;
  /** The draft's length as X counts it. */
  draftLength: number;
  /** The draft has whole sentences in both languages. */
  mixed: boolean;
  items: ReplyItem[];
  warnings: DraftWarning[];
}

export interface ReplyPanelProps {
  view: ReplyView;
  /** Language of the panel's own labels. */
  uiLang: Lang;
  onReplyLangChange: (lang: Lang) => void;
  onClose: () => void;
  onCopy: (text: string) => Promise<boolean>;
  /** Puts the text in the reply box at the cursor; true when it went in. */
  onInsert: (text: string) => boolean;
  /** Which events may act (on a page: trusted ones only). */
  accept?: (e: Event) => boolean;
}

const CLAIM_PREVIEW = 180;

export function ReplyPanel({ view, uiLang, onReplyLangChange, onClose, onCopy, onInsert, accept = () => true }: ReplyPanelProps) {
  const on =
    <E extends Event>(fn: (e: E) => void) =>
    (e: E) => {
      if (accept(e)) fn(e);
    };
  const dialog = useRef<HTMLDivElement>(null);
  const [done, setDone] = useState<Record<string, 'copied' | 'failed' | 'inserted'>>({});
  const titleId = 'puente-reply-title';
  const L = (key: Parameters<typeof t>[1], ...subs: (string | number)[]) => t(uiLang, key, ...subs);

  useEffect(() => {
    dialog.current?.focus({ preventScroll: true });
  }, []);

  const onKeyDown = on((e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onClose();
    }
  });

  const mark = (key: string, state: 'copied' | 'failed' | 'inserted') => setDone((d) => ({ ...d, [key]: state }));
  const post = view.items.filter((i) => i.origin === 'post');
  const draft = view.items.filter((i) => i.origin === 'draft');
  const nothing = view.items.length === 0 && view.warnings.length === 0;

  const group = (items: ReplyItem[], heading: string, id: string) =>
    items.length > 0 && (
      <section class="reply-group" aria-labelledby={id}>
        <h3 id={id}>{heading}</h3>
        {items.map((item) => (
          <article class="reply-claim" key={item.key} aria-label={clip(item.finding.text, 80)}>
            <p class="reply-quote">
              <span class={`badge badge-${item.finding.rating}`}>{RATING_LABELS[item.finding.rating][uiLang]}</span> <OriginBadge origin={item.local} lang={uiLang} /> <q>{clip(item.finding.text, CLAIM_PREVIEW)}</q>
            </p>
            {item.suggestions.length === 0 ? (
              <p class="reply-note">{L('replyNoLink')}</p>
            ) : (
              <ol class="reply-suggestions" aria-label={L('replySuggestions')}>
                {item.suggestions.map((s, i) => {
                  const key = `${item.key}:${i}:${s.text}`;
                  const state = done[key];
                  const over = s.length > X_LIMIT;
                  return (
                    <li key={key} class="reply-suggestion">
                      <p class="reply-text" lang={view.replyLang}>
                        {s.text}
                      </p>
                      <p class="reply-link-host">
                        <LinkHost href={s.sourceUrl} lang={uiLang} />
                      </p>
                      <div class="reply-actions">
                        <span class={over ? 'reply-len reply-len-over' : 'reply-len'} aria-label={L('replyLength', s.length, X_LIMIT)}>
                          {s.length}/{X_LIMIT}
                        </span>
                        <button
                          type="button"
                          onClick={on(() => void onCopy(s.text).then((ok) => mark(key, ok ? 'copied' : 'failed')))}
                        >
                          {state === 'copied' ? L('replyCopied') : state === 'failed' ? L('replyCopyFailed') : L('replyCopy')}
                        </button>
                        <button type="button" class="reply-insert" title={L('replyInsertLabel')} onClick={on(() => void (onInsert(s.text) && mark(key, 'inserted')))}>
                          {state === 'inserted' ? L('replyInserted') : L('replyInsert')}
                        </button>
                      </div>
                    </li>
                  );
                })}
              </ol>
            )}
          </article>
        ))}
      </section>
    );

  return (
    <div class="reply-panel" role="dialog" aria-modal="false" aria-labelledby={titleId} tabIndex={-1} ref={dialog} onKeyDown={onKeyDown} lang={uiLang}>
      <header class="reply-head">
        <h2 id={titleId} class="reply-title">
          {L('replyTitle')}
        </h2>
        <div class="lang-switch" role="group" aria-label={L('replyLanguage')}>
          {(['en', 'es'] as const).map((l) => (
            <button type="button" class="lang" aria-pressed={l === view.replyLang} onClick={on(() => onReplyLangChange(l))} key={l}>
              {l.toUpperCase()}
            </button>
          ))}
        </div>
        <button type="button" class="close" aria-label={L('cardClose')} onClick={on(onClose)}>
          ×
        </button>
      </header>

      {view.draftLength > X_LIMIT && (
        <p class="reply-note reply-note-limit" role="status">
          {L('replyOverLimit', view.draftLength, X_LIMIT)}
        </p>
      )}
      {view.mixed && <p class="reply-note">{L('replyMixed')}</p>}

      {view.warnings.map((w) => (
        <Warning key={`${w.factId}:${w.figure.claimValue}`} warning={w} lang={uiLang} />
      ))}

      {nothing ? (
        <p class="reply-empty">{L('replyNothing')}</p>
      ) : (
        <>
          {view.draftEmpty && post.length > 0 && <p class="reply-note">{L('replyEmptyDraft')}</p>}
          {group(post, L('replyFromPost'), 'puente-reply-post')}
          {group(draft, L('replyFromDraft'), 'puente-reply-draft')}
        </>
      )}
    </div>
  );
}

function Warning({ warning, lang }: { warning: DraftWarning; lang: Lang }) {
  const f = warning.figure;
  const said = formatValue(f.claimValue, f.unit, f.per, lang);
  const current = formatValue(f.latestValue, f.unit, f.per, lang);
  const href = safeHttpUrl(warning.source.url);
  const id = `puente-reply-warn-${warning.factId}-${Math.round(f.claimValue)}`;
  return (
    <section class="reply-warning" role="alert" aria-labelledby={id}>
      <h3 id={id}>{t(lang, 'replyWarningTitle')}</h3>
      <p>{t(lang, warning.status === 'outdated' ? 'replyWarningOutdated' : 'replyWarningContradicted', said, current, warning.period)}</p>
      <p class="reply-source">
        {t(lang, 'replySource', '')}
        {href ? (
          <>
            <a href={href} target="_blank" rel="noopener noreferrer">
              {warning.source.publisher}
            </a>
            <LinkHost href={href} lang={lang} />
          </>
        ) : (
          <span>{warning.source.publisher}</span>
        )}
        , {formatDate(warning.source.date, lang)}
      </p>
    </section>
  );
}

function clip(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1).trimEnd()}…` : one;
}

/** The reply assistant's styles (button and panel), rendered into Puente's shadow root. */
export const REPLY_CSS = `
.reply-button, .reply-panel {
  --r-bg: #ffffff; --r-fg: #1c1917; --r-muted: #57534e; --r-border: #d6d3d1; --r-accent: #0f766e; --r-on-accent: #ffffff;
  --r-focus: #2563eb; --r-warn-bg: #fffbeb; --r-warn-border: #b45309; --r-warn-fg: #78350f; --r-shadow: 0 12px 32px rgba(0,0,0,.22);
  font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: var(--r-fg); text-align: left;
}
@media (prefers-color-scheme: dark) {
  .reply-button, .reply-panel {
    --r-bg: #1c1917; --r-fg: #f5f5f4; --r-muted: #d6d3d1; --r-border: #44403c; --r-accent: #5eead4; --r-on-accent: #042f2e;
    --r-focus: #93c5fd; --r-warn-bg: #422006; --r-warn-border: #f59e0b; --r-warn-fg: #fde68a; --r-shadow: 0 12px 32px rgba(0,0,0,.6);
  }
}
.reply-button {
  pointer-events: auto; position: fixed; box-sizing: border-box; width: 32px; height: 32px; padding: 0; margin: 0;
  display: grid; place-items: center; border-radius: 999px; border: 2px solid var(--r-bg); background: var(--r-accent); color: var(--r-on-accent);
  box-shadow: 0 2px 8px rgba(0,0,0,.25); cursor: pointer; transition: transform 120ms ease-out;
}
.reply-button:hover { transform: scale(1.08); border-color: var(--r-bg); }
.reply-button:focus-visible { outline: 3px solid var(--r-focus); outline-offset: 2px; }
.reply-button svg { width: 18px; height: 18px; display: block; }
.reply-button .reply-dot { position: absolute; top: -3px; right: -3px; width: 11px; height: 11px; border-radius: 999px; background: #d97706; border: 2px solid var(--r-bg); }
.reply-pos > .reply-panel { top: var(--top, 0); left: var(--left, 0); }
.reply-panel {
  pointer-events: auto; position: fixed; box-sizing: border-box; width: var(--width, min(420px, calc(100vw - 16px))); max-height: var(--max-height, min(75vh, 620px)); overflow: auto;
  background: var(--r-bg); color: var(--r-fg); border: 1px solid var(--r-border); border-radius: 10px; box-shadow: var(--r-shadow); padding: 12px 14px;
  animation: puente-reply-in 120ms ease-out;
}
@keyframes puente-reply-in { from { opacity: 0; transform: translateY(4px); } to { opacity: 1; transform: none; } }
@media (prefers-reduced-motion: reduce) { .reply-panel { animation: none; } .reply-button { transition: none; } .reply-button:hover { transform: none; } }
.reply-panel:focus { outline: none; }
.reply-panel :focus-visible { outline: 2px solid var(--r-focus); outline-offset: 2px; }
.reply-head { display: flex; align-items: center; gap: 8px; margin-bottom: 6px; }
.reply-title { font-size: 15px; font-weight: 700; margin: 0; flex: 1; }
.reply-panel h3 { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--r-muted); margin: 12px 0 4px; }
.reply-panel p { margin: 4px 0; }
.reply-panel button { font: inherit; font-size: 13px; color: var(--r-fg); background: transparent; border: 1px solid var(--r-border); border-radius: 6px; padding: 3px 10px; cursor: pointer; }
.reply-panel button:hover { border-color: var(--r-accent); }
.reply-panel .lang { padding: 2px 6px; font-size: 11px; }
.reply-panel .lang[aria-pressed='true'] { background: var(--r-accent); color: var(--r-on-accent); border-color: var(--r-accent); }
.reply-panel .close { font-size: 18px; line-height: 1; padding: 0 6px; border: none; }
.reply-note { color: var(--r-muted); font-size: 13px; }
.reply-note-limit { color: var(--r-warn-fg); background: var(--r-warn-bg); border-left: 3px solid var(--r-warn-border); padding: 4px 8px; border-radius: 4px; }
.reply-empty { color: var(--r-muted); padding: 10px 0 4px; }
.reply-warning { background: var(--r-warn-bg); color: var(--r-warn-fg); border: 1px solid var(--r-warn-border); border-radius: 8px; padding: 6px 10px; margin: 8px 0; }
.reply-warning h3 { color: var(--r-warn-fg); margin: 2px 0; }
.reply-warning a { color: inherit; font-weight: 600; }
.reply-source { font-size: 12px; }
.reply-link-host { margin: 0; font-size: 12px; }
.host { color: var(--muted); }
.badge-origin { background: #1e3a8a; }
.reply-claim { border-top: 1px solid var(--r-border); padding-top: 6px; margin-top: 6px; }
.reply-group h3 + .reply-claim { border-top: none; margin-top: 0; padding-top: 0; }
.reply-quote { color: var(--r-muted); font-style: italic; }
.reply-quote .badge { font-style: normal; font-size: 11px; font-weight: 700; border-radius: 999px; padding: 1px 7px; color: #fff; white-space: nowrap; }
.reply-suggestions { list-style: none; padding: 0; margin: 6px 0 0; display: grid; gap: 8px; }
.reply-suggestion { border: 1px solid var(--r-border); border-radius: 8px; padding: 8px 10px; }
.reply-text { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0 0 6px; }
.reply-actions { display: flex; align-items: center; gap: 6px; }
.reply-len { margin-right: auto; font-variant-numeric: tabular-nums; font-size: 12px; color: var(--r-muted); }
.reply-len-over { color: #b91c1c; font-weight: 700; }
.reply-insert { background: var(--r-accent) !important; color: var(--r-on-accent) !important; border-color: var(--r-accent) !important; }
`;
