/**
 * Runs the clause patterns of the knowledge (engine/knowledge/schema.ts): constructions that
 * no single phrase catches, each written once per language. A clause matches when its
 * conditions hold and its pattern matches in any language: a quote or a code-switched
 * sentence still reads, whatever language the sentence was guessed to be.
 */
import type { Knowledge } from './knowledge';
import type { Gate, PatternSet, TopicClause, When } from './knowledge/schema';
import { LANGS, TEXT_PACKS, type Lang } from './knowledge/lang';
import type { TopicId } from './topics';
import { toStems } from './vocabulary';

type Patterns = RegExp[];

/**
 * The placeholders a clause pattern may write (engine/knowledge/schema.ts says what each
 * means), expanded here before the pattern compiles. `{span}` is one character of a clause
 * running on to the sentence's end: anything but the marks that end a sentence or clause
 * (. ; : ! ?), except the dot of a decimal ("3.5") or one after a word of one or two letters
 * ("U.S.", "EE.UU.", "no. 1"), in any case; give it a bound ("{span}{0,60}?").
 * `{end}` is the end of a word whatever its last letter: JS's `\b` knows only ASCII letters, so
 * after "ó" or "ñ" it never holds ("demandó", "opinión").
 * `{percent}` is a percent sign or the pattern's language's words for it (the pack's `numbers.percent`: "percent",
 * "per cent", "pct", "por ciento"), as the numbers are read, so a clause knows every way a share is written.
 */
export const PLACEHOLDERS: Readonly<Record<string, string>> = {
  span: String.raw`(?:[^.;:!?]|\.(?=\d)|(?<=\b[A-Za-z]{1,2})\.)`,
  end: String.raw`(?![\w\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])`,
};

/** The placeholders whose expansion is a language's own words. */
const LANG_PLACEHOLDERS: Readonly<Record<string, (lang: Lang) => string>> = {
  percent: (lang) => `(?:%|${TEXT_PACKS[lang].numbers.percent})`,
};

const PLACEHOLDER = /(?<!\\)\{([a-z][\w-]*)\}/g;

/** A clause pattern of a language with its placeholders expanded; an unknown placeholder throws. */
export function expandPattern(source: string, lang: Lang): string {
  return source.replace(PLACEHOLDER, (_, name: string) => {
    const expansion = Object.hasOwn(PLACEHOLDERS, name) ? PLACEHOLDERS[name] : Object.hasOwn(LANG_PLACEHOLDERS, name) ? LANG_PLACEHOLDERS[name]!(lang) : undefined;
    if (expansion === undefined) throw new Error(`unknown placeholder {${name}}`);
    return expansion;
  });
}

export interface Compiled {
  topic: TopicId | null;
  role: TopicClause['role'] | Gate['role'];
  weight: number;
  when: When;
  anyStems: Set<string> | null;
  patterns: Patterns;
  and: Patterns | null;
  capture: Patterns | null;
  unless: Patterns | null;
}

/** What a clause's conditions are tested against. */
export interface ClauseScene {
  sentence: string;
  found: { mx: boolean; us: boolean; bi: boolean };
  stems: readonly string[];
  topicWords: ReadonlySet<TopicId>;
  hasFigure: boolean;
}

function compileSet(set: PatternSet): Patterns {
  const flags = set.caseSensitive ? '' : 'i';
  return LANGS.flatMap((lang) => (set.patterns[lang] === null ? [] : [new RegExp(expandPattern(set.patterns[lang], lang), flags)]));
}

function compile(clause: TopicClause | Gate, topic: TopicId | null): Compiled {
  const anyWord = clause.when?.anyWord;
  return {
    topic,
    role: clause.role,
    weight: clause.role === 'evidence' ? clause.weight : 0,
    when: clause.when ?? {},
    anyStems: anyWord ? new Set(LANGS.flatMap((lang) => anyWord[lang].flatMap((w) => toStems(w, lang)))) : null,
    patterns: compileSet(clause),
    and: 'and' in clause && clause.and ? compileSet(clause.and) : null,
    capture: 'capture' in clause && clause.capture ? compileSet(clause.capture) : null,
    unless: 'unless' in clause && clause.unless ? compileSet(clause.unless) : null,
  };
}

/** Every clause of the knowledge, compiled once: the topics' (in topic order) and the gates. */
export function compileClauses(
  knowledge: Pick<Knowledge, 'gates'> & { topics: Record<TopicId, Pick<Knowledge['topics'][TopicId], 'clauses'>> },
  topics: readonly TopicId[],
): { topicClauses: Compiled[]; gates: Compiled[] } {
  const topicClauses = topics.flatMap((topic) => (knowledge.topics[topic].clauses ?? []).map((c) => compile(c, topic)));
  return { topicClauses, gates: knowledge.gates.map((g) => compile(g, null)) };
}

/**
 * The sentence as written and, where it has accents, without them (case kept, as some patterns ask it): a pattern written in
 * plain letters meets a word written with its accent ("imports from México" in English text, a name or a quote), and one
 * written with the accent still meets it.
 */
const unaccented = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');
const formsOf = (s: string): string[] => {
  const plain = unaccented(s);
  return plain === s ? [s] : [s, plain];
};
const any = (patterns: Patterns, forms: readonly string[]) => patterns.some((re) => forms.some((f) => re.test(f)));

/** Whether the clause's conditions hold and its construction is in the sentence. */
export function clauseMatches(c: Compiled, scene: ClauseScene): boolean {
  const w = c.when;
  if (w.contains !== undefined && !scene.sentence.includes(w.contains)) return false;
  if (w.anchor && !scene.found[w.anchor]) return false;
  if (w.topicWords && (c.topic === null || !scene.topicWords.has(c.topic))) return false;
  if (w.noFigure && scene.hasFigure) return false;
  if (c.anyStems && !scene.stems.some((st) => c.anyStems!.has(st))) return false;
  const forms = formsOf(scene.sentence);
  const matched = c.capture ? c.patterns.some((re) => forms.some((f) => any(c.capture!, formsOf(re.exec(f)?.[1] ?? '')))) : any(c.patterns, forms);
  if (!matched || (c.and && !any(c.and, forms))) return false;
  return !(c.unless && any(c.unless, forms));
}

/** The text a clause's pattern matched (the first language that matches), or null. */
export function clauseText(c: Compiled, sentence: string): string | null {
  for (const re of c.patterns) {
    const m = re.exec(sentence);
    if (m) return m[0];
  }
  return null;
}
