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
import { t as cardT } from '../i18n/content-strings';
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
              <span class={`badge badge-${item.finding.rating}`}>{RATING_LABELS[item.finding.rating][uiLang]}</span> <OriginBadge origin={item.local} lang={uiLang} />{' '}
              <q>{clip(item.finding.text, CLAIM_PREVIEW)}</q>
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
                        <span class={over ? 'reply-len reply-len-over' : 'reply-len'} aria-hidden="true">
                          {s.length}/{X_LIMIT}
                        </span>
                        <span class="sr-only">{L('replyLength', s.length, X_LIMIT)}</span>
                        <button type="button" onClick={on(() => void onCopy(s.text).then((ok) => mark(key, ok ? 'copied' : 'failed')))}>
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
        <fieldset class="lang-switch" aria-label={L('replyLanguage')}>
          {(['en', 'es'] as const).map((l) => (
            <button type="button" class="lang" aria-pressed={l === view.replyLang} onClick={on(() => onReplyLangChange(l))} key={l}>
              {l.toUpperCase()}
            </button>
          ))}
        </fieldset>
        <button type="button" class="close" aria-label={cardT(uiLang, 'cardClose')} onClick={on(onClose)}>
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
