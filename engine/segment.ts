/**
 * Sentence segmentation for every registered language (abbreviations come from the packs).
 *
 * Why not Intl.Segmenter: building a sentence segmenter loads ICU break data, measured
 * at 46 ms on a fresh Chromium 156 renderer and 68 ms under page load (a long task on
 * every article page), while word-level work never needs it. A boundary here is
 * sentence punctuation followed by space and a sentence start, or a line break, minus
 * the abbreviations these texts are full of ("U.S.", "EE.UU.", "Sr.", "No.") and
 * decimals. Offsets always point into the original text.
 */
import { LANGS, TEXT_PACKS } from './knowledge/lang';
import type { Lang } from './schema';

export interface Segment {
  text: string;
  start: number;
  end: number;
}

/** Every registered language's abbreviations, and any initial ("J."), ending the text before a boundary. */
const ABBREVIATION_END = new RegExp(`(?:\\b(?:${LANGS.flatMap((lang) => TEXT_PACKS[lang].abbreviations).join('|')}|[A-Z])\\.)$`);
/** "no." in lower case ("the no. 1 partner"): a number sign only before a number, else a sentence's "no." */
const NUMBER_SIGN = /\bno\.$/;
/**
 * A web address as a post or a page shows it: with a scheme or "www.", or a lower-case host
 * name with a dot ("ussc.gov/research/quick…", "freightbridge.example"). A link that follows a
 * sentence (a t.co link, a card's address) is never part of it: it ends the sentence before it
 * even in lower case, and a trailing run of addresses is cut off the sentence it ends.
 */
const URL_START = String.raw`(?:https?:\/\/|www\.|[\p{Ll}\d][\p{Ll}\d-]*(?:\.[\p{Ll}\d-]+)*\.\p{Ll}{2,}(?![\p{L}\d-]))`;
const URL_TOKEN = /^["'“‘«(]?(?:(?:https?:\/\/|www\.)\S+|[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}\/\S*)$/u;
// Written so that nothing backtracks: a punctuation run is tried only from its first
// character (the lookbehind), and the run and the space after it are each taken whole
// inside a lookahead and consumed by a backreference (JavaScript's stand-in for an atomic
// group). The plain pattern retried every suffix of a run, so a post holding 40,000 dots
// cost seconds; this one reads any input in one pass.
const BOUNDARY = new RegExp(String.raw`(?<![.!?…])(?=([.!?…]+["'”’»)\]]*))\1(?=(\s+))\2(?=["'“‘«(¿¡]?[\p{Lu}\d@#]|${URL_START})|\n\s*`, 'gu');

/**
 * A news dateline opening a text: a place in capitals, then a region ("LAREDO, Texas") or an
 * agency in brackets ("MIAMI (AP)"), or a place of several words ("CIUDAD DE MÉXICO"), and a
 * dash. It says where the story was filed, not what the sentence asserts, so it is a segment
 * of its own (a capitalised acronym before a dash, "USMCA — the pact…", is not one).
 */
const PLACE = String.raw`\p{Lu}{2,}`;
const REGION = String.raw`,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2}`;
const AGENCY = String.raw`\s*\([^()\n]{2,40}\)`;
const DATELINE = new RegExp(
  String.raw`^\s*(?:${PLACE}(?:[ '’-]${PLACE})*(?:${REGION})?${AGENCY}|${PLACE}(?:[ '’-]${PLACE})*${REGION}|${PLACE}(?:[ '’-]${PLACE})+)\s*\.?\s*(?:[—–]|--?)\s+(?=["“'‘«¿¡]?[\p{Lu}\d])`,
  'u',
);

/**
 * A line break inside a sentence, as a hard-wrapped post, e-mail or caption shows it: one break (no blank line) after a line
 * that no sentence mark ends, before a word in lower case or a number ("imports from Mexico\njumped 20%", "sumaron\n61.8
 * mmdd"), or after a comma or a function word of any language, which never ends a sentence ("imports from\nMexico", "las
 * remesas de\nMéxico"). A list's lines and a headline over its text start with a capital after a content word, and stay apart.
 */
const FUNCTION_WORDS = new Set(LANGS.flatMap((lang) => TEXT_PACKS[lang].functionWords));
const LINE_END = /(?:^|[^\p{L}])(\p{L}+)[\s]*$|,\s*$/u;
function wrappedLine(text: string, lineEnd: number, next: number, brk: string): boolean {
  if ((brk.match(/\n/g) ?? []).length > 1) return false;
  const line = text.slice(Math.max(0, lineEnd - 40), lineEnd);
  // An abbreviation's point ("U.S.") ends no sentence here either.
  if (!line.trim() || (/[.!?…:;"”»)\]]\s*$/.test(line) && !ABBREVIATION_END.test(line.trimEnd()))) return false;
  // A word in lower case, a number (not a list's "2." or "3)"), an amount or an aside goes on with the line before.
  const after = text.slice(next, next + 8);
  if (/^(?:\p{Ll}|[$€£(]|\d(?![\d.,]*[.)]\s))/u.test(after)) return true;
  const end = LINE_END.exec(line);
  return !!end && (end[1] === undefined || FUNCTION_WORDS.has(end[1].toLowerCase()));
}

export function segmentSentences(text: string, _lang: Lang = 'en'): Segment[] {
  const out: Segment[] = [];
  const dateline = DATELINE.exec(text);
  let start = 0;
  if (dateline) {
    push(out, text, 0, dateline[0].trimEnd().length);
    start = dateline[0].length;
  }
  BOUNDARY.lastIndex = start;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const endOfSentence = m.index + (m[1]?.length ?? 0);
    const before = text.slice(Math.max(start, endOfSentence - 12), endOfSentence);
    if (m[1] && (ABBREVIATION_END.test(before) || (NUMBER_SIGN.test(before) && /\d/.test(text[m.index + m[0].length] ?? '')))) continue;
    if (!m[1] && wrappedLine(text, m.index, m.index + m[0].length, m[0])) continue;
    push(out, text, start, endOfSentence);
    start = m.index + m[0].length;
  }
  push(out, text, start, text.length);
  return out;
}

function push(out: Segment[], text: string, from: number, to: number): void {
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const body = raw.trim();
  if (!body) return;
  const start = from + lead;
  const cut = trailingLinks(body);
  if (cut > 0 && cut < body.length) {
    const sentence = body.slice(0, cut).trimEnd();
    out.push({ text: sentence, start, end: start + sentence.length });
    const links = body.slice(cut).trimStart();
    out.push({ text: links, start: start + body.length - links.length, end: start + body.length });
  } else out.push({ text: body, start, end: start + body.length });
}

/** Where a trailing run of web addresses starts in a trimmed segment (its length when there is none). */
function trailingLinks(body: string): number {
  let cut = body.length;
  for (;;) {
    let space = cut - 1;
    while (space >= 0 && !/\s/.test(body[space]!)) space--;
    if (space < 0 || !URL_TOKEN.test(body.slice(space + 1, cut))) return cut;
    cut = space;
    while (cut > 0 && /\s/.test(body[cut - 1]!)) cut--;
  }
}
