/**
 * Where a fact came from, when it is not one of Puente's curated facts: a fact the reader
 * wrote or imported looks exactly like a curated one otherwise, and a shared pack can put
 * any name on any link. Shown wherever a fact is (card, reply assistant, classroom).
 */
import type { LocalOrigin } from '../messaging/protocol';
import { t, type UiLang } from '../i18n/content-strings';

export function OriginBadge({ origin, lang }: { origin: LocalOrigin | undefined; lang: UiLang }) {
  if (!origin) return null;
  return (
    <span class="badge badge-origin" title={t(lang, 'originNote')}>
      {t(lang, origin === 'imported' ? 'originImported' : 'originUser')}
    </span>
  );
}

/** The host a link really goes to ("www.census.gov"), whatever its title says. */
export function hostOf(href: string): string {
  try {
    return new URL(href).hostname;
  } catch {
    return ''; // only ever called on URLs safeHttpUrl accepted
  }
}

/** The link's host beside it, in parentheses, read out as "link to <host>". */
export function LinkHost({ href, lang }: { href: string; lang: UiLang }) {
  const host = hostOf(href);
  if (!host) return null;
  return (
    <>
      {' '}
      <span class="host" aria-hidden="true">
        ({host})
      </span>
      <span class="sr-only">{t(lang, 'sourceHost', host)}</span>
    </>
  );
}
