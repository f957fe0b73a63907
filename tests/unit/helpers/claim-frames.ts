import type { Fact, Lang } from '../../../engine/schema';

/** The claim inside a sentence: its first letter in lower case unless it opens with a name, its closing mark dropped. */
const inside = (text: string) => (/^(The|A|Most|Only|More|La|El|Los|Las|Un|Una|Más|Casi|Cada|Solo)\b/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text).replace(/[.!]$/, '');

/** Every bundled typical claim with a settled rating, said inside each frame of its language ("{c}" marks where). */
export function* framedClaims(facts: readonly Fact[], frames: Record<Lang, readonly string[]>): Generator<{ claim: Fact['claims'][number]; sentence: string }> {
  for (const fact of facts)
    for (const claim of fact.claims) {
      if (claim.rating === 'needs-context') continue;
      for (const frame of frames[claim.lang]) yield { claim, sentence: frame.replace('{c}', inside(claim.text)) };
    }
}
