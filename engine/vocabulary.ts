/**
 * Turns text into the stems the engine compares, and finds multi-word phrases in them.
 * Both the facts and the page text go through the same path, so they always meet.
 */
import { LANGS, TEXT_PACKS } from './knowledge/lang';
import { canonical, tokens } from './normalize';
import type { Lang } from './schema';
import { stem } from './stem';
import { STOPWORDS } from './stopwords';
import { listIn } from './multimap';
import { escapeRegExp } from './regex';

/** Each language's readings of a verb's tenses and numbers as one form: the packs' `verbForms`, then its `irregularForms`. */
const VERB_FORMS = new Map(
  LANGS.map((lang) => {
    const pack = TEXT_PACKS[lang];
    const irregular = Object.keys(pack.irregularForms).map(escapeRegExp).join('|');
    return [
      lang,
      {
        endings: pack.verbForms.map((v) => [new RegExp(v.pattern, 'giu'), v.replacement] as const),
        irregular: irregular ? new RegExp(`(?<![\\p{L}\\d])(?:${irregular})(?![\\p{L}\\d])`, 'giu') : null,
        present: pack.irregularForms,
      },
    ] as const;
  }),
);

/** The text with its verbs' tenses and numbers read as one form ("pagaron" as "paga"). */
function oneVerbForm(text: string, lang: Lang): string {
  const forms = VERB_FORMS.get(lang);
  if (!forms) return text;
  let out = text;
  for (const [re, to] of forms.endings) out = out.replace(re, to);
  return forms.irregular ? out.replace(forms.irregular, (form) => forms.present[form.toLowerCase()] ?? form) : out;
}

/**
 * The stem each verb of a text takes with its tense and number read as one form, keyed by the stem it takes otherwise
 * ("pagaron" → the stem of "paga", "paid" → that of "pays"), so a typical claim meets itself told in another tense or number.
 * Only claim matching reads it: the topic vocabularies write the forms they mean.
 */
export function verbFormStems(text: string, lang: Lang): Map<string, string> {
  const out = new Map<string, string>();
  if (!VERB_FORMS.get(lang)) return out;
  for (const word of text.normalize('NFC').match(/[\p{L}\d]+/gu) ?? []) {
    const one = oneVerbForm(word, lang);
    if (one === word) continue;
    const [from] = toStems(word, lang);
    const [to] = toStems(one, lang);
    if (from && to && from !== to) out.set(from, to);
  }
  return out;
}

export function toStems(text: string, lang: Lang): string[] {
  const out: string[] = [];
  for (const t of tokens(canonical(text, lang))) {
    if (STOPWORDS.has(t)) continue;
    out.push(stem(t));
  }
  return out;
}

/** The mark of a stem a negation stands before ("have no confidence", "not to travel"): no particle after the negation takes its place. */
export const NEGATED = 'not';

/**
 * The same stems as toStems, each with the particle of direction that stands right before it
 * (function words between are passed over): "enviadas a México" and "enviadas desde México"
 * have the same stems, and only the particle tells the flow's way.
 */
export function toMarkedStems(text: string, lang: Lang, particles: Readonly<Record<string, string>>): { stems: string[]; marks: (string | null)[] } {
  const stems: string[] = [];
  const marks: (string | null)[] = [];
  let mark: string | null = null;
  for (const t of tokens(canonical(text, lang))) {
    const p = particles[t];
    const skipped = STOPWORDS.has(t);
    if (!skipped) {
      stems.push(stem(t));
      marks.push(p === undefined ? mark : null);
    }
    if (p !== undefined) mark = mark === NEGATED ? mark : p;
    else if (!skipped) mark = null;
  }
  return { stems, marks };
}

/**
 * A PhraseIndex as plain data (JSON-serialisable) and compact: each phrase as its stems joined
 * by spaces (a stem never holds one: tokens are letters and digits) and the position of its
 * payload in `payloads`, which holds each distinct payload once.
 */
export interface PhraseList<T> {
  payloads: T[];
  phrases: [stems: string, payload: number][];
}

/** Phrases indexed by their first stem, so finding all of them costs one lookup per stem. */
export class PhraseIndex<T> {
  private byFirst = new Map<string, { stems: string[]; payload: T }[]>();

  /** Rebuilds an index from `phrases()`: the same lookups, in the same order, with no stemming. */
  static from<T>(list: PhraseList<T>): PhraseIndex<T> {
    const index = new PhraseIndex<T>();
    for (const [stems, payload] of list.phrases) index.add(stems.split(' '), list.payloads[payload]!);
    return index;
  }

  /** Every phrase as plain data, grouped by first stem in insertion order, so `from` restores the lookup order exactly. */
  phrases(): PhraseList<T> {
    const payloads: T[] = [];
    const at = new Map<string, number>();
    const phrases: [string, number][] = [];
    for (const list of this.byFirst.values()) {
      for (const p of list) {
        const key = JSON.stringify(p.payload);
        let i = at.get(key);
        if (i === undefined) at.set(key, (i = payloads.push(p.payload) - 1));
        phrases.push([p.stems.join(' '), i]);
      }
    }
    return { payloads, phrases };
  }

  add(phraseStems: string[], payload: T): void {
    if (phraseStems.length === 0) return;
    listIn(this.byFirst, phraseStems[0]!).push({ stems: phraseStems, payload });
  }

  /** Every (payload, position) whose phrase occurs in the stem sequence. */
  find(stems: readonly string[]): { payload: T; at: number; length: number }[] {
    const hits: { payload: T; at: number; length: number }[] = [];
    for (let i = 0; i < stems.length; i++) {
      const list = this.byFirst.get(stems[i]!);
      if (!list) continue;
      for (const p of list) {
        let ok = true;
        for (let j = 1; j < p.stems.length; j++) {
          if (stems[i + j] !== p.stems[j]) {
            ok = false;
            break;
          }
        }
        if (ok) hits.push({ payload: p.payload, at: i, length: p.stems.length });
      }
    }
    return hits;
  }

  has(stem: string): boolean {
    return this.byFirst.has(stem);
  }

  firstStems(): IterableIterator<string> {
    return this.byFirst.keys();
  }

  /** The phrases that are one stem long: the first stem of a longer phrase ("water" of "water treaty") is not the phrase. */
  singleStems(): string[] {
    return [...this.byFirst].filter(([, list]) => list.some((p) => p.stems.length === 1)).map(([first]) => first);
  }
}

/** Adds each phrase once, stemmed in its own language, whichever lists name it (`seen` carries over between calls). */
export function addPhrasesOnce<T>(index: PhraseIndex<T>, lists: [Lang, readonly string[]][], payload: T, seen = new Set<string>()): void {
  for (const [lang, list] of lists) {
    for (const w of list) {
      if (seen.has(w)) continue;
      seen.add(w);
      index.add(toStems(w, lang), payload);
    }
  }
}
