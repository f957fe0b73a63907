/**
 * Finding the reviews in whatever shape a publisher emits them: one ClaimReview object, an
 * array, `@graph`, a Data Commons DataFeed, or a Fact Check Tools API response, each
 * normalised to one `Review`. The walk is bounded in depth, reviews and values visited.
 */
import { nameOf, num, obj, str, types, type Obj } from './jsonld';

/** Containers are followed this deep at most: real feeds nest three or four levels. */
export const MAX_DEPTH = 12;
/** A feed larger than this is a crawl dump, not an import; stop collecting (and say so). */
export const MAX_REVIEWS = 5000;
/** JSON nodes visited at most: a file of a million empty objects is not worth walking. */
export const MAX_NODES = 200_000;

/** One review, normalised from whichever shape it came in. */
export interface Review {
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

export interface Found {
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

export function collect(value: unknown, depth: number, found: Found): void {
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

/** Whether parsed JSON looks like ClaimReview rather than a Puente fact pack. */
export function looksLikeClaimReview(value: unknown): boolean {
  const node = obj(value);
  if (node) return ['@type', '@graph', '@context', 'dataFeedElement', 'claimReview'].some((k) => k in node) || Array.isArray(node.claims);
  return (
    Array.isArray(value) &&
    value.some((v) => {
      const o = obj(v);
      return !!o && ('@type' in o || '@context' in o || '@graph' in o);
    })
  );
}
