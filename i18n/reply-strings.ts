/** The X reply assistant's strings, in English and Spanish: only the X content script carries them. */
import { translator } from './content-strings';

export const REPLY_STRINGS = {
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
  replyWarningContradicted: {
    en: 'Your draft says $1, which the record does not support. The latest figure is $2 ($3).',
    es: 'Tu borrador dice $1, que los datos no respaldan. La cifra más reciente es $2 ($3).',
  },
  replySource: { en: 'Source: $1', es: 'Fuente: $1' },
  replyNoLink: { en: 'No source with a web link to suggest a reply with.', es: 'No hay una fuente con enlace para sugerir una respuesta.' },
} as const satisfies Record<string, { en: string; es: string }>;

export type ReplyStringKey = keyof typeof REPLY_STRINGS;

export const t = translator<ReplyStringKey>(REPLY_STRINGS);
