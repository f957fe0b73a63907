/**
 * How long X says a post is, following twitter-text's configuration v3 (the one X uses):
 * the text is NFC-normalised; every URL counts 23 whatever its length; every emoji, and
 * every emoji sequence (ZWJ families, skin tones, flags, keycaps), counts 2 in total;
 * any other code point counts 1 in the ranges below (Latin, accented Latin, Greek,
 * Cyrillic, Hebrew, Arabic, … and general punctuation such as – — ‘ ’ “ ”) and 2 outside
 * them (CJK, Hangul, most symbols, including the ellipsis "…"). Pure: no DOM, no browser API.
 */

/** The most a post may weigh. */
export const X_LIMIT = 280;

/** twitter-text config v3: weights are in hundredths (scale 100); default 200. */
const SCALE = 100;
const DEFAULT_WEIGHT = 200;
const TRANSFORMED_URL_LENGTH = 23;
const RANGES: readonly (readonly [start: number, end: number, weight: number])[] = [
  [0x0000, 0x10ff, 100],
  [0x2000, 0x200d, 100],
  [0x2010, 0x201f, 100],
  [0x2032, 0x2037, 100],
];

function weightOf(codePoint: number): number {
  for (const [start, end, weight] of RANGES) if (codePoint >= start && codePoint <= end) return weight;
  return DEFAULT_WEIGHT;
}

// One emoji as X's parser sees it: a flag (two regional indicators), a keycap, a tag
// sequence (subdivision flags), or a pictograph with its variation selector or skin
// tone, joined by ZWJ to further pictographs. "©" and "®" are only emoji with U+FE0F.
const PICTO = String.raw`(?:[\u00A9\u00AE]\uFE0F|(?![\u00A9\u00AE])\p{Extended_Pictographic}\uFE0F?|\p{Emoji_Presentation}\uFE0F?)\p{Emoji_Modifier}?`;
const EMOJI_SOURCE = String.raw`\p{Regional_Indicator}{2}|[#*0-9]\uFE0F?\u20E3|\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F}|${PICTO}(?:\u200D${PICTO})*|\p{Emoji_Modifier}`;

// Top-level domains recognised without a scheme ("example.com/page"); with http(s)://
// any host counts. Kept short on purpose: the common generic ones and North America's.
const TLDS = 'com|org|net|gov|edu|mil|int|info|biz|io|co|ly|me|tv|app|dev|news|us|mx|ca|uk|es|de|fr|eu';
const URL_SOURCE = String.raw`(?:https?:\/\/[^\s<>"]+|(?:www\.)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:${TLDS})\b(?::\d{1,5})?(?:[/?#][^\s<>"]*)?)`;

const TOKEN = new RegExp(`(${URL_SOURCE})|(${EMOJI_SOURCE})`, 'giu');

/** A URL never ends in sentence punctuation or an unbalanced closing bracket. */
function trimUrl(url: string): string {
  let u = url;
  for (;;) {
    const last = u[u.length - 1];
    if (!last) return u;
    if (/[.,;:!?'"’”…]/.test(last)) {
      u = u.slice(0, -1);
      continue;
    }
    if (last === ')' && (u.match(/\(/g)?.length ?? 0) < (u.match(/\)/g)?.length ?? 0)) {
      u = u.slice(0, -1);
      continue;
    }
    return u;
  }
}

/** True when the character before a would-be URL makes it part of a word, an email or a handle. */
function glued(text: string, index: number): boolean {
  if (index === 0) return false;
  return /[\p{L}\p{N}@._\-/]/u.test(text[index - 1]!);
}

/** A post's length as X counts it. */
export function xLength(input: string): number {
  if (!input) return 0;
  const text = input.normalize('NFC');
  let weight = 0;
  let at = 0;
  const countPlain = (from: number, to: number) => {
    for (const ch of text.slice(from, to)) weight += weightOf(ch.codePointAt(0)!);
  };
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    let end = m.index + m[0].length;
    if (m[1] !== undefined) {
      const schemed = /^https?:\/\//i.test(m[1]);
      if (!schemed && glued(text, m.index)) {
        // Part of a word or an email address: plain text, and resume after it.
        continue;
      }
      const url = trimUrl(m[1]);
      if (!schemed && !/\.[a-z]{2,}/i.test(url)) continue;
      end = m.index + url.length;
      countPlain(at, m.index);
      weight += TRANSFORMED_URL_LENGTH * SCALE;
      at = end;
      TOKEN.lastIndex = end;
      continue;
    }
    countPlain(at, m.index);
    weight += DEFAULT_WEIGHT;
    at = end;
  }
  countPlain(at, text.length);
  return Math.ceil(weight / SCALE);
}

/** Whether X would accept the text as one post. */
export function fitsX(text: string, limit: number = X_LIMIT): boolean {
  return xLength(text) <= limit;
}
