import type { Lang, Rating, Unit } from './schema';
import type { TopicId } from './topics';

export type FigureStatus = 'consistent' | 'outdated' | 'contradicted';

export interface FigureCheck {
  status: FigureStatus;
  key: string;
  unit: Unit;
  per: 'day' | 'year' | null;
  /** What the claim says, as read from its text. */
  claimValue: number;
  claimRaw: string;
  /** The record value the claim was compared with (for "outdated": the older figure it matches). */
  recordValue: number;
  recordPeriod: string;
  /** The newest figure of the same series. */
  latestValue: number;
  latestPeriod: string;
}

export interface ClaimFinding {
  /** The sentence as it stands in the input. */
  text: string;
  /** Offsets of the sentence in the input text. */
  start: number;
  end: number;
  lang: Lang;
  topic: TopicId;
  factId: string;
  rating: Rating;
  /** 0..1; above the show threshold a claim is highlighted, above suggest it is listed. */
  score: number;
  level: 'show' | 'suggest';
  figure?: FigureCheck;
}

export interface AnalyzeOptions {
  /** Language of the surrounding page, used when a sentence is too short to tell. */
  lang?: Lang;
  /** Include 'suggest'-level findings (default: only 'show'). */
  includeSuggestions?: boolean;
  /** Facts to skip (muted by the user on this site). */
  mutedFactIds?: ReadonlySet<string>;
}

export interface Thresholds {
  show: number;
  suggest: number;
}
