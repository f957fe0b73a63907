import type { Lang } from '../engine/schema';
import { RATING_LABELS } from '../engine/summary';
import { TOPIC_LABELS, isTopicId } from '../engine/topics';
import { t } from '../i18n/strings';
import type { PageClaimsResponse } from '../messaging/protocol';
import { useDocumentLang } from './documentLang';

export interface PopupProps {
  lang: Lang;
  page: PageClaimsResponse | null;
  site: string | null;
  siteOn: boolean;
  paused: boolean;
  onToggleSite: (on: boolean) => void;
  onTogglePause: (paused: boolean) => void;
  onOpenClaim: (id: number) => void;
  onClassroom: () => void;
  onOptions: () => void;
}

export function Popup({ lang, page, site, siteOn, paused, onToggleSite, onTogglePause, onOpenClaim, onClassroom, onOptions }: PopupProps) {
  const count = page?.claims.length ?? 0;
  useDocumentLang(lang, t(lang, 'popupTitle'));
  return (
    <main class="popup" lang={lang}>
      <h1>{t(lang, 'popupTitle')}</h1>
      {!page ? (
        <p class="muted">{t(lang, 'popupUnavailable')}</p>
      ) : paused ? (
        <p class="muted">{t(lang, 'popupPaused')}</p>
      ) : !siteOn ? (
        <p class="muted">{t(lang, 'popupSiteOff')}</p>
      ) : (
        <>
          <p aria-live="polite">{count === 0 ? t(lang, 'popupNoClaims') : count === 1 ? t(lang, 'popupOneClaim') : t(lang, 'popupClaimsCount', count)}</p>
          <ul class="claims">
            {page.claims.map((c) => (
              <li key={c.id}>
                <button type="button" class="claim-button" onClick={() => onOpenClaim(c.id)}>
                  <span class={`badge badge-${c.rating}`}>{RATING_LABELS[c.rating][lang]}</span> <span class="muted">{isTopicId(c.topic) ? TOPIC_LABELS[c.topic][lang] : c.topic}</span>
                  <span class="claim-text">{c.text.length > 160 ? `${c.text.slice(0, 157)}…` : c.text}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {site && (
        <label class="switch">
          <input type="checkbox" checked={siteOn} onChange={(e) => onToggleSite((e.currentTarget as HTMLInputElement).checked)} />
          {t(lang, 'popupSiteOn', site)}
        </label>
      )}
      <label class="switch">
        <input type="checkbox" checked={paused} onChange={(e) => onTogglePause((e.currentTarget as HTMLInputElement).checked)} />
        {t(lang, 'popupPause')}
      </label>
      <div class="row">
        <button type="button" onClick={onClassroom}>
          {t(lang, 'popupClassroom')}
        </button>
        <button type="button" onClick={onOptions}>
          {t(lang, 'popupOptions')}
        </button>
      </div>
    </main>
  );
}
