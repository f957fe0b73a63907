/**
 * Every UI string, in English and Spanish: the single source of truth. The build writes
 * `_locales/{en,es}/messages.json` from it (for the manifest and browser.i18n), and the
 * UI reads it directly so a card can switch language without the browser's locale.
 */
export const STRINGS = {
  extName: { en: 'Puente: context on U.S.–Mexico claims', es: 'Puente: contexto sobre afirmaciones México–EE.UU.' },
  extShortName: { en: 'Puente', es: 'Puente' },
  extDescription: {
    en: 'Sourced context on claims about the U.S.–Mexico relationship, right where you read them. Everything stays on your device.',
    es: 'Contexto con fuentes sobre afirmaciones acerca de la relación México–Estados Unidos, justo donde las lees. Todo se queda en tu dispositivo.',
  },
  cardTitle: { en: 'Puente context', es: 'Contexto de Puente' },
  cardClaim: { en: 'The claim', es: 'La afirmación' },
  cardRecord: { en: 'What the record shows', es: 'Lo que muestran los datos' },
  cardWhy: { en: 'Why this narrative persists', es: 'Por qué persiste esta narrativa' },
  cardMexicoView: { en: 'Seen from Mexico', es: 'Visto desde México' },
  cardUsView: { en: 'Seen from the U.S.', es: 'Visto desde EE.UU.' },
  cardSources: { en: 'Sources', es: 'Fuentes' },
  cardAsOf: { en: 'As of $1', es: 'Datos de $1' },
  cardClose: { en: 'Close', es: 'Cerrar' },
  cardCopy: { en: 'Copy summary', es: 'Copiar resumen' },
  cardCopied: { en: 'Copied', es: 'Copiado' },
  cardCopyFailed: { en: 'Could not copy', es: 'No se pudo copiar' },
  cardMute: { en: 'Not relevant here', es: 'No es relevante aquí' },
  cardMuted: { en: 'Hidden on this site', es: 'Oculto en este sitio' },
  cardClassroom: { en: 'Classroom view', es: 'Vista para el aula' },
  cardLanguage: { en: 'Language', es: 'Idioma' },
  cardTopic: { en: 'Topic', es: 'Tema' },
} as const satisfies Record<string, { en: string; es: string }>;

export type StringKey = keyof typeof STRINGS;
export type UiLang = 'en' | 'es';

/** Looks up a string and fills `$1`, `$2`… as browser.i18n does. */
export function t(lang: UiLang, key: StringKey, ...subs: (string | number)[]): string {
  let s: string = STRINGS[key][lang];
  subs.forEach((v, i) => {
    s = s.split(`$${i + 1}`).join(String(v));
  });
  return s;
}

/** The `_locales/<lang>/messages.json` content for one language. */
export function localeMessages(lang: UiLang): Record<string, { message: string }> {
  const out: Record<string, { message: string }> = {};
  for (const [key, value] of Object.entries(STRINGS)) {
    // browser.i18n uses $NAME$ placeholders; positional $1 stays literal in messages.json.
    out[key] = { message: value[lang] };
  }
  return out;
}
