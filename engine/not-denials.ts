/**
 * Words of negation that deny nothing: "No. 1", a position's label, and the negation that opens a first place said as none
 * ahead of it ("No country trades more with the U.S. than Mexico", "Ningún país le vende más a EE.UU. que México").
 */
import { LANGS, TEXT_PACKS } from './knowledge/lang';

const NO_DOT_NUMBER = /\bno\.\s?\d/g;
const NONE_AHEAD = new RegExp(
  LANGS.flatMap((lang) => TEXT_PACKS[lang].numbers.firstByNone)
    .map((s) => `(?:${s})`)
    .join('|'),
  'g',
);
const blank = (s: string) => ' '.repeat(s.length);

/** The folded text with those words blanked, every offset kept. */
export function blankNotDenials(folded: string): string {
  return folded.replace(NO_DOT_NUMBER, blank).replace(NONE_AHEAD, (m) => m.replace(/^\S+/, blank));
}
