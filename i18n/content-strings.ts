/**
 * The UI strings the content script needs for its card, in English and Spanish, and the
 * one lookup (`translator`) every table of strings uses. Kept apart from the extension
 * pages' strings (and the X reply assistant's, `reply-strings.ts`) so a content script,
 * which has a 60 kB budget, carries only its own; `i18n/strings.ts` merges them all for
 * `_locales`.
 */
export const CONTENT_STRINGS = {
  cardTitle: { en: 'Puente context', es: 'Contexto de Puente' },
  cardClaim: { en: 'The claim', es: 'La afirmación' },
  cardRecord: { en: 'What the record shows', es: 'Lo que muestran los datos' },
  cardRelated: { en: 'Related records (none answers this claim directly)', es: 'Datos relacionados (ninguno responde directamente a esta afirmación)' },
  cardWhy: { en: 'Why this narrative persists', es: 'Por qué persiste esta narrativa' },
  cardMexicoView: { en: 'Seen from Mexico', es: 'Visto desde México' },
  cardUsView: { en: 'Seen from the U.S.', es: 'Visto desde EE.UU.' },
  cardSources: { en: 'Sources', es: 'Fuentes' },
  cardMoreSources: { en: '$1 more sources', es: '$1 fuentes más' },
  cardSourcesFor: { en: 'For “$1”', es: 'Para «$1»' },
  cardAsOf: { en: 'As of $1', es: 'Datos de $1' },
  cardNewest: { en: 'Newest figure: $1', es: 'Cifra más reciente: $1' },
  cardClose: { en: 'Close', es: 'Cerrar' },
  cardCopy: { en: 'Copy summary', es: 'Copiar resumen' },
  cardCopied: { en: 'Copied', es: 'Copiado' },
  cardCopyFailed: { en: 'Could not copy', es: 'No se pudo copiar' },
  cardMute: { en: 'Not relevant here', es: 'No es relevante aquí' },
  cardMuted: { en: 'Hidden on this site', es: 'Oculto en este sitio' },
  cardClassroom: { en: 'Classroom view', es: 'Vista para el aula' },
  cardClassroomUnavailable: { en: 'Open the classroom view from Puente’s toolbar button.', es: 'Abre la vista para el aula desde el botón de Puente en la barra de herramientas.' },
  cardUndo: { en: 'Undo', es: 'Deshacer' },
  cardMutedNote: {
    en: 'This fact is hidden on this site. You can show it again here or in Puente’s options.',
    es: 'Este dato está oculto en este sitio. Puedes volver a mostrarlo aquí o en las opciones de Puente.',
  },
  originUser: { en: 'Your fact', es: 'Dato tuyo' },
  originImported: { en: 'Imported', es: 'Importado' },
  originNote: { en: 'Not from Puente’s curated facts: check its sources yourself.', es: 'No viene de los datos revisados de Puente: revisa tú mismo sus fuentes.' },
  sourceHost: { en: 'link to $1', es: 'enlace a $1' },
  cardLanguage: { en: 'Language', es: 'Idioma' },
  cardTopic: { en: 'Topic', es: 'Tema' },
} as const satisfies Record<string, { en: string; es: string }>;

export type ContentStringKey = keyof typeof CONTENT_STRINGS;
/** The two languages of every UI string (and of the card). */
export type UiLang = 'en' | 'es';

/**
 * Fills `$1`, `$2`… as browser.i18n does, in one pass: a value that itself holds "$3"
 * (a figure such as "$30 billion") is never filled again.
 */
export function fill(template: string, subs: (string | number)[]): string {
  return template.replace(/\$(\d)/g, (placeholder, n: string) => {
    const v = subs[Number(n) - 1];
    return v === undefined ? placeholder : String(v);
  });
}

/** The lookup for a table of strings: `t(lang, key, ...subs)`, with `$1`, `$2`… filled. */
export const translator =
  <K extends string>(table: Record<K, Record<UiLang, string>>) =>
  (lang: UiLang, key: K, ...subs: (string | number)[]): string =>
    fill(table[key][lang], subs);

export const t = translator<ContentStringKey>(CONTENT_STRINGS);
