import type { Lang, Rating, Unit } from './schema';
import type { TopicId } from './topics';

/** A rating earned from the record, or `context`: the record is shown, no verdict given. */
export type Verdict = Rating | 'context';

export type FigureStatus = 'consistent' | 'outdated' | 'contradicted';

export interface FigureCheck {
  status: FigureStatus;
  key: string;
  unit: Unit;
  per: 'day' | 'year' | null;
  /** What the claim says, as read from its text. */
  claimValue: number;
  claimRaw: string;
  /** An event's date as the claim says it, when it gives a month with the year ("2020-01", "2020-07-01"). */
  claimPeriod?: string;
  /** The record value the claim was compared with (for "outdated": the older figure it matches). */
  recordValue: number;
  recordPeriod: string;
  /** A dated event that happened more than once: the period of each of its occasions, oldest first. */
  occasions?: string[];
  /** The newest figure of the same series. */
  latestValue: number;
  latestPeriod: string;
  /** The fact the series belongs to and what it measures (from the series' description). */
  factId?: string;
  measure?: { en: string; es: string };
  /**
   * Set when the claim gives no amount of its own but says the measure is more (1) or less (-1)
   * than another record: the same series in an earlier year ("fewer than at the 2007 peak") or
   * another measure ("more Americans in Mexico than Mexicans in the U.S."). `claimValue` is then
   * that record's value, which a card must not present as the claim's own number. `times`: the multiple of it the claim
   * says the measure became ("doubled since 2015").
   */
  /** `record`: the claim calls the figure a record high (sign 1) or low (-1), so past the earlier year `period` holds. */
  relation?: { sign: 1 | -1; period: string; of?: { en: string; es: string }; times?: number; record?: true };
  /** Set when the claim gives a place among the first ones, not one place: the first `claimValue` ('top': "among the top three") or the first few ('few': "one of the largest"). */
  within?: 'top' | 'few';
  /** Set when the claim gives the place to another country than Mexico: contradicted means the record gives Mexico that place. */
  rival?: true;
  /** Set when the claim denies the number ("…, not $80 billion"): consistent means the record is indeed not it. */
  denied?: true;
}

export interface ClaimFinding {
  /** The sentence as it stands in the input. */
  text: string;
  /** Offsets of the sentence in the input text. */
  start: number;
  end: number;
  lang: Lang;
  topic: TopicId;
  /** The fact shown on the card: the one that answers the claim, or the nearest related one. */
  factId: string;
  /** Earned from a figure check or a close typical claim; otherwise `context`. */
  rating: Verdict;
  /** How the rating was earned. */
  basis: 'figure' | 'claim' | 'none';
  /** Whether `factId` answers what the claim says (else it is only related). */
  answers: boolean;
  /** Other facts of the topic worth reading beside it, best first. */
  related: string[];
  /** False for on-topic sentences that assert nothing checkable (kept only on request). */
  checkworthy: boolean;
  /** 0..1; above the show threshold a claim is highlighted, above suggest it is listed. */
  score: number;
  level: 'show' | 'suggest';
  /** The figure check that decided the rating (the worst, when the sentence states several). */
  figure?: FigureCheck;
  /** Every figure check the sentence earned, in reading order. */
  figures?: FigureCheck[];
}

export interface AnalyzeOptions {
  /** Language of the surrounding page, used when a sentence is too short to tell. */
  lang?: Lang;
  /** Include 'suggest'-level findings (default: only 'show'). */
  includeSuggestions?: boolean;
  /** Keep sentences that are on topic but assert nothing checkable (questions, titles): for evaluation. */
  includeUncheckworthy?: boolean;
  /** Facts to skip (muted by the user on this site). */
  mutedFactIds?: ReadonlySet<string>;
  /**
   * Text read just before this one (the post a reply draft answers): the countries it names are whose a sentence of this
   * text naming none speaks of, as a sentence before it on a page would be.
   */
  context?: string;
}

export interface Thresholds {
  show: number;
  suggest: number;
}

/** The thresholds the engine uses unless told otherwise: the settings' defaults too. */
export const DEFAULT_THRESHOLDS: Thresholds = { show: 0.55, suggest: 0.4 };
