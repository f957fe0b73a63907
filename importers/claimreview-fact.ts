/**
 * One review → one candidate fact, or the problems that keep it out: the claim, a rating
 * Puente understands, the review's link, date and publisher, and a topic the engine finds.
 * The fact schema still has the last word (importers/claimreview.ts).
 */
import { guessLanguage } from '../engine/language';
import { dateString, httpUrl, type Lang, type Problem } from '../engine/schema';
import type { TopicId } from '../engine/topics';
import type { Review } from './claimreview-collect';
import { ratingFromNumber, ratingFromText } from './claimreview-ratings';
import { truncate } from './jsonld';

/** Decides the Puente topic of a claim, or null when it is not about the relationship. */
export type Classify = (text: string) => TopicId | null;

const STATEMENT_MAX = 280;

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
  const slug = host
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
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

export function toFact(r: Review, item: string, classify: Classify): { fact?: unknown; problems: Problem[] } {
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
  if (!url) problem(r.fields.url, 'is missing: Puente links every fact to the review it came from');
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
