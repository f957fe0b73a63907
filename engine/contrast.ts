/**
 * A contrast of two countries said of one predicate ("Canada, not Mexico, is the largest partner", "No es China sino México
 * el mayor socio", "Es México, no China, el principal socio"): it affirms the predicate of one and denies it of the other.
 * The verdict step reads it as the plain sentence about Mexico, the country the records are of: "Mexico is not the largest
 * partner" or "Mexico is the largest partner". A contrast of two other countries, or one that is not plainly built, is read as said.
 */
import type { Lang } from './schema';
import type { VerdictWords } from './verdict-words';
import { escapeRegExp } from './regex';

/** What a contrast says: the country it affirms the predicate of, the one it denies it of, the copula and the rest. */
interface Contrast {
  affirmed: string;
  denied: string;
  copula: string;
  rest: string;
}

const NAME = String.raw`[\p{L}.'’]+(?:\s+[\p{L}.'’]+){0,2}`;
const alternatives = (list: readonly string[]) => list.map((w) => escapeRegExp(w).replace(/\s+/g, '\\s+')).join('|');

type Shape = [RegExp, (g: Record<string, string>) => Contrast];
const both = (g: Record<string, string>): Contrast => ({ affirmed: g.a!, denied: g.b!, copula: g.cop!, rest: g.rest! });

/** The language's built shapes of a contrast, compiled once per set of words (the verdict step reads every claim with them). */
const shapesOf = new WeakMap<VerdictWords, Shape[]>();
function contrastShapes(words: VerdictWords): Shape[] {
  let shapes = shapesOf.get(words);
  if (shapes) return shapes;
  const not = alternatives(words.contrastNot);
  const but = alternatives(words.contrastBut);
  const cop = alternatives(words.copulas);
  shapes = [
    // "Canada, not Mexico, is …", "Canadá, y no México, es …"
    [new RegExp(String.raw`^(?<a>${NAME}),\s+(?:${not})\s+(?<b>${NAME}),\s+(?<cop>${cop})\s+(?<rest>.+)$`, 'iu'), both],
    // "Es México, no China, el mayor socio …"
    [new RegExp(String.raw`^(?<cop>${cop})\s+(?<a>${NAME}),\s+(?:${not})\s+(?<b>${NAME}),\s+(?<rest>.+)$`, 'iu'), both],
    // "No es China sino México el mayor socio …"
    [new RegExp(String.raw`^(?:${not})\s+(?<cop>${cop})\s+(?<b>${NAME}),?\s+(?:${but})\s+(?<a>${NAME})\s+(?<rest>.+)$`, 'iu'), both],
    // "Not China but Mexico is the largest …"
    [new RegExp(String.raw`^(?:${not})\s+(?<b>${NAME}),?\s+(?:${but})\s+(?<a>${NAME})\s+(?<cop>${cop})\s+(?<rest>.+)$`, 'iu'), both],
  ];
  shapesOf.set(words, shapes);
  return shapes;
}

/** An opening quote mark: a quoted claim ("\"Canada, not Mexico, is …,\" the report said") is built as said bare. */
const OPENING_QUOTE = /^["“«'‘]\s*/u;

/** The sentence's contrast of two names, in any of the language's built shapes. */
function contrastOf(sentence: string, words: VerdictWords): Contrast | null {
  const shapes = contrastShapes(words);
  const bare = sentence.trim().replace(OPENING_QUOTE, '');
  for (const [shape, read] of shapes) {
    const m = shape.exec(bare);
    if (m?.groups) return read(m.groups);
  }
  return null;
}

/**
 * The sentence as the verdict step reads a contrast of Mexico and another country: the plain claim about Mexico. Each side
 * must be a country's name alone (`firstOf` reads it), and the contrast's negation the sentence's only one.
 */
export function contrastReading(sentence: string, lang: Lang, words: VerdictWords, firstOf: (text: string, lang: Lang) => string, negations: number, frameEnd: () => number = () => 0): string {
  if (negations !== 1) return sentence;
  const c = contrastOf(sentence, words);
  if (c) return readContrast(sentence, c, lang, words, firstOf);
  // Who says it, before it ("Officials said that Canada, not Mexico, is …"): the contrast is built after the frame, which stays.
  const lead = frameEnd();
  const framed = lead > 0 ? contrastOf(sentence.slice(lead), words) : null;
  return framed ? `${sentence.slice(0, lead).trimEnd()} ${readContrast(sentence.slice(lead).trim(), framed, lang, words, firstOf)}` : sentence;
}

function readContrast(sentence: string, c: Contrast, lang: Lang, words: VerdictWords, firstOf: (text: string, lang: Lang) => string): string {
  // A name may run into the words after it ("México el mayor"): the shortest run of words that names a country is the name.
  const named = (text: string) => {
    const tokens = text.split(/\s+/);
    for (let k = 1; k <= tokens.length; k++) if (firstOf(tokens.slice(0, k).join(' '), lang)) return [tokens.slice(0, k).join(' '), tokens.slice(k).join(' ')] as const;
    return null;
  };
  const affirmed = named(c.affirmed);
  const denied = named(c.denied);
  // The denied name is only a name; the affirmed one may run into the rest ("sino México el mayor").
  if (!affirmed || !denied || denied[1]) return sentence;
  const [a, b] = [firstOf(affirmed[0], lang), firstOf(denied[0], lang)];
  const rest = [affirmed[1], c.rest].filter(Boolean).join(' ');
  if (a === 'mx' && b !== 'mx') return `${affirmed[0]} ${c.copula} ${rest}`;
  if (b === 'mx' && a !== 'mx') return `${denied[0]} ${words.deniedCopula.replace('{copula}', c.copula)} ${rest}`;
  return sentence;
}
