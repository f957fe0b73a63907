/**
 * The registered language packs. `LANGS` is the one list of languages: `Lang` derives from it,
 * and each id has a folder here holding everything the engine knows of that language:
 * - `text.json`: how its text is read (stopwords, the function words that guess the language,
 *   its letters beyond a–z and the marks that give it away). The engine's own code imports
 *   these, so they ship with the content script; keep them small.
 * - `words.json`: what its words say (anchors, off-topic words, verdict and check-worthiness
 *   words). They reach the content script from the background with the facts
 *   (engine/knowledge/index.ts), not in its code.
 * Adding a language: its id here, both files (the meta-test checks their shape and that every
 * topic has vocabulary and every clause a pattern in it), and the UI strings in i18n/.
 */
import en from './en/text.json';
import es from './es/text.json';

export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];

export interface TextPack {
  /** Words that carry no topic: skipped when text becomes stems (all packs' words, in any text). */
  stopwords: string[];
  /** Frequent words only this language uses: each one in a text is a vote for it. */
  functionWords: string[];
  /** Letters of the language beyond a–z (lower case), so its words are read whole. */
  letters: string;
  /** Characters that give the language away, and how many votes each is worth once present. */
  marks: { chars: string; weight: number }[];
  /** How a question opens in this language (a pattern, case ignored): an interrogative or an auxiliary. */
  questionStart: string;
  /** Openings that put a claim as a question ("Did you know…?"): the sentence stays a claim. */
  claimAsQuestion: string;
  /** Spellings this language's text uses for another word (a pattern on folded text, and what it becomes). */
  aliases: { pattern: string; replacement: string; note: string }[];
  /**
   * The tenses and numbers of a verb this language writes apart, each read as one form of the verb so that they meet
   * ("pagaron", "pagan", "pagó" as "paga"; "using" as "use"): a pattern (flags `giu`) on the text's words before
   * accents are folded, as an accent may be what tells the verb ("pagó", not the noun "pago"), and what it becomes.
   */
  verbForms: { pattern: string; replacement: string; note: string }[];
  /** Forms of a verb no ending tells, each read as the verb’s present ("paid": "pays", "overtook": "overtakes"), keyed in lower case; one a class of `cueClasses` joins is left to it. */
  irregularForms: Record<string, string>;
  /** Names and informal spellings this language writes, rewritten in text of any language to one shared token ("estados unidos" → "usa"); within a pack, the more specific first. */
  rewrites: { pattern: string; replacement: string }[];
  /** Substrings of folded text without which none of the pack's rewrites can apply (a cheap test first). */
  rewriteHints: string[];
  numbers: NumberWords;
  /** Abbreviations whose point ends no sentence ("U.S.", "Sra."), as patterns (case kept) without the point. */
  abbreviations: string[];
  /** Words that join or break clauses, for finding the stretch of text a number speaks of (engine/measures.ts). */
  connectives: {
    /** Contrast: always ends a number's stretch ("but", "sin embargo"). */
    contrast: string[];
    /** Concessive: opening a sentence, they set a clause of its own apart up to its comma ("Although …, ", "Aunque …, "). */
    concessive: string[];
    and: string[];
    /** "first or second": an alternative names no single value. */
    or: string[];
    /** Relative pronouns: one right after a comma opens an aside up to the next comma ("Remittances, which …, totaled"; "Las remesas, que …, sumaron"). */
    relative: string[];
    /** A span of years: "between 2007 and 2011", "de 2010 a 2015". */
    spanFrom: string[];
    spanTo: string[];
    /** Articles an end of a span may carry ("entre el 60 y el 75 %", "del 42 al 44 %"): the end is still a bare number. */
    spanArticle: string[];
  };
}

/**
 * How the language states quantities (engine/numbers.ts). Patterns run on folded text (lower
 * case, no accents); each language writes its own, and the reader matches any language's.
 */
export interface NumberWords {
  /** Numbers said in words, and their values ("a" is one: "a million"). */
  numberWords: Record<string, number>;
  /** Number words that never stand as the count before a scale, a percent or a currency (all others may). */
  notCounts: string[];
  /** Scale words that name the dollar too ("mdd": millones de dólares): a number said with one is an amount in dollars. */
  dollarScales: string[];
  /** Scale words that name another currency ("mdp": millones de pesos): a number said with one is never a dollar record's. */
  otherMoneyScales: string[];
  /** Scale words and their factors ("billion", "mdd"); a one-letter one only counts with no letter after it. */
  scales: Record<string, number>;
  /** Half the scale said after it ("a million and a half", "dos millones y medio"): matched at the start of what follows the scale word. */
  andHalf: string;
  /** Positions in an ordering said in words ("third", "tercer"). */
  ordinals: Record<string, number>;
  /**
   * Ordinals written as a digit and a suffix ("1st", "1er", "por 1a vez", "el 3.er socio"), read as their words (engine/ordinal-digits.ts):
   * each entry's suffixes (a pattern on folded text after the digit) and its words for one to ten, in order. `notBefore` and `notAfter`
   * (patterns on the folded text after and before it) mark a day of the month ("1o de mayo", "June 1st"), which stays a date.
   */
  ordinalsInDigits: { forms: { suffix: string; words: string[] }[]; notBefore: string; notAfter: string };
  /** "1.234,5": a comma marks the decimals, a point the thousands. */
  decimalComma: boolean;
  /** A thousands word splitting a number ("64 mil 745 millones" = 64,745 millions), if the language has one. */
  splitThousands: { thousand: string; millions: string[] } | null;
  /** How a tens word joins a units word ("sixty-four", "sesenta y cuatro"), as a pattern on folded text. */
  compoundJoin: string;
  /** Words for percent after a number (the sign % is every language's). */
  percent: string;
  /** Words for percentage points after a number: a difference of two shares, never a share or a rate of change itself. */
  points: string;
  /**
   * "Points" said alone after a number ("fell 12.3 points"): percentage points only where the sentence names a share or a rate
   * ("the poverty rate"), which an index's or a score's points are not.
   */
  pointsAlone: { after: string; share: string };
  /** Shares said as fractions; `inTen` and `inFive` capture their count ("7 de cada 10", "four in five"). */
  fractions: Record<'twoThirds' | 'oneThird' | 'half' | 'threeQuarters' | 'oneQuarter' | 'inTen' | 'inFive', string>;
  /** Shares said vaguely: "the vast majority of" (most by far), "most of" (over half), "a tiny fraction" (a small share). */
  vague: Record<'mostByFar' | 'most' | 'few', string>;
  /** What follows a number to make it a daily or a yearly figure. */
  perDay: string;
  perYear: string;
  /**
   * A day's rate said anywhere in a number's stretch, before it too ("Every day, 200,000 guns…", "Cada día entran 200 mil
   * armas"): the number is a day's. Not a time ("al día siguiente", "al día de hoy", "a day earlier").
   */
  dayRate: string;
  /**
   * What may follow an amount said with its scale and no unit, right after one said with its unit and joined to it
   * ("$64.7 billion in 2024 and 61.8 billion in 2025"): a break or a word of time, no noun of its own ("155 millones de envíos").
   */
  unitLeftAfter: string;
  /** A rate per minute or per hour after an amount: read as its daily total (× 1,440, × 24). */
  perMinute: string;
  perHour: string;
  /** What follows a number to give its unit; volumes in cubic meters (`m3`) and cubic hectometres (`hm3`) are read as acre-feet. */
  /** Words after a number that give its unit; `otherMoney` is money in a currency other than the dollar ("pesos", "euros"). */
  units: Record<'usd' | 'otherMoney' | 'km' | 'mi' | 'years' | 'people' | 'count' | 'acre-ft' | 'm3' | 'hm3', string>;
  /** Hedges just before a number. */
  qualifiers: Record<'over' | 'under' | 'almost' | 'about', string>;
  /** Comparatives before a number ("higher than", "inferior a"): a bound of the value its clause speaks of, unless a number said before is what is compared. */
  comparatives: Record<'over' | 'under', string>;
  /** Positions in an ordering; a pattern's group `(?<n>…)` holds the position (digits or an ordinal), none means first. */
  rank: string[];
  /**
   * A first place said as none ahead of it ("no country trades more with the U.S. than", "ningún país le vende más a EE.UU. que"),
   * from its negation to the comparative: the negation opening it denies nothing.
   */
  firstByNone: string[];
  /**
   * Words that say a place by the only ones ahead of it, right before their names ("trails only", "second only to", "solo
   * es superado por", "solo detrás de"): the place after the countries named.
   */
  aheadOnly: string[];
  /** Before a rank, words that make it no one position but a place among the first few: "one of the largest", "among the top three". */
  oneOf: string;
  /** Right before `oneOf`, words that place the rank last among the first places: "last among the top three" is the third. */
  lastAmong: string;
  /** After `oneOf`, a count of first places; group `(?<n>…)` holds it: "the top three", "the 15 largest", "los 10 principales". */
  topCount: string[];
  /** After `oneOf`, first places with no count, where no position pattern reads them: "the world's largest", "los principales". */
  topFew: string[];
  /** What follows a number said in words to make it the time between two events: "(three) years after", "(dos) años y medio después". */
  interval: string;
}

export const TEXT_PACKS: Record<Lang, TextPack> = { en, es };
