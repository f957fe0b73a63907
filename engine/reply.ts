/**
 * Sourced replies for X: short, calm, diplomatic answers to a claim, each with one source
 * link and within X's 280, and the check of a reply draft's own figures against the fact
 * base. Pure: no DOM, no browser API. Reply wording lives here (like summary.ts) because
 * it is content built from facts, not interface text.
 */
import type { Engine } from './engine';
import { formatDate, formatValue, safeHttpUrl } from './format';
import { guessLanguage } from './language';
import type { Fact, Lang, Source } from './schema';
import { segmentSentences } from './segment';
import type { TopicId } from './topics';
import type { ClaimFinding, FigureCheck } from './types';
import { X_LIMIT, xLength } from './x-length';

export type ReplyKind = 'figure' | 'record' | 'shared';

export interface ReplySuggestion {
  text: string;
  /** xLength(text): what X will count. */
  length: number;
  /** The one link the reply carries. */
  sourceUrl: string;
  kind: ReplyKind;
}

export interface ComposeOptions {
  /** At most this many suggestions (1–3; default 3). */
  max?: number;
  /** Length budget (default X's 280). */
  limit?: number;
}

const ELLIPSIS = '…';

/** "Both countries…": one calm, shared-interest opening per family of topics. */
const SHARED: { topics: readonly TopicId[]; en: string; es: string }[] = [
  {
    topics: ['trade-volume', 'trade-partner-rank', 'nafta-usmca', 'supply-chains', 'mexico-economy'],
    en: 'Both countries make much of what they sell together; these numbers matter to workers on each side.',
    es: 'Ambos países producen juntos buena parte de lo que venden; estas cifras importan a trabajadores de los dos lados.',
  },
  {
    topics: ['remittances', 'migration-flows', 'diaspora'],
    en: 'Families and communities on both sides of the border are part of this story.',
    es: 'Familias y comunidades de ambos lados de la frontera son parte de esta historia.',
  },
  {
    topics: ['drugs-fentanyl', 'guns-trafficking', 'border-security', 'cartels-violence'],
    en: 'This is a shared challenge, and both countries do better when they start from the same facts.',
    es: 'Es un reto compartido, y ambos países avanzan mejor cuando parten de los mismos datos.',
  },
  {
    topics: ['public-opinion', 'exchanges-diplomacy'],
    en: 'The ties between both peoples run deep, and the record shows it.',
    es: 'Los lazos entre ambos pueblos son profundos, y los datos lo muestran.',
  },
  {
    topics: ['water-treaty'],
    en: 'Both countries share this water and the responsibility for it.',
    es: 'Ambos países comparten esta agua y la responsabilidad de cuidarla.',
  },
  {
    topics: ['world-cup-2026'],
    en: 'Both countries, with Canada, are hosting this World Cup together.',
    es: 'Ambos países, junto con Canadá, son sedes de este Mundial.',
  },
];

const WORDING = {
  en: {
    record: (stmt: string, date: string) => `For context: ${stmt} (as of ${date}).`,
    shared: (stmt: string, date: string) => `${stmt} (as of ${date}).`,
    source: (publisher: string, url: string) => `Source: ${publisher} ${url}`,
    latest: (latest: string, period: string) => `The latest figure is ${latest} (${period})`,
    change: (up: boolean, record: string, period: string) => `, ${up ? 'up' : 'down'} from ${record} in ${period}.`,
    matches: (latest: string, period: string) => `That is in line with the latest figure: ${latest} (${period}).`,
  },
  es: {
    record: (stmt: string, date: string) => `Como contexto: ${stmt} (datos de ${date}).`,
    shared: (stmt: string, date: string) => `${stmt} (datos de ${date}).`,
    source: (publisher: string, url: string) => `Fuente: ${publisher} ${url}`,
    latest: (latest: string, period: string, percent = false) => `La cifra más reciente es ${percent ? 'del' : 'de'} ${latest} (${period})`,
    change: (_up: boolean, record: string, period: string, percent = false) => `; en ${period} era ${percent ? 'del' : 'de'} ${record}.`,
    matches: (latest: string, period: string) => `Coincide con la cifra más reciente: ${latest} (${period}).`,
  },
} as const;

/** The fact's first source with an http(s) link, or null when it has none. */
export function replySource(fact: Fact): { source: Source; url: string } | null {
  for (const source of fact.sources) {
    const url = safeHttpUrl(source.url);
    if (url) return { source, url };
  }
  return null;
}

/**
 * Up to three suggested replies to a claim, in `lang`. Every one carries exactly one
 * http(s) link (the fact's first safe source) and fits X's limit: the statement is
 * shortened at a word boundary with "…" when needed; the link is never cut.
 */
export function composeReplies(finding: ClaimFinding, fact: Fact, lang: Lang, options: ComposeOptions = {}): ReplySuggestion[] {
  // A reply answers the claim: a fact that is only related to it would put words in the record's mouth.
  if (!finding.answers) return [];
  const found = replySource(fact);
  if (!found) return [];
  const limit = options.limit ?? X_LIMIT;
  const max = Math.max(1, Math.min(3, options.max ?? 3));
  const w = WORDING[lang];
  const url = found.url;
  const tail = w.source(oneLine(found.source.publisher), url);
  // The short form is written to stand alone in a post; the statement is cut only when there is none.
  const statement = stripEndPunctuation(oneLine((fact.short ?? fact.statement)[lang]));
  const date = formatDate(fact.asOf, lang);
  const out: ReplySuggestion[] = [];
  const push = (kind: ReplyKind, text: string | null) => {
    if (!text || out.some((s) => s.text === text)) return;
    out.push({ text, length: xLength(text), sourceUrl: url, kind });
  };

  const figure = finding.figure;
  if (figure)
    push(
      'figure',
      fit('figure', (s) => s, figureText(figure, lang), tail, url, limit),
    );
  push(
    'record',
    fit('statement', (s) => w.record(s, date), statement, tail, url, limit),
  );
  const shared = SHARED.find((g) => g.topics.includes(fact.topic));
  if (shared)
    push(
      'shared',
      fit('statement', (s) => `${shared[lang]} ${w.shared(s, date)}`, statement, tail, url, limit),
    );
  return out.slice(0, max);
}

function figureText(f: FigureCheck, lang: Lang): string {
  const latest = formatValue(f.latestValue, f.unit, f.per, lang);
  const percent = f.unit === 'percent';
  if (f.status === 'consistent') return WORDING[lang].matches(latest, f.latestPeriod);
  const head = lang === 'es' ? WORDING.es.latest(latest, f.latestPeriod, percent) : WORDING.en.latest(latest, f.latestPeriod);
  if (f.status === 'outdated' && f.recordPeriod !== f.latestPeriod && f.recordValue !== f.latestValue) {
    const record = formatValue(f.recordValue, f.unit, f.per, lang);
    const up = f.latestValue > f.recordValue;
    return head + (lang === 'es' ? WORDING.es.change(up, record, f.recordPeriod, percent) : WORDING.en.change(up, record, f.recordPeriod));
  }
  return `${head}.`;
}

/**
 * Builds `make(body)` + tail within the limit, shortening the body word by word (to three
 * words at the least) with "…" until it fits; with a tail too long to leave room (a very
 * long publisher name), the link stands in for it, and the link is never cut. A statement
 * is cut without its closing punctuation, at a clause break when one is a few words back;
 * a figure's text is cut as it is, and when nothing fits its reply is the link alone.
 */
function fit(kind: 'statement' | 'figure', make: (body: string) => string, body: string, tail: string, url: string, limit: number): string | null {
  const statement = kind === 'statement';
  const words = body.split(' ');
  for (const end of [tail, url]) {
    const whole = `${make(body)} ${end}`;
    if (xLength(whole) <= limit) return whole;
    const cutAt = (n: number) => {
      const kept = words.slice(0, n).join(' ');
      return `${make((statement ? stripEndPunctuation(kept.replace(/[,;:–—-]+$/, '')) : kept) + ELLIPSIS)} ${end}`;
    };
    for (let n = words.length - 1; n >= 3; n--) {
      if (xLength(cutAt(n)) > limit) continue;
      // Prefer ending a statement at a clause break a few words back over cutting a phrase in half.
      if (statement) for (let k = n; k >= Math.max(3, n - 5); k--) if (/[,;:]$/.test(words[k - 1]!)) return cutAt(k);
      return cutAt(n);
    }
  }
  return !statement && xLength(url) <= limit ? url : null;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Drops a closing period (not the one of "U.S." or "EE.UU.") and trailing commas or colons. */
function stripEndPunctuation(s: string): string {
  const t = s.replace(/[\s;:,]+$/u, '');
  if (!t.endsWith('.')) return t;
  const last = t.slice(t.lastIndexOf(' ') + 1, -1);
  return last.includes('.') ? t : t.replace(/\.+$/, '').replace(/[\s;:,]+$/u, '');
}

// ---------------------------------------------------------------------------------------
// The draft check

export interface DraftWarning {
  /** The draft's sentence that states the figure. */
  claim: string;
  /** The figure as the draft states it, worded in the draft's language ("$1.4 billion a day"). */
  said: string;
  status: 'outdated' | 'contradicted';
  /** The latest figure, worded ("$2.39 billion a day"). */
  current: string;
  /** The period of the latest figure ("2025"). */
  period: string;
  source: Source;
  factId: string;
  figure: FigureCheck;
}

export interface CheckDraftOptions {
  /** The draft's language; guessed from the draft when not given. */
  lang?: Lang;
  /**
   * Facts the conversation is about (those the post being replied to matched). A reply
   * often states a figure without naming the countries ("We trade $1.4 billion a day");
   * its numbers are then checked against these facts' figures.
   */
  contextFactIds?: Iterable<string>;
  /** The post's own text: the countries it names are the draft's, where a sentence of the draft names none. */
  context?: string;
}

/**
 * The draft's own figures that the fact base shows outdated or contradicted, each with the
 * latest figure, its period and the source. Consistent figures and unknown numbers pass.
 */
export function checkDraft(draft: string, engine: Engine, factsById: ReadonlyMap<string, Fact>, options: CheckDraftOptions = {}): DraftWarning[] {
  if (typeof draft !== 'string' || !draft.trim()) return [];
  const lang = options.lang ?? guessLanguage(draft);
  const out: DraftWarning[] = [];
  const seen = new Set<string>();
  const add = (sentence: string, fact: Fact, figure: FigureCheck) => {
    if (figure.status === 'consistent') return;
    const key = `${fact.id}|${figure.key}|${figure.claimValue}`;
    if (seen.has(key)) return;
    seen.add(key);
    const source = replySource(fact)?.source ?? fact.sources[0]!;
    out.push({
      claim: sentence,
      said: formatValue(figure.claimValue, figure.unit, figure.per, lang),
      status: figure.status,
      current: formatValue(figure.latestValue, figure.unit, figure.per, lang),
      period: figure.latestPeriod,
      source,
      factId: fact.id,
      figure,
    });
  };

  // Sentences the engine itself recognised with a figure are settled by it.
  const settled: { start: number; end: number }[] = [];
  for (const finding of engine.analyze(draft, { lang, includeSuggestions: true, ...(options.context ? { context: options.context } : {}) })) {
    const fact = factsById.get(finding.factId);
    if (!finding.figures?.length || !fact) continue;
    settled.push({ start: finding.start, end: finding.end });
    for (const figure of finding.figures) add(finding.text, factsById.get(figure.factId ?? '') ?? fact, figure);
  }

  const context = new Set([...(options.contextFactIds ?? [])].filter((id) => factsById.get(id)?.figures?.length));
  if (context.size === 0) return out;
  for (const seg of segmentSentences(draft, lang)) {
    if (settled.some((s) => s.start < seg.end && seg.start < s.end)) continue;
    // Only numbers bound to one of the conversation's measures by their own words are checked.
    for (const figure of engine.checkFigures(seg.text, lang, context)) {
      const fact = factsById.get(figure.factId ?? '');
      if (fact) add(seg.text, fact, figure);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Which language to reply in

/**
 * The draft's language: guessed from the draft when it has at least three words,
 * otherwise the thread's. `mixed` when the draft has whole sentences in both languages
 * (the suggestions then follow the dominant one).
 */
export function draftLanguage(draft: string, threadLang: Lang): { lang: Lang; mixed: boolean } {
  const words = draft.match(/\p{L}+/gu) ?? [];
  if (words.length < 3) return { lang: threadLang, mixed: false };
  const lang = guessLanguage(draft, threadLang);
  const seen = new Set<Lang>();
  for (const seg of segmentSentences(draft, lang)) {
    if ((seg.text.match(/\p{L}+/gu) ?? []).length < 3) continue;
    const a = guessLanguage(seg.text, 'en');
    const b = guessLanguage(seg.text, 'es');
    if (a === b) seen.add(a);
  }
  return { lang, mixed: seen.size > 1 };
}
