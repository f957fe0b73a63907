/** What a tab answers to page-claims (the popup's and the classroom's input), for component tests. */
import type { ClaimFinding } from '../../../engine/types';
import type { PageClaimSummary, PageClaimsResponse } from '../../../messaging/protocol';

/** An English page titled `title` with one claim, made from a finding (`claim` changes its fields). */
export function pageWithClaim(finding: ClaimFinding, title: string, claim: Partial<PageClaimSummary> = {}): PageClaimsResponse {
  return {
    url: 'https://news.example/a',
    title,
    lang: 'en',
    active: true,
    claims: [{ id: 1, text: finding.text, topic: finding.topic, factId: finding.factId, rating: finding.rating, answers: finding.answers, score: finding.score, lang: 'en', ...claim }],
  };
}
