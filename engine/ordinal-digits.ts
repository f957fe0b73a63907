/**
 * Ordinals written as a digit and a suffix ("1er semestre", "por 1a vez", "el 3.er socio", "2º lugar", "the 2nd quarter"), read
 * as their words: every word list, cue and position reader is written with the words, and each way of writing the digit
 * ("1o", "1º", "1.º", "1ro", "1er") would otherwise need its own entry in every one of them. The suffixes and words are
 * each language pack's; every pack's are read in any text, as a sentence's language is guessed after. A day of the month
 * ("1o de mayo", "June 1st") stays a date, and a digit inside a code ("H-2A", "T2a") is none.
 */
import { foldAccents } from './normalize';
import { LANGS, TEXT_PACKS } from './knowledge/lang';

interface Rule {
  re: RegExp;
  words: readonly string[];
  notBefore: RegExp;
  notAfter: RegExp;
}

const RULES: Rule[] = LANGS.flatMap((lang) => {
  const { forms, notBefore, notAfter } = TEXT_PACKS[lang].numbers.ordinalsInDigits;
  return forms.map((form) => ({
    // Lower case only: "1A", "2A" are codes and grades far more often than ordinals.
    re: new RegExp(`(?<![\\p{L}\\d.,/-])(10|[1-9])(?:${form.suffix})(?![\\p{L}\\d])(?!\\.\\p{L})`, 'gu'),
    words: form.words,
    notBefore: new RegExp(notBefore),
    notAfter: new RegExp(notAfter),
  }));
});

export function ordinalsAsWords(text: string): string {
  if (!/\d/.test(text)) return text;
  let out = text;
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    out = out.replace(rule.re, (said: string, digits: string, at: number, whole: string) => {
      const word = rule.words[Number(digits) - 1];
      if (!word || rule.notBefore.test(foldAccents(whole.slice(at + said.length))) || rule.notAfter.test(foldAccents(whole.slice(0, at)))) return said;
      return word;
    });
  }
  return out;
}
