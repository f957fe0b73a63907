import { useEffect, useRef, useState } from 'preact/hooks';
import { formatDate, newestFigureAge } from '../engine/format';
import { SourceList } from './SourceList';
import type { Fact, Frame, Lang } from '../engine/schema';
import { RATING_LABELS, figureSentence } from '../engine/summary';
import { TOPIC_LABELS } from '../engine/topics';
import type { ClaimFinding } from '../engine/types';
import { t } from '../i18n/content-strings';

export interface ClaimCardProps {
  finding: ClaimFinding;
  fact: Fact;
  frame?: Frame;
  lang: Lang;
  muted?: boolean;
  onLangChange: (lang: Lang) => void;
  onClose: () => void;
  onCopy: () => Promise<boolean>;
  onMute: () => void;
  onClassroom?: () => void;
}

export function ClaimCard({ finding, fact, frame, lang, muted, onLangChange, onClose, onCopy, onMute, onClassroom }: ClaimCardProps) {
  const dialog = useRef<HTMLDivElement>(null);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const titleId = `puente-card-title-${finding.factId}`;
  const newest = newestFigureAge(fact.figures, new Date(), lang);

  useEffect(() => {
    dialog.current?.focus();
  }, [finding]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onClose();
    }
  };

  const copy = async () => setCopyState((await onCopy()) ? 'copied' : 'failed');

  return (
    <div class="card" role="dialog" aria-modal="false" aria-labelledby={titleId} tabIndex={-1} ref={dialog} onKeyDown={onKeyDown} lang={lang}>
      <header class="card-head">
        <span class={`badge badge-${finding.rating}`}>{RATING_LABELS[finding.rating][lang]}</span>
        <h2 id={titleId} class="title">
          {TOPIC_LABELS[finding.topic][lang]}
        </h2>
        <div class="lang-switch" role="group" aria-label={t(lang, 'cardLanguage')}>
          {(['en', 'es'] as const).map((l) => (
            <button type="button" class="lang" aria-pressed={l === lang} onClick={() => onLangChange(l)} key={l}>
              {l.toUpperCase()}
            </button>
          ))}
        </div>
        <button type="button" class="close" aria-label={t(lang, 'cardClose')} onClick={onClose}>
          ×
        </button>
      </header>

      <section aria-label={t(lang, 'cardClaim')}>
        <blockquote class="claim">{finding.text}</blockquote>
      </section>

      <section class="record">
        <h3>{t(lang, finding.answers ? 'cardRecord' : 'cardRelated')}</h3>
        {(finding.figures ?? []).map((f) => (
          <p class={`figure figure-${f.status}`} key={`${f.key}:${f.claimValue}`}>
            {figureSentence(f, lang)}
          </p>
        ))}
        <p>{fact.statement[lang]}</p>
        <p class="asof">
          {t(lang, 'cardAsOf', formatDate(fact.asOf, lang))}
          {newest && ` · ${t(lang, 'cardNewest', newest)}`}
        </p>
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
        <SourceList sources={fact.sources} lang={lang} />
      </section>

      <footer class="actions">
        <button type="button" onClick={copy}>
          {copyState === 'copied' ? t(lang, 'cardCopied') : copyState === 'failed' ? t(lang, 'cardCopyFailed') : t(lang, 'cardCopy')}
        </button>
        <button type="button" onClick={onMute} disabled={muted}>
          {muted ? t(lang, 'cardMuted') : t(lang, 'cardMute')}
        </button>
        {onClassroom && (
          <button type="button" onClick={onClassroom}>
            {t(lang, 'cardClassroom')}
          </button>
        )}
      </footer>
    </div>
  );
}
