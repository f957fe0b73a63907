import { formatDate, safeHttpUrl } from '../engine/format';
import type { Lang, Source } from '../engine/schema';
import { t } from '../i18n/content-strings';
import { LinkHost } from './Origin';

/**
 * A fact's sources: only http(s) links, opened in a new tab without opener or referrer,
 * each with the host it really goes to (a title can claim any publisher). With `lead`, the
 * newest `lead` sources are listed and the rest wait behind "More sources": a fact whose
 * series holds many years cites many reports, and a card is read in a glance.
 */
export function SourceList({ sources, lang, metaClass = 'meta', lead }: { sources: readonly Source[]; lang: Lang; metaClass?: string; lead?: number }) {
  const item = (s: Source) => {
    const href = safeHttpUrl(s.url);
    return (
      <li key={s.url}>
        {href ? (
          <>
            <a href={href} target="_blank" rel="noopener noreferrer">
              {s.title}
            </a>
            <LinkHost href={href} lang={lang} />
          </>
        ) : (
          <span>{s.title}</span>
        )}
        <span class={metaClass}>
          {' '}
          — {s.publisher}, {formatDate(s.date, lang)}
        </span>
      </li>
    );
  };
  if (lead === undefined || sources.length <= lead + 1) return <ul>{sources.map(item)}</ul>;
  // Dates are ISO prefixes ("2026", "2026-02", "2026-02-03"): newest first is their descending order.
  const newest = [...sources].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  return (
    <>
      <ul>{newest.slice(0, lead).map(item)}</ul>
      <details class="more-sources">
        <summary>{t(lang, 'cardMoreSources', String(newest.length - lead))}</summary>
        <ul>{newest.slice(lead).map(item)}</ul>
      </details>
    </>
  );
}
