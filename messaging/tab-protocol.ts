/**
 * Messages from extension pages (popup, side panel) to the content script of a tab.
 * The content script accepts them only from this extension and only in this shape.
 */
import { z } from 'zod/mini';

export const tabRequestSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('page-claims') }),
  z.strictObject({ type: z.literal('open-claim'), id: z.number() }),
]);

export type TabRequest = z.infer<typeof tabRequestSchema>;

export interface PageClaimSummary {
  id: number;
  figure?: import('../engine/types').FigureCheck;
  text: string;
  topic: string;
  factId: string;
  rating: string;
  score: number;
  lang: 'en' | 'es';
}

export interface PageClaimsResponse {
  url: string;
  title: string;
  lang: 'en' | 'es';
  active: boolean;
  claims: PageClaimSummary[];
}
