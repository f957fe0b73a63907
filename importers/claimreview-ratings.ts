/** Publishers' ratings, in words or numbers, on Puente's fixed scale. */
import type { Rating } from '../engine/schema';

/**
 * Publisher rating words → Puente's fixed scale. Checked in order, so compound ratings win
 * over the words inside them ("partly false" is misleading, "not true" is false, "half
 * true" is not accurate). Matched on whole words after lower-casing and removing accents,
 * so "Engañoso", "enganoso" and "ENGAÑOSO." are one entry.
 */
const RATING_WORDS: readonly [Rating, readonly string[]][] = [
  ['outdated', ['outdated', 'out of date', 'desactualizado', 'desactualizada', 'obsolete', 'obsoleto', 'obsoleta', 'depasse', 'veraltet', 'desatualizado']],
  [
    'needs-context',
    [
      'missing context',
      'lacks context',
      'needs context',
      'needs more context',
      'falta contexto',
      'falta de contexto',
      'le falta contexto',
      'unproven',
      'unverified',
      'no evidence',
      'sin pruebas',
      'no hay pruebas',
      'sin evidencia',
      'no hay evidencia',
      'sin sustento',
      'manque de contexte',
      'contexte manquant',
      'fehlender kontext',
      'fehlt kontext',
      'sem provas',
      'mostly true',
      'mayormente verdadero',
      'needs clarification',
    ],
  ],
  [
    'misleading',
    [
      'misleading',
      'enganoso',
      'enganosa',
      'trompeur',
      'trompeuse',
      'irrefuhrend',
      'partly false',
      'partially false',
      'partly true',
      'partially true',
      'parcialmente falso',
      'parcialmente falsa',
      'parcialmente verdadero',
      'half true',
      'medio verdadero',
      'mostly false',
      'mayormente falso',
      'exaggerated',
      'exaggeration',
      'exagerado',
      'exagerada',
      'exagere',
      'exageree',
      'ubertrieben',
      'sin contexto',
      'fuera de contexto',
      'out of context',
      'hors contexte',
      'sem contexto',
      'fora de contexto',
      'distorted',
      'distorsionado',
      'manipulated',
      'manipulado',
      'altered',
      'alterado',
    ],
  ],
  [
    'false',
    [
      'false',
      'falso',
      'falsa',
      'faux',
      'fausse',
      'falsch',
      'fake',
      'pants on fire',
      'incorrect',
      'incorrecto',
      'incorrecta',
      'incorreto',
      'wrong',
      'not true',
      'untrue',
      'inaccurate',
      'not accurate',
      'not correct',
      'no es cierto',
      'no es verdad',
      'no es correcto',
      'nicht richtig',
      'bulo',
      'hoax',
      'fabricated',
      'inventado',
      'inventada',
      'nicht wahr',
    ],
  ],
  [
    'accurate',
    [
      'true',
      'verdadero',
      'verdadera',
      'verdadeiro',
      'verdadeira',
      'vrai',
      'vraie',
      'correct',
      'correcto',
      'correcta',
      'correto',
      'accurate',
      'cierto',
      'cierta',
      'verdad',
      'richtig',
      'wahr',
      'exacto',
    ],
  ],
];

function wordsOf(text: string): string {
  const plain = text.slice(0, 300).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return ` ${plain.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

/** Puente's rating for a publisher's rating word, or undefined when it is not one we know. */
export function ratingFromText(text: string): Rating | undefined {
  const words = wordsOf(text);
  for (const [rating, phrases] of RATING_WORDS) {
    if (phrases.some((p) => words.includes(` ${p} `))) return rating;
  }
  return undefined;
}

/**
 * A numeric rating placed between worst and best (schema.org's defaults: 1 and 5), in
 * fifths: the lowest is false, the highest accurate, the middle ones degrees in between.
 */
export function ratingFromNumber(value: number, worst = 1, best = 5): Rating | undefined {
  if (best === worst) return undefined;
  const at = (value - worst) / (best - worst);
  if (!(at >= 0 && at <= 1)) return undefined;
  if (at < 0.2) return 'false';
  if (at < 0.4) return 'misleading';
  if (at < 0.8) return 'needs-context';
  return 'accurate';
}
