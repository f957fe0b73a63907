/**
 * Relative clauses around a dated event's words. A name said as the object of a relative clause's verb ("the pact that
 * replaced NAFTA took effect in 2020", "el acuerdo que sustituyó al TLCAN entró en vigor en 2020") is what that verb acts on:
 * the verb after the clause is said of the noun before it, so a cue read from the name to that verb dates another thing. A
 * relative clause set between commas ("The USMCA, which updated the rules of origin, took effect in 2020") is an aside: the
 * name before it and the verb after it are said together.
 */
import { saysAct } from './undated-events';
import type { VerdictWords } from './verdict-words';
import { findAll, foldSameLength } from './word-lists';

/** Words at most between a relative clause's verb and the name it acts on: a determiner, a particle ("al", "to the"). */
const OBJECT_LEAD = 2;

/** A name a relative clause's verb acts on: the verb as written and the name's first word, with the name's offset and the clause's. */
export interface RelativeObject {
  verb: string;
  name: string;
  at: number;
  /** Where the relative pronoun starts. */
  from: number;
}

const WORD = /[\p{L}\d][\p{L}\d'’.-]*/gu;

/** Every word a relative pronoun's verb acts on, right after it ("that replaced NAFTA", "que sustituyó al TLCAN"). */
export function relativeObjects(sentence: string, w: VerdictWords): RelativeObject[] {
  const folded = foldSameLength(sentence);
  const lead = new Set([...w.determiners, ...w.objectOf]);
  const out: RelativeObject[] = [];
  for (const hit of findAll(folded, w.relatives)) {
    const words = [...sentence.slice(hit.end).matchAll(WORD)].slice(0, OBJECT_LEAD + 2);
    const verb = words[0]?.[0];
    if (!verb || !saysAct(verb, w)) continue;
    let k = 1;
    while (k <= OBJECT_LEAD && words[k] && lead.has(foldSameLength(words[k]![0]))) k++;
    const name = words[k];
    if (name) out.push({ verb, name: name[0], at: hit.end + name.index!, from: hit.at });
  }
  return out;
}

/** Where a sentence's clause of its own ends: a comma, a semicolon, a colon, a parenthesis or a dash. */
const BREAK = /[,;:()–—]/;

/** Each relative clause set between commas ("Remittances, which reached a record in 2024, fell…"), as offsets of its commas. */
export function relativeAsides(folded: string, w: VerdictWords): (readonly [number, number])[] {
  return findAll(folded, w.relatives).flatMap((hit) => {
    const open = folded.slice(0, hit.at).trimEnd();
    const close = folded.slice(hit.end).search(BREAK);
    return open.endsWith(',') && close >= 0 && folded[hit.end + close] === ',' ? [[open.length - 1, hit.end + close + 1] as const] : [];
  });
}

/**
 * The sentence with each relative clause set between commas blanked, offsets kept ("The USMCA, which updated the rules of
 * origin, took effect" read as "The USMCA took effect"). One that holds a digit is left: it may say a year of its own.
 */
export function withoutRelativeAsides(sentence: string, w: VerdictWords): string {
  const folded = foldSameLength(sentence);
  let out = sentence;
  for (const [from, to] of relativeAsides(folded, w)) {
    if (/\d/.test(folded.slice(from, to))) continue;
    out = out.slice(0, from) + ' '.repeat(to - from) + out.slice(to);
  }
  return out;
}

/**
 * The sentence with each thing described by a dated event's own act ("the pact that replaced NAFTA", "el acuerdo que sustituyó
 * al TLCAN") named by that act's doer in the event's cue ("USMCA replaced NAFTA": the USMCA), offsets kept: the verb after the
 * clause is said of that doer ("The pact that replaced NAFTA took effect in 2020" dates the USMCA's entry into force). A doer
 * longer than the clause it stands for is left unsaid.
 */
export function withDescribedDoers(sentence: string, w: VerdictWords, doerOf: (o: RelativeObject) => string | null): string {
  let out = sentence;
  for (const o of relativeObjects(sentence, w)) {
    // A clause set off by a comma tells of the name said before it ("The USMCA, which replaced NAFTA in 2020, …"): that name
    // is the doer, said already, and the clause's own words are the event's cue.
    if (sentence.slice(0, o.from).trimEnd().endsWith(',')) continue;
    const doer = doerOf(o);
    const end = o.at + o.name.length;
    if (!doer || doer.length > end - o.from) continue;
    out = out.slice(0, o.from) + doer.padEnd(end - o.from) + out.slice(end);
  }
  return out;
}
