/**
 * Check-worthiness: does a sentence assert something a record could settle? Questions,
 * prescriptions and wishes, notes about the text itself or a remark on an argument made
 * elsewhere, bare links, reference-list entries, and titles or captions that only name a
 * subject, schedules, thanks and a survey's note on its method (engine/not-claim-shapes.ts) do not, however on-topic they are; highlighting them
 * is clutter that teaches readers to ignore Puente. The words live in verdict-words.ts.
 */
import { writtenWords } from './event-verbs';
import { LANGS, TEXT_PACKS } from './knowledge/lang';
import { courtesy, kicker, methodNote, quotedQuestion, schedule } from './not-claim-shapes';
import { STOPWORDS } from './stopwords';
import type { VerdictWords } from './verdict-words';
import { findAll, foldSameLength, hasAny, listPattern } from './word-lists';

export type NotCheckworthy = 'question' | 'prescription' | 'meta' | 'link' | 'citation' | 'title' | 'opinion' | 'schedule' | 'courtesy';

const URL = /\b(?:https?:\/\/|www\.)\S+/gi;
const TERMINAL = /[.!?…]["'”’»)\]]*\s*$/u;
/** Emoji, flags (pairs of regional indicators, no pictographs), symbols and hashtags at the end of a post say nothing about its form. */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: the class takes emoji, variation selectors, joiners and skin tones one code point at a time on purpose; the `+` eats the whole sequence.
const TRAILING_NOISE = /(?:[\s\p{Extended_Pictographic}\p{Regional_Indicator}\u{FE0F}\u{200D}\u{1F3FB}-\u{1F3FF}]|#\w+|@\w+)+$/u;
/** A post's thread mark before it ("🧵 1/", "3/5", "(2/5)", a list's "2)") counts posts, not anything the post says ("3/5 of" is a fraction). */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: emoji, variation selectors and joiners one code point at a time, as above.
const THREAD_MARK = /^(?:[\s\p{Extended_Pictographic}\p{Regional_Indicator}\u{FE0F}\u{200D}]|\d{1,2}\/(?=\s)|\d{1,2}\/\d{1,2}(?=\s+(?!(?:of|de|del)\s))|\d{1,2}\)(?=\s)|\(\d{1,2}\/\d{1,2}\))+/u;
/**
 * A credit in brackets or after a dash, past a claim's full stop ("… in 2026. (AP)", "… [Fuente: INEGI]", "… in 2026. — Reuters",
 * "… en 2018. – EFE"): the claim still ends at its stop.
 */
const TRAILING_CREDIT = /([.!?])\s*(?:\([^()]*\)|\[[^[\]]*\]|(?:[—–]|--?)\s*\p{Lu}[\p{L}.&' ]{0,40})$/u;
const NUMBER = /\d/;
const NONE: ReadonlySet<string> = new Set();
/** A span in double quotes or guillemets. */
const QUOTED = /["“«][^"“”«»]*["”»]/g;

/** Where a post's text starts after its thread mark (0 for none): a number inside the mark states nothing. */
export const threadMarkEnd = (sentence: string): number => THREAD_MARK.exec(sentence)?.[0].length ?? 0;
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

/** The sentence as its words stand: no trailing emoji or tags, no thread mark, no credit after its stop. */
const bodyOf = (withoutLinks: string): string => withoutLinks.replace(TRAILING_NOISE, '').replace(THREAD_MARK, '').trim().replace(TRAILING_CREDIT, '$1');

/**
 * A shape that makes no claim on any topic, whatever its words (engine/not-claim-shapes.ts): a reported question with who
 * asked it, a kicker to another story, a survey's note on its method, thanks without a figure (a schedule too, which
 * engine/core.ts drops once it has read the quantities said in words). The corpus labels these as
 * no claim at all, so they are not findings; a plain question, a prescription or an opinion are still on their topic
 * (rhetorical questions and demands are labelled with it), only not highlighted.
 */
export function claimsNothing(sentence: string, words: VerdictWords): boolean {
  const body = bodyOf(sentence.replace(URL, ' ').trim());
  const folded = foldSameLength(body);
  return quotedQuestion(body, folded, words) || kicker(folded, words.shapes) || methodNote(folded, words.shapes) || (!NUMBER.test(body) && courtesy(folded, words));
}

/**
 * Null when the sentence is check-worthy, else why it is not. `statesQuantity`: the sentence
 * states a figure in any form ("two in three", "most"), which keeps it checkable. `eventVerbs`:
 * past forms a dated event is said done with (engine/event-verbs.ts), as written; one makes a short sentence a claim.
 */
export function notCheckworthy(sentence: string, words: VerdictWords, statesQuantity = false, eventVerbs: ReadonlySet<string> = NONE): NotCheckworthy | null {
  const withoutLinks = sentence.replace(URL, ' ').trim();
  if (withoutLinks.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w)).length < 3) return 'link';
  const body = bodyOf(withoutLinks);
  const folded = foldSameLength(body);
  if (isQuestion(body) || quotedQuestion(body, folded, words)) return 'question';
  if (hasAny(folded, words.meta) || kicker(folded, words.shapes) || methodNote(folded, words.shapes)) return 'meta';
  // A figure keeps a sentence checkable even inside a rule ("75 percent must originate…").
  const figure = statesQuantity || NUMBER.test(body);
  if (!figure && remarksOnArgument(folded, words)) return 'meta';
  // A claim may cite its source in brackets, round or square ("…has slowed (Passel et al., 2012).", "… [Source: AP]"): only
  // marks outside them make a reference.
  if (REFERENCE.test(body) || hasAny(folded.replace(/\([^()]*\)|\[[^[\]]*\]/g, ' '), words.citation)) return 'citation';
  if (schedule(body, folded, words, statesQuantity)) return 'schedule';
  if (!figure && courtesy(folded, words)) return 'courtesy';
  if (!figure && prescribes(folded, words)) return 'prescription';
  if (!figure && appraises(folded, words)) return 'opinion';
  // A year alone names a subject in a heading ("The 1944 Treaty: A Lifeline Under Strain").
  if (!statesQuantity && !NUMBER.test(body.replace(YEAR, ' ')) && isBareTitle(body, folded, words, eventVerbs)) return 'title';
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
 * paramount importance") or the speaker's own view said first ("I think…", "creo que…"), and no
 * figure, ranking or comparison for a record to settle.
 */
function appraises(folded: string, words: VerdictWords): boolean {
  const view = findAll(folded, words.opinionMarkers)[0];
  const ownView = !!view && !/[a-z0-9]/.test(folded.slice(0, view.at));
  if ((!ownView && !hasAny(folded, words.evaluative)) || hasAny(folded, words.comparison)) return false;
  let position = positions.get(words);
  if (!position) positions.set(words, (position = words.rank.filter((w) => words.assertive.includes(w))));
  return !hasAny(folded, position);
}

/** "That's the iron river argument…": a pointer to what was said, then what kind of move it was, in the first clause. */
function remarksOnArgument(folded: string, words: VerdictWords): boolean {
  const pointer = findAll(folded, words.discussionPointers)[0];
  if (!pointer || /[a-z0-9]/.test(folded.slice(0, pointer.at))) return false;
  const opener = findAll(folded.slice(pointer.end), words.clauseOpeners)[0];
  return hasAny(folded.slice(pointer.end, opener ? pointer.end + opener.at : undefined), words.discussionNouns);
}

/**
 * Whether a sentence is asked rather than said: it closes on a question mark, and does not put a claim forward as a
 * question ("Did you know…?", "¿Es cierto que…?"). "Mexico is the largest U.S. trading partner? Not anymore." may
 * still be highlighted, but the record earns it no verdict.
 */
export function asked(sentence: string): boolean {
  const body = sentence.replace(URL, ' ').replace(TRAILING_NOISE, '').trim();
  const open = body.lastIndexOf('¿');
  return /\?["'”’»)\]]*$/u.test(body) && !RHETORICAL_CLAIM.test(body) && !(open > 0 && RHETORICAL_CLAIM.test(body.slice(open)));
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

const wordsOf = (text: string) => text.split(/\s+/).filter((w) => /\p{L}/u.test(w));

/**
 * A heading or caption that only names a subject ("U.S.–Mexico relations: a timeline", "El
 * puente internacional en Nuevo Laredo, Tamaulipas."): short (a heading's main clause) or in
 * title case, and nothing to assert (no verb, figure or superlative). "México y EU: comercio
 * récord" asserts a record, so it stays a claim.
 */
/** The verbs of a measure's move ("fell", "se duplicaron"), less those that are also function words ("bajo"): a heading that says one asserts it. */
const MOVE_VERBS = new WeakMap<VerdictWords, string[]>();
function moveVerbs(words: VerdictWords): string[] {
  let list = MOVE_VERBS.get(words);
  if (!list) MOVE_VERBS.set(words, (list = [...words.roseVerb, ...words.fellVerb, ...words.doubledVerb, ...words.tripledVerb].filter((w) => !STOPWORDS.has(w))));
  return list;
}

function isBareTitle(body: string, folded: string, words: VerdictWords, eventVerbs: ReadonlySet<string>): boolean {
  const tokens = wordsOf(body);
  // A caption closes with a full stop and is still a fragment: short, and with no figure at all.
  const closed = TERMINAL.test(body);
  if (closed && (tokens.length > SHORT_HEADING || NUMBER.test(body))) return false;
  const long = tokens.filter((w) => w.replace(/\P{L}/gu, '').length >= 4);
  const titleCase = long.length > 0 && long.filter((w) => /^\P{L}*\p{Lu}/u.test(w)).length / long.length >= 0.6;
  // A heading's length is its main clause's: "Remesas, T-MEC y armas: la agenda" (que México lleva…).
  const opener = findAll(folded, words.clauseOpeners)[0];
  // An open heading's colon ends its main clause too: "Mexico and the U.S.: trade, remittances and the border".
  const colon = closed ? -1 : folded.indexOf(':');
  const main = Math.min(opener?.at ?? folded.length, colon < 0 ? folded.length : colon);
  if (!titleCase && wordsOf(folded.slice(0, main)).length > SHORT_HEADING) return false;
  // A closed fragment may glue its verb to the subject ("NAFTA's still a thing."); in a heading
  // the same mark is mostly a possessive ("Mexico's Economic Outlook").
  // A quoted slogan inside a heading is named, not said ('"Make America Great Again" and the wall'); a heading all in quotes still says it.
  const named = folded.replace(QUOTED, (m) => ' '.repeat(m.length));
  const said = named.trim() ? named : folded;
  if (hasAny(said, words.assertive) || hasAny(closed ? said.replace(/'/g, " '") : said, words.verbs) || hasAny(said, moveVerbs(words))) return false;
  if (closed && presentVerb(body, words)) return false;
  if (closed && writtenWords(body).some((word) => eventVerbs.has(word))) return false;
  const endings = words.verbEndings;
  // A participle right after a heading's comma, ending it or before a function word, describes its subject ("The
  // border wall, explained", "…, explained in five charts"): no verb of its own ("…, surpassed Canada" is one).
  const participles = closed ? [] : [...folded.matchAll(/,\s*[a-z]{5,}(?=\s*$|\s+(\p{L}+))/gu)].filter((m) => !m[1] || STOPWORDS.has(m[1])).map((m) => m.index + m[0].length);
  for (const m of folded.matchAll(/[a-z]{5,}/g)) if (endings.some((e) => m[0].endsWith(e)) && !participles.includes(m.index + m[0].length) && !readAsNoun(folded, m, words, closed)) return false;
  return findAll(folded, words.negation).length === 0;
}

/**
 * "la frontera", "Remesas y frontera: …": a word whose verb ending nouns share ("-era" of a subjunctive and of "frontera")
 * names a thing in an open heading, where no such verb stands, and right after a determiner anywhere.
 */
function readAsNoun(folded: string, word: RegExpMatchArray, words: VerdictWords, closed: boolean): boolean {
  if (!words.nounAfterDeterminer.some((e) => word[0].endsWith(e))) return false;
  if (!closed) return true;
  const before = /(\p{L}+)\s+$/u.exec(folded.slice(0, word.index));
  return !!before && words.determiners.includes(before[1]!);
}

/**
 * "Mexico imports gas from Texas.", "México importa gas de Texas.": a word after the subject's
 * content word with a present-tense ending, where a caption has a noun after an article or a
 * preposition ("El puente internacional en Nuevo Laredo").
 */
function presentVerb(body: string, words: VerdictWords): boolean {
  const tokens = body.match(/\p{L}+/gu) ?? [];
  return tokens.some((w, i) => {
    const word = w.toLowerCase();
    if (i === 0 || word.length < 4 || w !== word || STOPWORDS.has(word)) return false;
    return !STOPWORDS.has(foldSameLength(tokens[i - 1] ?? '')) && words.presentEndings.some((e) => word.endsWith(e));
  });
}
