/**
 * schema.org ClaimReview → Puente facts. Pure (no DOM, no browser API) so the background,
 * Node scripts and tests share it. It reads what publishers actually emit: one object, an
 * array, `@graph`, a Data Commons DataFeed/DataFeedItem, or a Google Fact Check Tools API
 * response. It never throws: every input, however odd, ends as facts or as problems, and
 * every item is reported by its number and the start of its claim.
 *
 * The parts: finding the reviews (./claimreview-collect), reading their ratings
 * (./claimreview-ratings), one review to one fact (./claimreview-fact); here, the whole
 * import, all or nothing.
 */
import type { Fact, Problem } from '../engine/schema';
import { collect, MAX_DEPTH, MAX_NODES, MAX_REVIEWS, type Found } from './claimreview-collect';
import { toFact, type Classify } from './claimreview-fact';
import { truncate } from './jsonld';
import { validateFactsCapped } from './validate';

export { looksLikeClaimReview, MAX_REVIEWS } from './claimreview-collect';
export { buildStatement, claimReviewId, trimQuotes, type Classify } from './claimreview-fact';
export { ratingFromNumber, ratingFromText } from './claimreview-ratings';
export { truncate } from './jsonld';

export type ClaimReviewResult = { ok: true; facts: Fact[] } | { ok: false; problems: Problem[] };

const WHOLE = 'ClaimReview input';
/** Problems reported at most; the rest of the file is not checked. */
const DEFAULT_MAX_PROBLEMS = 200;

function label(index: number, claim: string | undefined): string {
  return claim ? `ClaimReview ${index + 1} ("${truncate(claim, 60)}")` : `ClaimReview ${index + 1}`;
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
