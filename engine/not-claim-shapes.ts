/**
 * Shapes of text that assert nothing a record could settle, however on-topic their words: a quoted question with the
 * verb that asked it, a kicker that points to another story, thanks and greetings, a survey's or a report's note on its
 * own method, and a schedule of visits or events. The words live in the packs (`verdict.shapes`); engine/checkworthy.ts
 * asks these in its order.
 */
import type { ShapeWords, VerdictWords } from './verdict-words';
import { findAll, hasAny } from './word-lists';

const wordsOf = (text: string) => text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
/** The first hit of a list that opens the (folded) text: nothing but marks before it. */
const opening = (folded: string, list: readonly string[]) => findAll(folded, list).find((h) => !/[a-z0-9]/.test(folded.slice(0, h.at)));

/** A quotation that opens the sentence and closes on its question mark ("«¿…?», …", '"Will…?" she asked'). */
const QUOTED_QUESTION = /^[\s¿¡]*["“«‘'][^"“”«»]*\?[!¡]*\s*["”»’']/u;
/** The same quotation closing the sentence, after whoever asked it ('She asked: "Will…?"'). */
const CLOSING_QUESTION = /["“«‘'][\s¿¡]*[^"“”«»]*\?[!¡]*\s*["”»’']\W*$/u;
/** An attribution is a speaker and a verb: past this many words, the sentence goes on to say something of its own. */
const ATTRIBUTION_WORDS = 10;

/**
 * '"Will Mexico …?" a reporter asked.', 'She asked: "Will …?"': the question is reported, and the words around it only
 * say who asked. An attribution that goes on to a clause of its own ('… he asked, adding that the wall cost …') says more.
 */
export function quotedQuestion(body: string, folded: string, words: VerdictWords): boolean {
  const after = QUOTED_QUESTION.exec(body);
  const before = after ? null : CLOSING_QUESTION.exec(body);
  if (!after && !before) return false;
  const attribution = after ? folded.slice(after[0].length) : folded.slice(0, before!.index);
  return wordsOf(attribution).length <= ATTRIBUTION_WORDS && hasAny(attribution, words.shapes.asking) && !findAll(attribution, words.clauseOpeners).length;
}

/**
 * "READ MORE: …", "LEE TAMBIÉN: …", "EN VIVO | …": a label, then its colon or the bar sites set a label apart with, then the
 * title of another story.
 */
export const kicker = (folded: string, words: ShapeWords): boolean => findAll(folded, words.kickers).some((h) => !/[a-z0-9]/.test(folded.slice(0, h.at)) && /^\s*[:|]/.test(folded.slice(h.end)));

/**
 * "Thank you to …", "Bienvenidos …"; and "thanks to …" / "gracias a …" only when what is thanked for follows it ("…
 * for a great evening", "Gracias, México, por …"): said before a comma and a clause of its own, it gives a cause. A
 * further main clause after the thanks (", and I have no doubt …", "; …") may say something of its own.
 */
export function courtesy(folded: string, words: VerdictWords): boolean {
  const shapes = words.shapes;
  const open = opening(folded, shapes.courtesies) ?? thanksFor(folded, shapes);
  // A mark glued to a word ("us, and") still opens the clause after it.
  const rest = open ? folded.slice(open.end).replace(/[,;—–]|--/g, ' $&') : '';
  return !!open && !findAll(rest, words.clauseOpeners).some((h) => FURTHER_CLAUSE.test(h.word));
}

/** A clause opener that starts a further main clause, not a dependent one: a comma or a semicolon before its word, or a dash. */
const FURTHER_CLAUSE = /^[,;—–-]/;

function thanksFor(folded: string, shapes: ShapeWords): { end: number } | undefined {
  const to = opening(folded, shapes.thanksTo);
  if (!to) return undefined;
  const rest = folded.slice(to.end);
  const reason = findAll(rest, shapes.thanksFor)[0];
  if (!reason) return undefined;
  const before = rest.slice(0, reason.at);
  return !before.includes(',') || /,\s*$/.test(before) ? to : undefined;
}

/** The first words of a note on method, where its subject stands ("The survey …", "Este informe …", "Our survey …"). */
const SUBJECT_WORDS = 3;

/** "The survey was fielded in May.", "Este informe abarca solo …": a survey or report saying how it was made, not what it found. */
export function methodNote(folded: string, words: ShapeWords): boolean {
  const subject = findAll(folded, words.methodSubjects)[0];
  if (!subject || wordsOf(folded.slice(0, subject.at)).length > SUBJECT_WORDS) return false;
  // The subject's own word is no finding ("la muestra", the sample; "muestra", it shows).
  const rest = folded.slice(subject.end);
  return hasAny(rest, words.methodVerbs) && !hasAny(rest, words.findings) && !hasAny(folded.slice(0, subject.at), words.findings);
}

/** A number in the text as written: a day, an hour or a year when a month or a time word stands near it. */
const NUMBER_TOKEN = /\d[\d.,:]*(?:st|nd|rd|th|º|°)?/g;
const YEAR = /^(?:1[89]|20)\d\d$/;
/** How far from a number (in characters) a month or a time word makes it a date or an hour ("June 3 and 4", "el 14 y 15 de septiembre"). */
const DATE_REACH = 24;

/**
 * "The mobile consulate will visit … on Saturday", "La comisión se reunirá el próximo martes": an event set ahead for a
 * near day or an hour, in the sentence's main clause, with no number but its dates and hours. A number of anything else
 * ("will deploy 10,000 troops on Tuesday"), a quantity in words, a denial ("will never pay") or a future said inside
 * a report or a further clause ("said that it will …") keeps it a claim. A month alone sets no schedule but a visit's:
 * the dates a record holds are said with months ("the final will be played on July 19").
 */
export function schedule(body: string, folded: string, words: VerdictWords, statesQuantity: boolean): boolean {
  const shapes = words.shapes;
  const future = [...findAll(folded, shapes.scheduled), ...findAll(folded, shapes.visits)]
    .map((h) => h.at)
    .concat(futureForms(body, shapes))
    .sort((a, b) => a - b)[0];
  if (future === undefined || findAll(folded.slice(0, future), words.clauseOpeners).length || hasAny(folded, words.negation)) return false;
  const near = findAll(folded, shapes.timeWords);
  const dated = findAll(folded, words.months);
  if (!near.length && !(dated.length && hasAny(folded, shapes.visits))) return false;
  const numbers = [...body.matchAll(NUMBER_TOKEN)];
  if (!numbers.length) return !statesQuantity;
  const when = [...near, ...dated];
  return numbers.every((m) => {
    const digits = m[0].replace(/\D+$/u, '');
    if (YEAR.test(digits)) return true;
    if (!/^\d{1,2}(?::\d\d)?$/.test(digits)) return false;
    const end = m.index + m[0].length;
    return when.some((w) => w.at < end + DATE_REACH && w.end > m.index - DATE_REACH);
  });
}

/** Where the words of a future tense written with its accents stand ("visitará", "saldrán"): the accent tells them from "para". */
function futureForms(body: string, shapes: ShapeWords): number[] {
  const lower = body.toLowerCase();
  return [...lower.matchAll(/\p{L}{5,}/gu)].filter((m) => shapes.futureEndings.some((e) => m[0].endsWith(e))).map((m) => m.index);
}
