/**
 * Check-worthiness: does a sentence assert something a record could settle? Questions,
 * prescriptions and wishes, notes about the text itself, bare links, reference-list entries
 * and titles that only name a subject do not, however on-topic they are; highlighting them
 * is clutter that teaches readers to ignore Puente. The words live in verdict-words.ts.
 */
import { LANGS, TEXT_PACKS } from './knowledge/lang';
import type { VerdictWords } from './verdict-words';
import { findAll, foldSameLength, hasAny, listPattern } from './word-lists';

export type NotCheckworthy = 'question' | 'prescription' | 'meta' | 'link' | 'citation' | 'title' | 'opinion';

const URL = /\b(?:https?:\/\/|www\.)\S+/gi;
const TERMINAL = /[.!?…]["'”’»)\]]*\s*$/u;
/** Emoji, symbols and hashtags at the end of a post say nothing about its form. */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: the class takes emoji, variation selectors, joiners and skin tones one code point at a time on purpose; the `+` eats the whole sequence.
const TRAILING_NOISE = /(?:[\s\p{Extended_Pictographic}\u{FE0F}\u{200D}\u{1F3FB}-\u{1F3FF}]|#\w+|@\w+)+$/u;
const NUMBER = /\d/;
/** Words a heading in sentence case may have ("El peso del T-MEC en la relación comercial"). */
const SHORT_HEADING = 8;
const YEAR = /\b(?:1[89]|20)\d\d\b/g;
/** Reference-list shapes: "Smith, J. (2019).", "[12] ...". */
const REFERENCE = /\(\d{4}[a-z]?\)[.,]|^\s*\[\d+\]\s|^\s*\d+\.\s+[A-Z][a-z]+,\s+[A-Z]\./;
/**
 * How a question opens, and the openings that put a claim as a question ("Did you know…?",
 * "¿Sabías que…?"), in any registered language: a quote in the other language reads the same.
 */
const anyOf = (sources: string[]) => new RegExp(sources.map((s) => `(?:${s})`).join('|'), 'i');
const QUESTION_START = anyOf(LANGS.map((lang) => TEXT_PACKS[lang].questionStart));
const RHETORICAL_CLAIM = anyOf(LANGS.map((lang) => TEXT_PACKS[lang].claimAsQuestion));

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
  // A claim may cite its source in brackets ("…has slowed (Passel et al., 2012)."): only marks outside them make a reference.
  if (REFERENCE.test(body) || hasAny(folded.replace(/\([^()]*\)/g, ' '), words.citation)) return 'citation';
  // A figure keeps a sentence checkable even inside a rule ("75 percent must originate…").
  const figure = statesQuantity || NUMBER.test(body);
  if (!figure && prescribes(folded, words)) return 'prescription';
  if (!figure && appraises(folded, words)) return 'opinion';
  // A year alone names a subject in a heading ("The 1944 Treaty: A Lifeline Under Strain").
  if (!statesQuantity && !NUMBER.test(body.replace(YEAR, ' ')) && isBareTitle(body, folded, words)) return 'title';
  return null;
}

/**
 * A modal of prescription or wish that governs the sentence: none of the words before it opens
 * a dependent or further clause ("…said that Mexico must", "…, and we should"), so the sentence
 * does not assert a main clause of its own. A leading dependent clause ("If …, we must") still
 * leaves the modal in the main clause.
 */
function prescribes(folded: string, words: VerdictWords): boolean {
  const text = folded.replace(listPattern(words.notPrescriptive), (m) => ' '.repeat(m.length));
  const modal = findAll(text, words.prescriptive)[0];
  if (!modal) return false;
  // A mark glued to a word ("rising, and", "¿cómo") still opens the clause after it.
  const before = text
    .slice(0, modal.at)
    .replace(/[,;—–]|--/g, ' $&')
    .replace(/¿/g, ' ¿ ');
  return !findAll(before, words.clauseOpeners).some((o) => /[a-z0-9]/.test(before.slice(0, o.at)));
}

/** Words of a position in an ordering that also assert one ("largest", "principal"): a ranking a record can settle. */
const positions = new WeakMap<VerdictWords, string[]>();

/**
 * An appraisal with no checkable core: a word of judgement ("a compelling success story", "of
 * paramount importance") and no figure, ranking or comparison for a record to settle.
 */
function appraises(folded: string, words: VerdictWords): boolean {
  if (!hasAny(folded, words.evaluative) || hasAny(folded, words.comparison)) return false;
  let position = positions.get(words);
  if (!position) positions.set(words, (position = words.rank.filter((w) => words.assertive.includes(w))));
  return !hasAny(folded, position);
}

function isQuestion(body: string): boolean {
  const last = body.lastIndexOf('?');
  // Only a question that closes the sentence: "son 3,000 km de frontera, ¿de verdad creen…?"
  // still asserts its first part, so the text before the opening mark must say nothing.
  const open = body.lastIndexOf('¿', last);
  // "Oye, ¿es cierto que…?" puts a claim forward as much as "Did you know…?".
  if (RHETORICAL_CLAIM.test(body) || (open > 0 && RHETORICAL_CLAIM.test(body.slice(open)))) return false;
  if (last < 0) return false;
  if (open > 0)
    return (
      body
        .slice(0, open)
        .split(/\s+/)
        .filter((w) => /\p{L}/u.test(w)).length < 4
    );
  if (open === 0) return true;
  if (last < body.length - 1 - 3) return false;
  // A heading's question after its colon: "Counting American residents: how many live in Mexico?"
  return QUESTION_START.test(body) || QUESTION_START.test(body.slice(body.lastIndexOf(':', last) + 1));
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
  if (!titleCase && tokens.length > SHORT_HEADING) return false;
  if (hasAny(folded, words.assertive) || hasAny(folded, words.verbs)) return false;
  const endings = words.verbEndings;
  for (const w of folded.match(/[a-z]{5,}/g) ?? []) if (endings.some((e) => w.endsWith(e))) return false;
  return findAll(folded, words.negation).length === 0;
}
