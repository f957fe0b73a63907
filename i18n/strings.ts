import { CONTENT_STRINGS, translator, type UiLang } from './content-strings';
import { REPLY_STRINGS } from './reply-strings';

export type { UiLang } from './content-strings';

/**
 * Every UI string, in English and Spanish: the single source of truth. The build writes
 * `_locales/{en,es}/messages.json` from it (for the manifest and browser.i18n), and the
 * UI reads it directly so a card can switch language without the browser's locale.
 */
export const STRINGS = {
  ...CONTENT_STRINGS,
  ...REPLY_STRINGS,
  extName: { en: 'Puente: context on U.S.–Mexico claims', es: 'Puente: contexto sobre afirmaciones México–EE.UU.' },
  extShortName: { en: 'Puente', es: 'Puente' },
  extDescription: {
    en: 'Sourced context on claims about the U.S.–Mexico relationship, right where you read them. Everything stays on your device.',
    es: 'Contexto con fuentes sobre afirmaciones acerca de la relación México–Estados Unidos, justo donde las lees. Todo se queda en tu dispositivo.',
  },
  popupTitle: { en: 'Puente on this page', es: 'Puente en esta página' },
  popupClaimsCount: { en: '$1 claims found', es: '$1 afirmaciones encontradas' },
  popupOneClaim: { en: '1 claim found', es: '1 afirmación encontrada' },
  popupNoClaims: { en: 'No claims about the U.S.–Mexico relationship on this page.', es: 'No hay afirmaciones sobre la relación México–EE.UU. en esta página.' },
  popupUnavailable: {
    en: 'Puente cannot read this page (browser pages and the extension store are off limits).',
    es: 'Puente no puede leer esta página (las páginas del navegador y la tienda de extensiones están fuera de su alcance).',
  },
  popupSiteOn: { en: 'On for $1', es: 'Activado en $1' },
  popupPause: { en: 'Pause Puente everywhere', es: 'Pausar Puente en todas partes' },
  popupPaused: { en: 'Puente is paused.', es: 'Puente está en pausa.' },
  popupSiteOff: { en: 'Puente is off on this site.', es: 'Puente está desactivado en este sitio.' },
  popupClassroom: { en: 'Classroom view', es: 'Vista para el aula' },
  popupOptions: { en: 'Options and fact base', es: 'Opciones y base de datos' },
  classroomTitle: { en: 'Classroom view', es: 'Vista para el aula' },
  classroomIntro: {
    en: 'Every claim on this page, in reading order, with the record, the narrative behind it and questions to discuss.',
    es: 'Cada afirmación de esta página, en orden de lectura, con los datos, la narrativa detrás y preguntas para comentar.',
  },
  classroomQuiz: { en: 'Quiz mode: hide ratings', es: 'Modo quiz: ocultar calificaciones' },
  classroomReveal: { en: 'Reveal rating', es: 'Mostrar calificación' },
  classroomPresent: { en: 'Presentation mode', es: 'Modo presentación' },
  classroomExportHtml: { en: 'Export worksheet (HTML)', es: 'Exportar hoja de trabajo (HTML)' },
  classroomExportMd: { en: 'Export worksheet (Markdown)', es: 'Exportar hoja de trabajo (Markdown)' },
  classroomQuestions: { en: 'Discuss', es: 'Para comentar' },
  classroomRefresh: { en: 'Refresh', es: 'Actualizar' },
  classroomNoPage: { en: 'Open a news page or a feed, then refresh.', es: 'Abre una página de noticias o una red social y actualiza.' },
  classroomWorksheet: { en: 'Worksheet', es: 'Hoja de trabajo' },
  classroomPage: { en: 'Page', es: 'Página' },
  classroomDate: { en: 'Date', es: 'Fecha' },
  classroomRating: { en: 'Rating', es: 'Calificación' },
  classroomFrame: { en: 'Narrative frame', es: 'Marco narrativo' },
  qFigure: {
    en: 'The claim uses $1. What is the latest figure, and from what year? Why might an older number keep circulating?',
    es: 'La afirmación usa $1. ¿Cuál es la cifra más reciente y de qué año? ¿Por qué seguiría circulando un número más viejo?',
  },
  qSource: { en: 'Who published the source ($1)? How could you check it yourself?', es: '¿Quién publicó la fuente ($1)? ¿Cómo podrías comprobarla tú mismo?' },
  qFrame: { en: 'The narrative “$1” is common. Who tells it, and what does it leave out?', es: 'La narrativa «$1» es común. ¿Quién la cuenta y qué deja fuera?' },
  qSides: {
    en: 'How might a reader in Mexico and a reader in the U.S. react differently to this claim?',
    es: '¿Cómo podrían reaccionar distinto ante esta afirmación un lector en México y uno en EE.UU.?',
  },
  qRating: { en: 'Would you rate this claim the same way? What would change your mind?', es: '¿Calificarías igual esta afirmación? ¿Qué te haría cambiar de opinión?' },
  optionsTitle: { en: 'Puente options', es: 'Opciones de Puente' },
  optionsTabSettings: { en: 'Settings', es: 'Ajustes' },
  optionsTabFacts: { en: 'Fact base', es: 'Base de datos' },
  optionsTabImport: { en: 'Import and export', es: 'Importar y exportar' },
  optCardLanguage: { en: 'Card language', es: 'Idioma de las tarjetas' },
  optLangAuto: { en: 'Follow the page', es: 'Según la página' },
  optSensitivity: { en: 'Sensitivity', es: 'Sensibilidad' },
  optShowThreshold: { en: 'Highlight claims scoring at least $1', es: 'Resaltar afirmaciones con puntaje de al menos $1' },
  optSuggestThreshold: { en: 'List weaker matches from $1', es: 'Listar coincidencias más débiles desde $1' },
  optHighlightStyle: { en: 'Highlight style', es: 'Estilo de resaltado' },
  optStyleUnderline: { en: 'Underline', es: 'Subrayado' },
  optStyleBackground: { en: 'Background', es: 'Fondo' },
  optStyleBoth: { en: 'Both', es: 'Ambos' },
  optSites: { en: 'Sites where Puente is off', es: 'Sitios donde Puente está desactivado' },
  optNoSites: { en: 'None: Puente reads every site.', es: 'Ninguno: Puente lee todos los sitios.' },
  optTurnOn: { en: 'Turn on', es: 'Activar' },
  optPaused: { en: 'Pause Puente everywhere', es: 'Pausar Puente en todas partes' },
  optSaved: { en: 'Saved', es: 'Guardado' },
  factsSearch: { en: 'Search facts in English or Spanish', es: 'Buscar datos en inglés o español' },
  factsAllTopics: { en: 'All topics', es: 'Todos los temas' },
  factsCount: { en: '$1 facts', es: '$1 datos' },
  factsYours: { en: 'Yours', es: 'Tuyo' },
  factsBundled: { en: 'Bundled', es: 'Incluido' },
  factsTypicalClaims: { en: 'Typical claims', es: 'Afirmaciones típicas' },
  factsFigures: { en: 'Figures', es: 'Cifras' },
  factsAdd: { en: 'Add a fact', es: 'Agregar un dato' },
  factsEdit: { en: 'Edit', es: 'Editar' },
  factsDelete: { en: 'Delete', es: 'Eliminar' },
  factsDeleted: { en: 'Deleted', es: 'Eliminado' },
  factsBack: { en: 'Back to the list', es: 'Volver a la lista' },
  factsSave: { en: 'Save fact', es: 'Guardar dato' },
  factsCancel: { en: 'Cancel', es: 'Cancelar' },
  factsSavedOk: { en: 'Fact saved.', es: 'Dato guardado.' },
  formId: { en: 'Id (lowercase, dashes)', es: 'Id (minúsculas, guiones)' },
  formTopic: { en: 'Topic', es: 'Tema' },
  formStatementEn: { en: 'Statement in English (max 280)', es: 'Enunciado en inglés (máx. 280)' },
  formStatementEs: { en: 'Statement in Spanish (max 280)', es: 'Enunciado en español (máx. 280)' },
  formAsOf: { en: 'As of (YYYY, YYYY-MM or YYYY-MM-DD)', es: 'Fecha de los datos (AAAA, AAAA-MM o AAAA-MM-DD)' },
  formSourcePublisher: { en: 'Source publisher', es: 'Editor de la fuente' },
  formSourceTitle: { en: 'Source title', es: 'Título de la fuente' },
  formSourceUrl: { en: 'Source URL (http or https)', es: 'URL de la fuente (http o https)' },
  formSourceDate: { en: 'Source date', es: 'Fecha de la fuente' },
  formClaims: { en: 'Typical claims, one per line: rating | en or es | text', es: 'Afirmaciones típicas, una por línea: calificación | en o es | texto' },
  formKeywordsEn: { en: 'Keywords in English (comma-separated)', es: 'Palabras clave en inglés (separadas por comas)' },
  formKeywordsEs: { en: 'Keywords in Spanish (comma-separated)', es: 'Palabras clave en español (separadas por comas)' },
  problemsTitle: { en: 'Nothing was changed. Please fix these problems:', es: 'No se cambió nada. Corrige estos problemas:' },
  importChoose: { en: 'Import a fact pack or ClaimReview JSON-LD file', es: 'Importar un paquete de datos o un archivo ClaimReview JSON-LD' },
  importPaste: { en: 'Or paste JSON here', es: 'O pega el JSON aquí' },
  importButton: { en: 'Import', es: 'Importar' },
  importDone: { en: 'Imported $1 facts.', es: 'Se importaron $1 datos.' },
  importDoneOne: { en: 'Imported 1 fact.', es: 'Se importó 1 dato.' },
  exportButton: { en: 'Export your facts', es: 'Exportar tus datos' },
  exportNone: { en: 'You have no facts of your own to export yet.', es: 'Todavía no tienes datos propios para exportar.' },
  resetTitle: { en: 'Reset to the bundled facts', es: 'Restablecer los datos incluidos' },
  resetKeep: { en: 'Keep my own facts', es: 'Conservar mis datos propios' },
  resetButton: { en: 'Reset', es: 'Restablecer' },
  resetDone: { en: 'The bundled facts were restored.', es: 'Se restauraron los datos incluidos.' },
  resetConfirm: {
    en: 'This deletes your $1 own or imported facts for good. Export them first to keep a copy.',
    es: 'Esto borra para siempre tus $1 datos propios o importados. Exporta primero para guardar una copia.',
  },
  resetConfirmButton: { en: 'Delete my facts and reset', es: 'Borrar mis datos y restablecer' },
  resetCancel: { en: 'Cancel', es: 'Cancelar' },
  mutedTitle: { en: 'Facts hidden on a site', es: 'Datos ocultos en un sitio' },
  mutedNone: { en: 'None: no fact is hidden anywhere.', es: 'Ninguno: no hay datos ocultos en ningún sitio.' },
  mutedOn: { en: 'on $1', es: 'en $1' },
  mutedShow: { en: 'Show again', es: 'Mostrar de nuevo' },
  factsImported: { en: 'Imported', es: 'Importado' },
} as const satisfies Record<string, { en: string; es: string }>;

export type StringKey = keyof typeof STRINGS;

/** Looks up a string and fills `$1`, `$2`… as browser.i18n does. */
export const t = translator<StringKey>(STRINGS);

/** The `_locales/<lang>/messages.json` content for one language. */
export function localeMessages(lang: UiLang): Record<string, { message: string }> {
  const out: Record<string, { message: string }> = {};
  for (const [key, value] of Object.entries(STRINGS)) {
    // browser.i18n uses $NAME$ placeholders; positional $1 stays literal in messages.json.
    out[key] = { message: value[lang] };
  }
  return out;
}
