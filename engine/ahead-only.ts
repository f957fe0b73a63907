/**
 * A place said by the only ones ahead of it ("Mexico trails only Canada", "second only to Canada and China", "solo es
 * superado por Canadá"): the place after the countries named, one more than their count. Names are read in the original
 * text's case, so words that name no one ("only two", "solo después de que") say no place.
 */
import { LANGS, TEXT_PACKS } from './knowledge/lang';

const AHEAD_ONLY = new RegExp(LANGS.flatMap((lang) => TEXT_PACKS[lang].numbers.aheadOnly.map((s) => `(?:${s})`)).join('|'), 'g');
// A name: capitalised words ("Canada", "Estados Unidos", "the U.S."), after an article at most.
const NAME = String.raw`(?:(?:the|el|la|los|las)\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*`;
const JOIN = String.raw`(?:\s*,\s*(?:and\s+|y\s+|e\s+)?|\s+(?:and|y|e)\s+)`;
const NAMES = new RegExp(`^${NAME}(?:${JOIN}${NAME})*`, 'u');
const NAME_ONE = new RegExp(NAME, 'gu');
/** More names than this is a list of something else. */
const MOST_AHEAD = 4;

/** Each place said so, with where its words start and where the last name ends. */
export function placesAheadOnly(original: string, folded: string): { value: number; start: number; end: number }[] {
  const out: { value: number; start: number; end: number }[] = [];
  AHEAD_ONLY.lastIndex = 0;
  for (let m = AHEAD_ONLY.exec(folded); m; m = AHEAD_ONLY.exec(folded)) {
    const at = m.index + m[0].length;
    const names = NAMES.exec(original.slice(at));
    if (!names) continue;
    const count = names[0].match(NAME_ONE)?.length ?? 0;
    if (count >= 1 && count <= MOST_AHEAD) out.push({ value: count + 1, start: m.index, end: at + names[0].replace(/[.,]+$/, '').length });
  }
  return out;
}
