/**
 * schema.org ClaimReview → Puente facts. Pure (no DOM, no browser API) so the options page,
 * Node scripts and tests share it. It reads what publishers actually emit: one object, an
 * array, `@graph`, a Data Commons DataFeed/DataFeedItem, or a Google Fact Check Tools API
 * response. It never throws: every input, however odd, ends as facts or as problems, and
 * every item is reported by its number and the start of its claim.
 */
import { guessLanguage } from '../engine/language';
import { dateString, httpUrl, type Fact, type Lang, type Problem, type Rating } from '../engine/schema';
import type { TopicId } from '../engine/topics';
import { validateFactsCapped } from './validate';

/** Decides the Puente topic of a claim, or null when it is not about the relationship. */
export type Classify = (text: string) => TopicId | null;

export type ClaimReviewResult = { ok: true; facts: Fact[] } | { ok: false; problems: Problem[] };

const WHOLE = 'ClaimReview input';
/** Containers are followed this deep at most: real feeds nest three or four levels. */
const MAX_DEPTH = 12;
/** A feed larger than this is a crawl dump, not an import; stop collecting (and say so). */
export const MAX_REVIEWS = 5000;
/** JSON nodes visited at most: a file of a million empty objects is not worth walking. */
const MAX_NODES = 200_000;
/** Problems reported at most; the rest of the file is not checked. */
const DEFAULT_MAX_PROBLEMS = 200;
const STATEMENT_MAX = 280;

type Obj = Record<string, unknown>;

/** One review, normalised from whichever shape it came in. */
interface Review {
  claim?: string;
  ratingText?: string;
  ratingValue?: number;
  bestRating?: number;
  worstRating?: number;
  org?: string;
  title?: string;
  url?: string;
  date?: string;
  lang?: string;
  /** The field names of the input, so problems point at what the publisher wrote. */
  fields: { rating: string; url: string; date: string; org: string; claim: string };
}

// ---------------------------------------------------------------------------------------
// Reading loose JSON-LD safely

function obj(v: unknown): Obj | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined;
}

/** Text of a JSON-LD value: a string, a `{"@value": …}` object, or the first of a list. */
function str(v: unknown): string | undefined {
  const first = Array.isArray(v) ? v[0] : v;
  const raw = typeof first === 'string' ? first : typeof obj(first)?.['@value'] === 'string' ? (obj(first)?.['@value'] as string) : undefined;
  if (raw === undefined) return undefined;
  // Cut before collapsing whitespace: a multi-megabyte field is never needed whole.
  const clean = raw.slice(0, 20_000).replace(/\s+/g, ' ').trim();
  return clean || undefined;
}

function num(v: unknown): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

/** `@type` may be a string or a list, and may carry a `schema:` or full-IRI prefix. */
function types(node: Obj): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^(https?:\/\/schema\.org\/|schema:)/, ''));
}

/** The name of an author/publisher: an object, a list of them, or a plain string. */
function nameOf(v: unknown): string | undefined {
  for (const item of Array.isArray(v) ? v : [v]) {
    const name = typeof item === 'string' ? str(item) : (str(obj(item)?.name) ?? str(obj(item)?.legalName));
    if (name) return name;
  }
  return undefined;
}

/** Cuts to `max` characters with an ellipsis, never splitting a surrogate pair. */
export function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  let cut = s.slice(0, Math.max(0, max - 1));
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

// ---------------------------------------------------------------------------------------
// Ratings

/**
 * Publisher rating words → Puente's fixed scale. Checked in order, so compound ratings win
 * over the words inside them ("partly false" is misleading, "not true" is false, "half
 * true" is not accurate). Matched on whole words after lower-casing and removing accents,
 * so "Engañoso", "enganoso" and "ENGAÑOSO." are one entry.
 */
const RATING_WORDS: readonly [Rating, readonly string[]][] = [
  ['outdated', ['outdated', 'out of date', 'desactualizado', 'desactualizada', 'obsolete', 'obsoleto', 'obsoleta', 'depasse', 'veraltet', 'desatualizado']],
  [
    'needs-context',
    [
      'missing context', 'lacks context', 'needs context', 'needs more context', 'falta contexto', 'falta de contexto', 'le falta contexto',
      'unproven', 'unverified', 'no evidence', 'sin pruebas', 'no hay pruebas', 'sin evidencia', 'no hay evidencia', 'sin sustento',
      'manque de contexte', 'contexte manquant', 'fehlender kontext', 'fehlt kontext', 'sem provas', 'mostly true', 'mayormente verdadero', 'needs clarification',
    ],
  ],
  [
    'misleading',
    [
      'misleading', 'enganoso', 'enganosa', 'trompeur', 'trompeuse', 'irrefuhrend', 'partly false', 'partially false', 'partly true', 'partially true',
      'parcialmente falso', 'parcialmente falsa', 'parcialmente verdadero', 'half true', 'medio verdadero', 'mostly false', 'mayormente falso',
      'exaggerated', 'exaggeration', 'exagerado', 'exagerada', 'exagere', 'exageree', 'ubertrieben', 'sin contexto', 'fuera de contexto',
      'out of context', 'hors contexte', 'sem contexto', 'fora de contexto', 'distorted', 'distorsionado', 'manipulated', 'manipulado', 'altered', 'alterado',
    ],
  ],
  [
    'false',
    [
      'false', 'falso', 'falsa', 'faux', 'fausse', 'falsch', 'fake', 'pants on fire', 'incorrect', 'incorrecto', 'incorrecta', 'incorreto', 'wrong',
      'not true', 'untrue', 'inaccurate', 'not accurate', 'not correct', 'no es cierto', 'no es verdad', 'no es correcto', 'nicht richtig', 'bulo', 'hoax', 'fabricated', 'inventado', 'inventada', 'nicht wahr',
    ],
  ],
  ['accurate', ['true', 'verdadero', 'verdadera', 'verdadeiro', 'verdadeira', 'vrai', 'vraie', 'correct', 'correcto', 'correcta', 'correto', 'accurate', 'cierto', 'cierta', 'verdad', 'richtig', 'wahr', 'exacto']],
];

function wordsOf(text: string): string {
  const plain = text.slice(0, 300).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return ` ${plain.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

/** Puente's rating for a publisher's rating word, or undefined when it is not one we know. */
export function ratingFromText(text: string): Rating | undefined {
  const words = wordsOf(text);
  for (const [rating, phrases] of RATING_WORDS) {
    if (phrases.some((p) => words.includes(` ${p} `))) return rating;
  }
  return undefined;
}

/**
 * A numeric rating placed between worst and best (schema.org's defaults: 1 and 5), in
 * fifths: the lowest is false, the highest accurate, the middle ones degrees in between.
 */
export function ratingFromNumber(value: number, worst = 1, best = 5): Rating | undefined {
  if (best === worst) return undefined;
  const at = (value - worst) / (best - worst);
  if (!(at >= 0 && at <= 1)) return undefined;
  if (at < 0.2) return 'false';
  if (at < 0.4) return 'misleading';
  if (at < 0.8) return 'needs-context';
  return 'accurate';
}

// ---------------------------------------------------------------------------------------
// Finding reviews in the input

/** Reviews in schema.org JSON-LD form. */
function fromClaimReview(node: Obj): Review {
  const rating = obj(node.reviewRating) ?? obj(Array.isArray(node.reviewRating) ? node.reviewRating[0] : undefined);
  return {
    claim: str(node.claimReviewed) ?? str(obj(node.itemReviewed)?.text) ?? str(obj(node.itemReviewed)?.name),
    ratingText: str(rating?.alternateName) ?? str(rating?.name),
    ratingValue: num(rating?.ratingValue),
    bestRating: num(rating?.bestRating),
    worstRating: num(rating?.worstRating),
    org: nameOf(node.author) ?? nameOf(node.publisher) ?? nameOf(node.sourceOrganization),
    title: str(node.headline) ?? str(node.name),
    url: str(node.url),
    date: str(node.datePublished) ?? str(node.dateModified),
    lang: str(node.inLanguage),
    fields: { rating: 'reviewRating', url: 'url', date: 'datePublished', org: 'author', claim: 'claimReviewed' },
  };
}

/** Reviews in the Fact Check Tools API form: one claim, several publishers' reviews. */
function fromApiClaim(claim: Obj, review: Obj): Review {
  const publisher = obj(review.publisher);
  return {
    claim: str(claim.text),
    ratingText: str(review.textualRating),
    org: str(publisher?.name) ?? str(publisher?.site),
    title: str(review.title),
    url: str(review.url),
    date: str(review.reviewDate),
    lang: str(review.languageCode),
    fields: { rating: 'textualRating', url: 'url', date: 'reviewDate', org: 'publisher', claim: 'text' },
  };
}

interface Found {
  reviews: Review[];
  /** Node types seen that are not reviews (WebPage, Organization…), to explain an empty result. */
  ignored: Set<string>;
  tooDeep: boolean;
  tooMany: boolean;
  /** JSON values visited so far; past MAX_NODES the walk stops (tooLarge). */
  visited: number;
  tooLarge: boolean;
}

/** Keeps one review, or marks the input as too large once the cap is passed. */
function addReview(found: Found, review: Review): void {
  if (found.reviews.length >= MAX_REVIEWS) found.tooMany = true;
  else found.reviews.push(review);
}

function collect(value: unknown, depth: number, found: Found): void {
  if (found.tooMany || found.tooLarge) return;
  if (++found.visited > MAX_NODES) {
    found.tooLarge = true;
    return;
  }
  if (depth > MAX_DEPTH) {
    found.tooDeep = true;
    return;
  }
  if (Array.isArray(value)) {
    for (const v of value) {
      if (found.tooMany || found.tooLarge) return;
      collect(v, depth + 1, found);
    }
    return;
  }
  const node = obj(value);
  if (!node) return;
  const t = types(node);
  if (t.includes('ClaimReview')) {
    addReview(found, fromClaimReview(node));
    return;
  }
  // Containers: JSON-LD graphs, Data Commons feeds, and the Fact Check Tools API.
  let container = false;
  for (const key of ['@graph', 'dataFeedElement', 'item', 'claims'] as const) {
    if (key in node) {
      container = true;
      collect(node[key], depth + 1, found);
    }
  }
  if (Array.isArray(node.claimReview)) {
    container = true;
    // The API's own list of reviews counts against the same cap as every other list.
    for (const r of node.claimReview) {
      if (found.tooMany) return;
      const review = obj(r);
      if (review) addReview(found, fromApiClaim(node, review));
    }
  }
  if (!container && t.length) for (const x of t) found.ignored.add(x);
}

// ---------------------------------------------------------------------------------------
// One review → one fact

/** A short, stable, non-cryptographic hash (cyrb53): the same review always gets the same id. */
function hash(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** `cr-<site>-<hash of url and claim>`: readable where it came from, unique per claim. */
export function claimReviewId(url: string, claim: string): string {
  let host = 'review';
  try {
    host = new URL(url).hostname.replace(/^www\./, '');
  } catch {
    // The URL was already checked; this only keeps the function total.
  }
  const slug = host.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40).replace(/-+$/, '');
  return `cr-${slug || 'review'}-${hash(`${url}\n${claim}`)}`;
}

/** YYYY-MM-DD (or YYYY / YYYY-MM) from the start of a date-time, if it is a real date. */
function dayOf(raw: string): string | undefined {
  const m = /^\d{4}(-\d{2}(-\d{2})?)?/.exec(raw.trim());
  return m && dateString.safeParse(m[0]).success ? m[0] : undefined;
}

/** The statement in both languages, with the claim (never the frame) shortened to fit. */
export function buildStatement(org: string, claim: string, rating: string): { en: string; es: string } {
  const fit = (make: (c: string) => string) => {
    const room = STATEMENT_MAX - make('').length;
    return make(truncate(claim, Math.max(1, room)));
  };
  return {
    en: fit((c) => `${org} rated the claim “${c}” as “${rating}”.`),
    es: fit((c) => `${org} calificó la afirmación «${c}» como «${rating}».`),
  };
}

const QUOTES_AND_SPACE = /[\s"“”«»'‘’„]/;

/**
 * The claim without quotation marks and spaces at either end. A loop from each end, not a
 * pattern anchored at the end: that one retried from every quote inside the claim, so a
 * claim holding 20,000 quote characters took seconds.
 */
export function trimQuotes(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && QUOTES_AND_SPACE.test(s.charAt(start))) start++;
  while (end > start && QUOTES_AND_SPACE.test(s.charAt(end - 1))) end--;
  return s.slice(start, end);
}

function label(index: number, claim: string | undefined): string {
  return claim ? `ClaimReview ${index + 1} ("${truncate(claim, 60)}")` : `ClaimReview ${index + 1}`;
}

function toFact(r: Review, item: string, classify: Classify): { fact?: unknown; problems: Problem[] } {
  const problems: Problem[] = [];
  const problem = (field: string, message: string) => problems.push({ item, field, message });

  // Quotation marks around the claim would double up inside the statement's own quotes.
  const claim = (r.claim !== undefined ? trimQuotes(r.claim) : '') || undefined;
  if (!claim) problem(r.fields.claim, 'has no claim text: Puente needs the claim that was reviewed');

  let rating = r.ratingText ? ratingFromText(r.ratingText) : undefined;
  if (!rating && r.ratingValue !== undefined) rating = ratingFromNumber(r.ratingValue, r.worstRating, r.bestRating);
  if (!rating) {
    const shown = r.ratingText ?? (r.ratingValue !== undefined ? String(r.ratingValue) : undefined);
    problem(r.fields.rating, shown ? `rating '${truncate(shown, 80)}' is not one Puente understands` : 'has no rating Puente can read (no alternateName, textualRating or ratingValue)');
  }

  const url = r.url;
  if (!url) problem(r.fields.url, "is missing: Puente links every fact to the review it came from");
  else if (!httpUrl.safeParse(url).success) problem(r.fields.url, `'${truncate(url, 80)}' must be an http:// or https:// address`);

  const date = r.date ? dayOf(r.date) : undefined;
  if (!r.date) problem(r.fields.date, 'is missing: Puente needs the date of the review');
  else if (!date) problem(r.fields.date, `'${truncate(r.date, 40)}' is not a date Puente can read (YYYY-MM-DD)`);

  const org = r.org ? truncate(r.org, 80) : undefined;
  if (!org) problem(r.fields.org, 'is missing: Puente names who made every review');

  let topic: TopicId | null = null;
  if (claim) {
    try {
      // The claim decides; the review's title is a second chance for terse claims.
      topic = classify(claim) ?? (r.title ? classify(r.title) : null);
    } catch (e) {
      problem('topic', `could not be decided: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (topic === null && !problems.some((p) => p.field === 'topic')) {
      problem('topic', 'not about the U.S.–Mexico relationship: Puente only keeps facts on its topics');
    }
  }

  if (problems.length || !claim || !rating || !url || !date || !org || !topic) return { problems };

  const ratingWords = truncate((r.ratingText ?? `${r.ratingValue} / ${r.bestRating ?? 5}`).replace(/[.\s]+$/, ''), 60);
  const declared = r.lang?.toLowerCase().slice(0, 2);
  const lang: Lang = declared === 'en' || declared === 'es' ? declared : guessLanguage(claim);
  return {
    problems,
    fact: {
      id: claimReviewId(url, claim),
      topic,
      statement: buildStatement(org, claim, ratingWords),
      asOf: date,
      sources: [{ publisher: truncate(org, 200), title: truncate(r.title ?? `Fact check: ${claim}`, 500), url, date }],
      claims: [{ text: truncate(claim, 500), lang, rating }],
      keywords: { en: [], es: [] },
    },
  };
}

/** Converts parsed ClaimReview JSON into facts: all of them, or every problem found. */
export function importClaimReview(input: unknown, options: { classify: Classify; maxProblems?: number }): ClaimReviewResult {
  const maxProblems = options.maxProblems ?? DEFAULT_MAX_PROBLEMS;
  try {
    const found: Found = { reviews: [], ignored: new Set(), tooDeep: false, tooMany: false, visited: 0, tooLarge: false };
    collect(input, 0, found);
    if (found.tooMany) {
      return { ok: false, problems: [{ item: WHOLE, field: '(whole file)', message: `holds more than ${MAX_REVIEWS} reviews: import it in smaller parts` }] };
    }
    if (found.tooLarge) {
      return { ok: false, problems: [{ item: WHOLE, field: '(whole file)', message: `holds more than ${MAX_NODES} values: Puente does not read files that large (import it in smaller parts)` }] };
    }
    if (!found.reviews.length) {
      const seen = [...found.ignored].slice(0, 8).join(', ');
      const why = seen
        ? `has no ClaimReview: it holds only ${seen}, which Puente does not import`
        : found.tooDeep
          ? `has no ClaimReview within ${MAX_DEPTH} levels of nesting`
          : 'has no ClaimReview (expected schema.org ClaimReview JSON-LD, a DataFeed of them, or a Fact Check Tools API response)';
      return { ok: false, problems: [{ item: WHOLE, field: '(whole file)', message: why }] };
    }

    const problems: Problem[] = [];
    const candidates: unknown[] = [];
    const labels: string[] = [];
    for (let i = 0; i < found.reviews.length; i++) {
      if (problems.length >= maxProblems) {
        problems.length = maxProblems;
        problems.push({ item: WHOLE, field: '(whole file)', message: `stopped after ${maxProblems} problems (${found.reviews.length - i} more reviews not checked): fix these and import again` });
        return { ok: false, problems };
      }
      const review = found.reviews[i]!;
      const item = label(i, review.claim);
      const out = toFact(review, item, options.classify);
      problems.push(...out.problems);
      if (out.fact) {
        candidates.push(out.fact);
        labels.push(item);
      }
    }
    // The schema has the last word (plain text, lengths, duplicates), named per review.
    const checked = validateFactsCapped(candidates, (i) => labels[i] ?? `ClaimReview ${i + 1}`, Math.max(1, maxProblems - problems.length));
    if (!checked.ok) problems.push(...checked.problems);
    if (problems.length) return { ok: false, problems };
    return checked.ok ? { ok: true, facts: checked.facts } : { ok: false, problems };
  } catch (e) {
    // Only a bug (or a caller's classify misbehaving in a new way) lands here; still no throw.
    return { ok: false, problems: [{ item: WHOLE, field: '(whole file)', message: `could not be read: ${e instanceof Error ? e.message : String(e)}` }] };
  }
}

/** Whether parsed JSON looks like ClaimReview rather than a Puente fact pack. */
export function looksLikeClaimReview(value: unknown): boolean {
  const node = obj(value);
  if (node) return ['@type', '@graph', '@context', 'dataFeedElement', 'claimReview'].some((k) => k in node) || Array.isArray(node.claims);
  return Array.isArray(value) && value.some((v) => {
    const o = obj(v);
    return !!o && ('@type' in o || '@context' in o || '@graph' in o);
  });
}
