/**
 * Check-worthiness: does a sentence assert something a record could settle? Questions,
 * prescriptions and wishes, notes about the text itself, bare links, reference-list entries
 * and titles that only name a subject do not, however on-topic they are; highlighting them
 * is clutter that teaches readers to ignore Puente. The words live in verdict-words.ts.
 */
import type { VerdictWords } from './verdict-words';
import { findAll, foldSameLength, hasAny } from './word-lists';

export type NotCheckworthy = 'question' | 'prescription' | 'meta' | 'link' | 'citation' | 'title';

const URL = /\b(?:https?:\/\/|www\.)\S+/gi;
const TERMINAL = /[.!?…]["'”’»)\]]*\s*$/u;
/** Emoji, symbols and hashtags at the end of a post say nothing about its form. */
const TRAILING_NOISE = /(?:[\s\p{Extended_Pictographic}\u{FE0F}\u{200D}\u{1F3FB}-\u{1F3FF}]|#\w+|@\w+)+$/u;
const NUMBER = /\d/;
/** Reference-list shapes: "Smith, J. (2019).", "[12] ...". */
const REFERENCE = /\(\d{4}[a-z]?\)[.,]|^\s*\[\d+\]\s|^\s*\d+\.\s+[A-Z][a-z]+,\s+[A-Z]\./;
/** An English question opens with an interrogative or an auxiliary. */
const EN_QUESTION_START = /^\W*(?:what|why|how|who|whom|whose|where|when|which|is|are|was|were|do|does|did|can|could|would|will|should|has|have|had|isn't|aren't|don't|doesn't|didn't|won't|wouldn't)\b/i;
/** "Did you know…?" and "¿Sabías que…?" put a claim as a question: it stays a claim. */
const RHETORICAL_CLAIM = /^\W*(?:did you know|you know that|sab[ií]as que|sab[ií]an que)\b/i;
const ES_QUESTION_START = /^\W*(?:qu[eé]|por qu[eé]|c[oó]mo|cu[aá]ndo|d[oó]nde|qui[eé]n(?:es)?|cu[aá]l(?:es)?|cu[aá]nt[oa]s?)\b/i;

/**
 * Null when the sentence is check-worthy, else why it is not. `statesQuantity`: the sentence
 * states a figure in any form ("two in three", "most"), which keeps it checkable.
 */
export function notCheckworthy(sentence: string, words: VerdictWords, statesQuantity = false): NotCheckworthy | null {
  const withoutLinks = sentence.replace(URL, ' ').trim();
  if (withoutLinks.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w)).length < 3) return 'link';
  const body = withoutLinks.replace(TRAILING_NOISE, '').trim();
  const folded = foldSameLength(body);
  if (isQuestion(body)) return 'question';
  if (hasAny(folded, words.meta)) return 'meta';
  if (REFERENCE.test(body) || hasAny(folded, words.citation)) return 'citation';
  // A figure keeps a sentence checkable even inside a rule ("75 percent must originate…").
  const figure = statesQuantity || NUMBER.test(body);
  if (!figure && hasAny(folded, words.prescriptive)) return 'prescription';
  if (!figure && isBareTitle(body, folded, words)) return 'title';
  return null;
}

function isQuestion(body: string): boolean {
  if (RHETORICAL_CLAIM.test(body)) return false;
  const last = body.lastIndexOf('?');
  if (last < 0) return false;
  // Only a question that closes the sentence: "son 3,000 km de frontera, ¿de verdad creen…?"
  // still asserts its first part, so the text before the opening mark must say nothing.
  const open = body.lastIndexOf('¿', last);
  if (open > 0) return body.slice(0, open).split(/\s+/).filter((w) => /\p{L}/u.test(w)).length < 4;
  if (open === 0) return true;
  if (last < body.length - 1 - 3) return false;
  return EN_QUESTION_START.test(body) || ES_QUESTION_START.test(body);
}

/**
 * A heading that only names a subject ("U.S.–Mexico relations: a timeline"): no closing
 * punctuation, short or in title case, and nothing to assert (no verb, figure or superlative).
 * "México y EU: comercio récord" asserts a record, so it stays a claim.
 */
function isBareTitle(body: string, folded: string, words: VerdictWords): boolean {
  if (TERMINAL.test(body)) return false;
  const tokens = body.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const long = tokens.filter((w) => w.replace(/\P{L}/gu, '').length >= 4);
  const titleCase = long.length > 0 && long.filter((w) => /^\P{L}*\p{Lu}/u.test(w)).length / long.length >= 0.6;
  if (!titleCase && tokens.length > 5) return false;
  if (hasAny(folded, words.assertive) || hasAny(folded, words.verbs)) return false;
  const endings = words.verbEndings;
  for (const w of folded.match(/[a-z]{5,}/g) ?? []) if (endings.some((e) => w.endsWith(e))) return false;
  return findAll(folded, words.negation).length === 0;
}
