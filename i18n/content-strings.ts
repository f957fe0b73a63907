/**
 * The UI strings the content script needs (card, reply assistant), in English and
 * Spanish. Kept apart from the extension pages' strings so the content script, which has
 * a 60 kB budget, carries only its own; `i18n/strings.ts` merges both for `_locales`.
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
  cardMutedNote: { en: 'This fact is hidden on this site. You can show it again here or in Puente’s options.', es: 'Este dato está oculto en este sitio. Puedes volver a mostrarlo aquí o en las opciones de Puente.' },
  originUser: { en: 'Your fact', es: 'Dato tuyo' },
  originImported: { en: 'Imported', es: 'Importado' },
  originNote: { en: 'Not from Puente’s curated facts: check its sources yourself.', es: 'No viene de los datos revisados de Puente: revisa tú mismo sus fuentes.' },
  sourceHost: { en: 'link to $1', es: 'enlace a $1' },
  cardLanguage: { en: 'Language', es: 'Idioma' },
  cardTopic: { en: 'Topic', es: 'Tema' },
  replyButton: { en: 'Puente: reply with sources', es: 'Puente: responder con fuentes' },
  replyTitle: { en: 'Reply with sources', es: 'Responder con fuentes' },
  replyLanguage: { en: 'Reply language', es: 'Idioma de la respuesta' },
  replyFromPost: { en: 'In the post you are replying to', es: 'En la publicación que respondes' },
  replyFromDraft: { en: 'In your draft', es: 'En tu borrador' },
  replySuggestions: { en: 'Suggested replies', es: 'Respuestas sugeridas' },
  replyLength: { en: '$1 of $2 characters', es: '$1 de $2 caracteres' },
  replyCopy: { en: 'Copy', es: 'Copiar' },
  replyCopied: { en: 'Copied', es: 'Copiado' },
  replyCopyFailed: { en: 'Could not copy', es: 'No se pudo copiar' },
  replyInsert: { en: 'Insert', es: 'Insertar' },
  replyInserted: { en: 'Inserted', es: 'Insertado' },
  replyInsertLabel: { en: 'Insert in your reply at the cursor', es: 'Insertar en tu respuesta donde está el cursor' },
  replyNothing: { en: 'No claims Puente knows in this post or draft.', es: 'Puente no conoce afirmaciones en esta publicación ni en tu borrador.' },
  replyEmptyDraft: { en: 'Your draft is empty: these suggestions answer the post you are replying to.', es: 'Tu borrador está vacío: estas sugerencias responden a la publicación.' },
  replyOverLimit: { en: 'Your draft is $1/$2: X will not post more than $2 characters.', es: 'Tu borrador tiene $1/$2: X no publica más de $2 caracteres.' },
  replyMixed: { en: 'Your draft mixes English and Spanish; suggestions follow its main language.', es: 'Tu borrador mezcla inglés y español; las sugerencias siguen su idioma principal.' },
  replyWarningTitle: { en: 'Check this figure before posting', es: 'Revisa esta cifra antes de publicar' },
  replyWarningOutdated: { en: 'Your draft says $1, an older figure. The latest is $2 ($3).', es: 'Tu borrador dice $1, una cifra anterior. La más reciente es $2 ($3).' },
  replyWarningContradicted: { en: 'Your draft says $1, which the record does not support. The latest figure is $2 ($3).', es: 'Tu borrador dice $1, que los datos no respaldan. La cifra más reciente es $2 ($3).' },
  replySource: { en: 'Source: $1', es: 'Fuente: $1' },
  replyNoLink: { en: 'No source with a web link to suggest a reply with.', es: 'No hay una fuente con enlace para sugerir una respuesta.' },
} as const satisfies Record<string, { en: string; es: string }>;

export type ContentStringKey = keyof typeof CONTENT_STRINGS;
/** The two languages of every UI string (and of the card). */
export type UiLang = 'en' | 'es';

/** Fills `$1`, `$2`… as browser.i18n does. */
export function fill(template: string, subs: (string | number)[]): string {
  let s = template;
  subs.forEach((v, i) => {
    s = s.split(`$${i + 1}`).join(String(v));
  });
  return s;
}

/** The lookup for a table of strings: `t(lang, key, ...subs)`, with `$1`, `$2`… filled. */
export const translator =
  <K extends string>(table: Record<K, Record<UiLang, string>>) =>
  (lang: UiLang, key: K, ...subs: (string | number)[]): string =>
    fill(table[key][lang], subs);

export const t = translator<ContentStringKey>(CONTENT_STRINGS);
