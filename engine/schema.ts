/**
 * The fact schema: one source of truth for bundled facts (checked at build and in tests),
 * imported packs and user-written facts. Error messages name the item, the field and why.
 */
import { z } from 'zod';
import { LANGS } from './knowledge/lang';
import { TOPIC_IDS } from './topics';

export const RATINGS = ['accurate', 'needs-context', 'misleading', 'false', 'outdated'] as const;
export type Rating = (typeof RATINGS)[number];

/**
 * `rank`: a position in an ordering (1 = largest), compared exactly. `year`: the calendar year
 * an event happened (a treaty took effect), compared exactly; `years` is a length of time.
 */
export const UNITS = ['usd', 'percent', 'people', 'km', 'mi', 'count', 'score', 'years', 'rank', 'year', 'acre-ft'] as const;
export type Unit = (typeof UNITS)[number];

/** The registered language packs decide the languages (engine/knowledge/lang). */
export { LANGS, type Lang } from './knowledge/lang';

const MAX_TEXT = 2000;

const text = (max = MAX_TEXT) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !/[<>]/.test(s), 'must be plain text (no "<" or ">")');

export const bilingual = (max = MAX_TEXT) => z.object({ en: text(max), es: text(max) }, { error: 'must be an object with "en" and "es" text' });
export type Bilingual = z.infer<ReturnType<typeof bilingual>>;

export const dateString = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD');

/** Only http(s) links are ever stored or rendered. */
export const httpUrl = z
  .string()
  .max(2048, 'must be at most 2048 characters')
  .refine((s) => {
    try {
      const u = new URL(s);
      return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname.includes('.');
    } catch {
      return false;
    }
  }, 'must be an http:// or https:// address');

export const sourceSchema = z.object({
  publisher: text(200),
  title: text(500),
  url: httpUrl,
  date: dateString,
});
export type Source = z.infer<typeof sourceSchema>;

export const figureSchema = z
  .object({
    key: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase-kebab'),
    value: z.number().finite('must be a finite number'),
    unit: z.enum(UNITS, { error: `must be one of ${UNITS.join(', ')}` }),
    per: z.enum(['day', 'year'], { error: 'must be "day" or "year"' }).optional(),
    period: z.string().regex(/^\d{4}([-/]\d{2,4})?(-\d{2})?$/, 'must be a year, a year range (2014-2018, 2016/17) or YYYY-MM'),
    /**
     * The day a dated event's record gives it, where its period keeps only the year as its cues cover steps of several dates
     * (a designation ordered in one month and published in the next): read only to place the event in an officeholder's
     * term ("under Biden"), which all its steps fall in.
     */
    on: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day, YYYY-MM-DD')
      .optional(),
    label: bilingual(200),
  })
  .refine((f) => f.on === undefined || (f.unit === 'year' && f.on.startsWith(f.period.slice(0, 4))), { message: "must be a day of the period's year, on a figure of unit year", path: ['on'] });
export type Figure = z.infer<typeof figureSchema>;

/**
 * How a figure series' period is counted. A stated number is only checked against a series
 * of a compatible kind: "the first ten months" (part-year) never meets an annual total.
 */
export const PERIOD_KINDS = ['year', 'fiscal-year', 'day', 'part-year', 'range', 'cumulative', 'point'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase-kebab');
const cueList = z.array(text(80)).min(1, 'needs at least one cue phrase').max(40);

/**
 * What a figure series measures, in the words a sentence would use. A number in a claim is
 * bound to a series only when one of the series' cue phrases sits in the number's own
 * clause; the cues carry the direction ("exports to Mexico" vs "Mexico's exports").
 */
export const seriesSchema = z.object({
  key: kebab,
  /** What is counted, e.g. "U.S. goods exports to Mexico". */
  measure: bilingual(200),
  cues: z.object({ en: cueList, es: cueList }, { error: 'must be an object with "en" and "es" cue lists' }),
  /** The thing counted (several series may share it: goods-trade, remittances). */
  subject: kebab,
  /** Which way or which side: us-to-mx, mx-to-us, two-way, favorable, unfavorable… */
  direction: kebab.optional(),
  period: z.enum(PERIOD_KINDS, { error: `must be one of ${PERIOD_KINDS.join(', ')}` }),
  /**
   * A thing planned and decided ahead (a tournament's format, its venues): the future tense
   * states it ("the World Cup will have 48 teams", "se jugarán 104 partidos"), it is no
   * projection, so a number said with "will"/"será" still meets the series.
   */
  scheduled: z.boolean().optional(),
  /**
   * A measure every country has (its GDP, its growth, its rank among the world's economies, its
   * poverty, its homicides), not one of the relationship itself: a number is Mexico's only when
   * Mexico is the first country its clause names ("The United States is the largest economy in
   * the world", "Canada's economy grew 1.5%" are other countries' figures, never judged
   * against Mexico's record).
   */
  anyCountry: z.boolean().optional(),
  /**
   * A measure any two countries have between them (their trade, its balance), not one only the relationship has: a sentence
   * that names no country ("bilateral trade reached $762 billion", "los dos países comercian…") may be of another pair,
   * so it is judged as a measure every country has said of no country is: borne out by the record, never denied by it.
   */
  anyPair: z.boolean().optional(),
  /**
   * Names of whoever measured the series ("Pew", "Gallup"), where another source measures the same thing and
   * finds other figures: a sentence naming one of them anywhere is of this series, not of its siblings.
   */
  namedBy: z.array(text(60)).max(8).optional(),
  /**
   * A percentage of change said of this measure is another measure's: "GDP grew 1.5%" is real growth, never the
   * change of GDP in current dollars. Such a series is not checked against a change from its year before.
   */
  noChange: z.boolean().optional(),
  /**
   * The series' words also name another count that sources give as often: "trade with Mexico" is goods in the Census
   * count and goods and services in USTR's; "homicidios en México" INEGI's final count or the SESNSP's victims. How
   * that count runs against the record (`from`–`to`, ratios measured on years both are sourced for) and, where there
   * are any, the words that narrow a sentence to this series' own count ("goods", "bienes"). A number within that
   * band, said without those words, may be the other count: it is not shown wrong.
   */
  otherCount: z
    .object({ from: z.number().min(0.5).max(1), to: z.number().min(1).max(2), narrow: z.object({ en: cueList, es: cueList }).optional() })
    .strict()
    .refine((c) => c.from < c.to, 'from must be under to')
    .optional(),
  /**
   * The other country's count of the same flow (Mexico's exports to the U.S. as INEGI counts them, against U.S. imports
   * from Mexico as the Census counts them), as a band of ratios to the record measured on years both are sourced for: a
   * number within it, whatever words narrow it, may be that count and is not shown wrong.
   */
  mirror: z
    .object({ from: z.number().min(0.5).max(1), to: z.number().min(1).max(2) })
    .strict()
    .refine((c) => c.from < c.to, 'from must be under to')
    .optional(),
});
export type Series = z.infer<typeof seriesSchema>;

export const claimSchema = z.object({
  text: text(500),
  lang: z.enum(LANGS, { error: 'must be "en" or "es"' }),
  rating: z.enum(RATINGS, { error: `must be one of ${RATINGS.join(', ')}` }),
  register: z.enum(['headline', 'post', 'speech', 'conversation']).optional(),
});
export type TypicalClaim = z.infer<typeof claimSchema>;

export const factSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase-kebab (a-z, 0-9, -)')
      .max(120),
    topic: z.enum(TOPIC_IDS, { error: 'must be one of the topic ids of docs/topics.md' }),
    statement: bilingual(280),
    asOf: dateString,
    sources: z.array(sourceSchema).min(1, 'needs at least one source').max(20),
    figures: z.array(figureSchema).max(50).optional(),
    /** One entry per figure key: what each series measures. Figures without one never yield a verdict. */
    series: z.array(seriesSchema).max(50).optional(),
    /** A complete sentence of at most 200 characters, for replies and the popup. */
    short: bilingual(200).optional(),
    claims: z.array(claimSchema).max(200).default([]),
    /**
     * The fact is about a thing fixed ahead (a tournament's plan, a scheduled review, a law's start date): a
     * sentence that foretells it ("Mexico will host its third World Cup") is settled by the record, as a number
     * said with "will" is for a scheduled series.
     */
    scheduled: z.boolean().optional(),
    keywords: z.object({ en: z.array(text(100)).max(100), es: z.array(text(100)).max(100) }).default({ en: [], es: [] }),
  })
  .superRefine((fact, ctx) => {
    const figureKeys = new Set((fact.figures ?? []).map((f) => f.key));
    const seen = new Set<string>();
    (fact.series ?? []).forEach((s, i) => {
      if (seen.has(s.key)) ctx.addIssue({ code: 'custom', path: ['series', i, 'key'], message: `"${s.key}" is described twice` });
      else if (!figureKeys.has(s.key)) ctx.addIssue({ code: 'custom', path: ['series', i, 'key'], message: `"${s.key}" has no figure with that key` });
      seen.add(s.key);
    });
  });
export type Fact = z.infer<typeof factSchema>;
export type FactInput = z.input<typeof factSchema>;

export const frameSchema = z.object({
  topic: z.enum(TOPIC_IDS),
  narrative: bilingual(200),
  persists: bilingual(1500),
  mexicoView: bilingual(1000),
  usView: bilingual(1000),
});
export type Frame = z.infer<typeof frameSchema>;

export interface Problem {
  /** Which item: a file name, "item 3", or a fact id. */
  item: string;
  /** Dotted path of the field, e.g. "sources.0.url". */
  field: string;
  message: string;
}

export function issuesToProblems(item: string, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({
    item,
    field: issue.path.map(String).join('.') || '(whole item)',
    message: issue.message,
  }));
}

export function formatProblem(p: Problem): string {
  return `${p.item}: ${p.field}: ${p.message}`;
}

/**
 * Validates a list of facts as a whole: every item, plus unique ids.
 * Returns the parsed facts or every problem found (never a partial list).
 */
export function validateFacts(items: unknown[], label: (index: number, raw: unknown) => string): { ok: true; facts: Fact[] } | { ok: false; problems: Problem[] } {
  const problems: Problem[] = [];
  const facts: Fact[] = [];
  const seen = new Map<string, string>();
  items.forEach((raw, index) => {
    const name = label(index, raw);
    const parsed = factSchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(...issuesToProblems(name, parsed.error));
      return;
    }
    const previous = seen.get(parsed.data.id);
    if (previous) {
      problems.push({ item: name, field: 'id', message: `"${parsed.data.id}" is already used by ${previous}` });
      return;
    }
    seen.set(parsed.data.id, name);
    facts.push(parsed.data);
  });
  return problems.length ? { ok: false, problems } : { ok: true, facts };
}
