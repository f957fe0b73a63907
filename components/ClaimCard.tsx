import { useEffect, useRef, useState } from 'preact/hooks';
import { formatDate, newestFigureAge } from '../engine/format';
import { SourceList } from './SourceList';
import type { Fact, Frame, Lang } from '../engine/schema';
import { RATING_LABELS, figureLines, otherRecords } from '../engine/summary';
import { TOPIC_LABELS } from '../engine/topics';
import type { ClaimFinding } from '../engine/types';
import { t } from '../i18n/content-strings';
import type { LocalOrigin } from '../messaging/protocol';
import { OriginBadge } from './Origin';

/** Sources a card lists before "More sources": the newest, as a card is read in a glance. */
const CARD_SOURCES = 3;

export interface ClaimCardProps {
  finding: ClaimFinding;
  fact: Fact;
  /** Any fact by id: a figure line may read another fact's series, whose sources the card lists too. */
  factById?: (id: string) => Fact | undefined;
  frame?: Frame;
  lang: Lang;
  muted?: boolean;
  /** Set for a fact the reader wrote or imported: badged, never passed off as curated. */
  origin?: LocalOrigin;
  onLangChange: (lang: Lang) => void;
  onClose: () => void;
  onCopy: () => Promise<boolean>;
  onMute: () => void;
  /** Shows a fact hidden from this card again (the undo of "Not relevant here"). */
  onUnmute?: () => void;
  /** Opens the classroom view; false when it could not (then the card says where to find it). */
  onClassroom?: () => Promise<boolean> | void;
  /**
   * Which events may act. On a page, only the reader's own (trusted) events: the content
   * script passes `(e) => e.isTrusted`. Tests and extension pages take every event.
   */
  accept?: (e: Event) => boolean;
}

export function ClaimCard({
  finding,
  fact,
  factById = () => undefined,
  frame,
  lang,
  muted,
  origin,
  onLangChange,
  onClose,
  onCopy,
  onMute,
  onUnmute,
  onClassroom,
  accept = () => true,
}: ClaimCardProps) {
  const dialog = useRef<HTMLDivElement>(null);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [classroomFailed, setClassroomFailed] = useState(false);
  /** An event handler that runs only for accepted (on a page: trusted) events. */
  const on =
    <E extends Event>(fn: (e: E) => void) =>
    (e: E) => {
      if (accept(e)) fn(e);
    };
  const titleId = `puente-card-title-${finding.factId}`;
  const newest = newestFigureAge(fact.figures, new Date(), lang);
  const figures = finding.figures ?? [];

  useEffect(() => {
    dialog.current?.focus();
  }, [finding]);

  const onKeyDown = on((e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onClose();
    }
  });

  const copy = on(() => void onCopy().then((ok) => setCopyState(ok ? 'copied' : 'failed')));
  const classroom = on(() => {
    setClassroomFailed(false);
    void Promise.resolve(onClassroom?.()).then((ok) => setClassroomFailed(ok === false));
  });

  return (
    <div class="card" role="dialog" aria-modal="false" aria-labelledby={titleId} tabIndex={-1} ref={dialog} onKeyDown={onKeyDown} lang={lang}>
      <header class="card-head">
        <span class={`badge badge-${finding.rating}`}>{RATING_LABELS[finding.rating][lang]}</span>
        <OriginBadge origin={origin} lang={lang} />
        <h2 id={titleId} class="title">
          {TOPIC_LABELS[finding.topic][lang]}
        </h2>
        <fieldset class="lang-switch" aria-label={t(lang, 'cardLanguage')}>
          {(['en', 'es'] as const).map((l) => (
            <button type="button" class="lang" aria-pressed={l === lang} onClick={on(() => onLangChange(l))} key={l}>
              {l.toUpperCase()}
            </button>
          ))}
        </fieldset>
        <button type="button" class="close" aria-label={t(lang, 'cardClose')} onClick={on(onClose)}>
          ×
        </button>
      </header>

      <section aria-label={t(lang, 'cardClaim')}>
        <blockquote class="claim">{finding.text}</blockquote>
      </section>

      <section class="record">
        <h3>{t(lang, finding.answers ? 'cardRecord' : 'cardRelated')}</h3>
        {figureLines(figures, fact.id, lang).map((line, i) => (
          <p class={`figure figure-${figures[i]!.status}`} key={`${figures[i]!.key}:${figures[i]!.claimValue}`}>
            {line.measure && <span class="figure-measure">{line.measure}</span>}
            {line.text}
          </p>
        ))}
        <p>{fact.statement[lang]}</p>
        <p class="asof">
          {t(lang, 'cardAsOf', formatDate(fact.asOf, lang))}
          {newest && ` · ${t(lang, 'cardNewest', newest)}`}
        </p>
        {origin && <p class="origin-note">{t(lang, 'originNote')}</p>}
      </section>

      {frame && (
        <section class="frame">
          <h3>{t(lang, 'cardWhy')}</h3>
          <p class="narrative">“{frame.narrative[lang]}”</p>
          <p>{frame.persists[lang]}</p>
          <details>
            <summary>
              {t(lang, 'cardMexicoView')} / {t(lang, 'cardUsView')}
            </summary>
            <p>
              <strong>{t(lang, 'cardMexicoView')}:</strong> {frame.mexicoView[lang]}
            </p>
            <p>
              <strong>{t(lang, 'cardUsView')}:</strong> {frame.usView[lang]}
            </p>
          </details>
        </section>
      )}

      <section class="sources">
        <h3>{t(lang, 'cardSources')}</h3>
        <SourceList sources={fact.sources} lang={lang} lead={CARD_SOURCES} />
        {otherRecords(figures, fact, factById, lang).map(({ fact: other, measure, sources }) => (
          <div class="other-sources" key={other.id}>
            <h4>{t(lang, 'cardSourcesFor', measure)}</h4>
            <SourceList sources={sources} lang={lang} lead={1} />
          </div>
        ))}
      </section>

      <footer class="actions">
        <button type="button" onClick={copy}>
          {copyState === 'copied' ? t(lang, 'cardCopied') : copyState === 'failed' ? t(lang, 'cardCopyFailed') : t(lang, 'cardCopy')}
        </button>
        {muted ? (
          onUnmute && (
            <button type="button" onClick={on(onUnmute)}>
              {t(lang, 'cardUndo')}
            </button>
          )
        ) : (
          <button type="button" onClick={on(onMute)}>
            {t(lang, 'cardMute')}
          </button>
        )}
        {onClassroom && (
          <button type="button" onClick={classroom}>
            {t(lang, 'cardClassroom')}
          </button>
        )}
      </footer>
      {muted && (
        <p class="note" role="status">
          <strong>{t(lang, 'cardMuted')}.</strong> {t(lang, 'cardMutedNote')}
        </p>
      )}
      {classroomFailed && (
        <p class="note" role="status">
          {t(lang, 'cardClassroomUnavailable')}
        </p>
      )}
    </div>
  );
}
