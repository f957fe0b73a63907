/**
 * Imports stay bounded whatever the file: every list is capped (ClaimReview entries of the
 * Fact Check Tools API shape included), validation stops after a fixed number of problems,
 * and trimming quotes off a claim is linear. Each of these once hung the options page.
 */
import { describe, expect, it } from 'vitest';
import type { TopicId } from '../../engine/topics';
import { importClaimReview, MAX_REVIEWS } from '../../importers/claimreview';
import { MAX_IMPORT_BYTES, MAX_PACK_ITEMS, MAX_PROBLEMS, parseImport, PACK_FORMAT } from '../../importers/pack';

const always = (): TopicId => 'trade-volume';
const opts = { classify: always, bundledIds: new Set<string>() };

function timed<T>(fn: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t0 };
}

describe('import limits', () => {
  it('caps claimReview[] entries like every other review', () => {
    const entry = (i: number) => ({ publisher: { name: 'Check' }, url: `https://check.example.org/${i}`, reviewDate: '2025-01-02', textualRating: 'False' });
    const api = { claims: [{ text: 'Mexico trade claim', claimReview: Array.from({ length: MAX_REVIEWS + 10 }, (_, i) => entry(i)) }] };
    const r = importClaimReview(api, { classify: always });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems).toEqual([expect.objectContaining({ message: `holds more than ${MAX_REVIEWS} reviews: import it in smaller parts` })]);
  });

  it('refuses a pack with more items than the cap at once, without validating them (5 MB of [{},…])', () => {
    const text = `[${'{},'.repeat(Math.floor((MAX_IMPORT_BYTES - 10) / 3))}{}]`;
    expect(text.length).toBeLessThanOrEqual(MAX_IMPORT_BYTES);
    // One problem for the whole file, none of an item's: the cap is checked before any item is validated (how long the
    // parse of 5 MB takes is the machine's, not a behaviour: it is left to the bench).
    const value = parseImport(text, opts);
    expect(value.ok).toBe(false);
    expect(!value.ok && value.problems).toEqual([expect.objectContaining({ field: '(whole file)', message: expect.stringContaining(`more than ${MAX_PACK_ITEMS}`) })]);
  }, 20_000);

  it('caps a pack object’s fact list too', () => {
    const text = JSON.stringify({ format: PACK_FORMAT, version: 1, facts: Array.from({ length: MAX_PACK_ITEMS + 1 }, () => ({})) });
    const r = parseImport(text, opts);
    expect(!r.ok && r.problems[0]?.message).toContain(`more than ${MAX_PACK_ITEMS}`);
  }, 20_000);

  it('stops after a fixed number of problems and says so', () => {
    const items = Array.from({ length: 1000 }, (_, i) => ({ id: `bad-${i}`, asOf: 'soon', topic: 'tacos' }));
    const value = parseImport(JSON.stringify(items), opts);
    expect(value.ok).toBe(false);
    const problems = value.ok ? [] : value.problems;
    expect(problems.length).toBeLessThanOrEqual(MAX_PROBLEMS + 1);
    expect(problems.at(-1)?.message).toMatch(/stopped after \d+ problems/);
  }, 20_000);

  it('trims quote characters around a claim in linear time', () => {
    // Fields are cut at 20,000 characters, so one claim costs the old pattern ~0.2 s; a file
    // of reviews multiplies that.
    const claim = `“Mexico${'"'.repeat(19_000)}x”`;
    const reviews = Array.from({ length: 20 }, (_, i) => ({
      '@type': 'ClaimReview',
      url: `https://check.example.org/q${i}`,
      datePublished: '2025-01-02',
      claimReviewed: claim,
      author: { name: 'Check' },
      reviewRating: { alternateName: 'False' },
    }));
    const { ms } = timed(() => importClaimReview(reviews, { classify: always }));
    expect(ms).toBeLessThan(400);
  }, 60_000);

  it('still trims the quotes and spaces around a claim', () => {
    const review = {
      '@type': 'ClaimReview',
      url: 'https://check.example.org/q',
      datePublished: '2025-01-02',
      claimReviewed: ' «“Mexico sends the drugs”» ',
      author: { name: 'Check' },
      reviewRating: { alternateName: 'False' },
    };
    const r = importClaimReview(review, { classify: always });
    expect(r.ok && r.facts[0]?.claims[0]?.text).toBe('Mexico sends the drugs');
  });
});
