import { formatDate, safeHttpUrl } from '../engine/format';
import type { Lang, Source } from '../engine/schema';
import { LinkHost } from './Origin';

/**
 * A fact's sources: only http(s) links, opened in a new tab without opener or referrer,
 * each with the host it really goes to (a title can claim any publisher).
 */
export function SourceList({ sources, lang, metaClass = 'meta' }: { sources: readonly Source[]; lang: Lang; metaClass?: string }) {
  return (
    <ul>
      {sources.map((s) => {
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
      })}
    </ul>
  );
}
