/**
 * The shape of the knowledge files (engine/knowledge/): checked by the build and the tests
 * (engine/knowledge/check.ts), so a bad file fails loudly with the file and the field named,
 * never quietly in a reader's tab. Everything else (the background, the extension pages, the
 * content script) only imports the types, not zod, and reads the files as they are.
 */
import { z } from 'zod';
import { expandPattern } from '../clauses';
import { TOPIC_IDS } from '../topics';
import type { VerdictWords } from '../verdict-words';
import { LANGS, type Lang, type NumberWords } from './lang';

const phrase = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .refine((s) => s === s.toLowerCase(), 'must be lower case');
const phrases = z.array(phrase);
const perLang = <T extends z.ZodType>(item: T) => z.object(Object.fromEntries(LANGS.map((l) => [l, item])) as Record<Lang, T>);

function compiles(source: string, flags = ''): boolean {
  try {
    new RegExp(source, flags);
    return true;
  } catch {
    return false;
  }
}

/** The placeholders a clause pattern writes are all known (engine/clauses.ts). */
function knownPlaceholders(source: string): boolean {
  try {
    for (const lang of LANGS) expandPattern(source, lang);
    return true;
  } catch {
    return false;
  }
}

/** A clause pattern compiles once its placeholders are expanded (an unknown one is reported by `knownPlaceholders`). */
const clauseCompiles = (source: string): boolean => !knownPlaceholders(source) || LANGS.every((lang) => compiles(expandPattern(source, lang)));

/**
 * One construction, written once per language (never one alternation mixing languages).
 * `null`: the language has no such construction (say why in the clause's note); at least one
 * language must have it. Patterns ignore case unless `caseSensitive` (company names).
 * A pattern may write a placeholder, expanded before it compiles (engine/clauses.ts):
 * - `{span}`: one character of the clause running on, stopping where the sentence or clause
 *   ends (. ; : ! ?) but not at the dot of a decimal ("3.5") or of an abbreviation ("U.S.",
 *   "EE.UU."); always bounded, lazily: `\b(?:sued?)\b{span}{0,60}?\bgun makers\b`. Write it,
 *   never its expansion, so every clause stops at the same places.
 * - `{end}`: the end of a word, accented or not; write it, not `\b`, after a letter that may be
 *   accented (`demand[oó]{end}`): JS's `\b` knows only ASCII letters.
 * - `{percent}`: a percent sign or the language's words for it ("percent", "pct", "por ciento"): write it, never a list
 *   of its own, so a clause reads a share however the numbers reader does.
 */
export const patternSetSchema = z
  .object({
    patterns: perLang(
      z.string().min(1).refine(knownPlaceholders, 'names a placeholder engine/clauses.ts does not know').refine(clauseCompiles, 'must be a regular expression that compiles').nullable(),
    ),
    caseSensitive: z.boolean().optional(),
  })
  .refine((p) => Object.values(p.patterns).some((s) => s !== null), 'must have a pattern in at least one language');
export type PatternSet = z.infer<typeof patternSetSchema>;

/** When a clause is worth testing at all; every condition given must hold. */
export const whenSchema = z
  .object({
    /** The sentence names this side (mx: Mexico, us: the U.S., bi: both together). */
    anchor: z.enum(['mx', 'us', 'bi']).optional(),
    /** A word of the clause's topic is already in the sentence. */
    topicWords: z.literal(true).optional(),
    /** One of these words (compared as stems) is in the sentence. */
    anyWord: perLang(phrases).optional(),
    /** The sentence states no figure. */
    noFigure: z.literal(true).optional(),
    /** The raw sentence contains this text (a cheap test before the pattern). */
    contains: z.string().min(1).optional(),
  })
  .strict();
export type When = z.infer<typeof whenSchema>;

const clauseBase = { note: z.string().min(1, 'must say why the clause exists'), when: whenSchema.optional(), ...patternSetSchema.shape };

/**
 * A topic's clause, run by one loop in the engine (engine/clauses.ts):
 * - `evidence`: the sentence says the topic in a construction no single phrase catches; worth
 *   `weight` (a strong phrase is 2) and makes the topic plain. `and`: a second construction that
 *   must also be there; `capture`: a construction the pattern's first group must match. Of a
 *   topic's evidence clauses, the first that matches counts.
 * - `veto`: the sentence is not this topic's story, unless `unless` matches too.
 */
export const topicClauseSchema = z.discriminatedUnion('role', [
  z.object({ role: z.literal('evidence'), weight: z.number().positive(), ...clauseBase, and: patternSetSchema.optional(), capture: patternSetSchema.optional() }).strict(),
  z.object({ role: z.literal('veto'), ...clauseBase, unless: patternSetSchema.optional() }).strict(),
]);
export type TopicClause = z.infer<typeof topicClauseSchema>;

/**
 * Clauses that gate any sentence, whatever its topic:
 * - `not-a-claim`: a question to the reader, not a claim;
 * - `background`: a leading clause that sets the scene; the claim is the clause after it;
 * - `bilateral-anchor`: together with `and`, names the relationship itself, unless `unless` matches too.
 */
export const gateSchema = z.discriminatedUnion('role', [
  z.object({ role: z.literal('not-a-claim'), ...clauseBase }).strict(),
  z.object({ role: z.literal('background'), ...clauseBase }).strict(),
  z.object({ role: z.literal('bilateral-anchor'), ...clauseBase, and: patternSetSchema.optional(), unless: patternSetSchema.optional() }).strict(),
]);
export type Gate = z.infer<typeof gateSchema>;

/** A strong phrase says its topic on its own; a weak one only supports it. */
export const vocabularySchema = z.object({ strong: phrases, weak: phrases }).strict();

export const topicFileSchema = z
  .object({
    id: z.enum(TOPIC_IDS),
    vocabulary: perLang(vocabularySchema),
    clauses: z.array(topicClauseSchema).optional(),
    /**
     * The off-topic words (sport) are this topic's own vocabulary: they do not count against it,
     * but with none of its strong words they mean a match report, not the topic.
     */
    ownsOffTopicWords: z.boolean().optional(),
  })
  .strict();
export type TopicFile = z.infer<typeof topicFileSchema>;

const anchorSides = z.object({ mx: phrases, us: phrases, bi: phrases }).strict();

const verdictWordsSchema = z
  .object({
    prescriptive: phrases,
    notPrescriptive: phrases,
    clauseOpeners: phrases,
    reportVerbs: phrases,
    reportThat: phrases,
    meta: phrases,
    discussionPointers: phrases,
    discussionNouns: phrases,
    citation: phrases,
    evaluative: phrases,
    opinionMarkers: phrases,
    affirmations: phrases,
    connectives: phrases,
    assents: phrases,
    negation: phrases,
    retraction: phrases,
    closingRetraction: phrases,
    assertive: phrases,
    verbs: phrases,
    verbEndings: phrases,
    nounAfterDeterminer: phrases,
    presentEndings: phrases,
    partYear: phrases,
    wholeYear: phrases,
    partYearRate: phrases,
    periodNouns: phrases,
    averageWords: phrases,
    range: phrases,
    everyFewYears: phrases,
    shareOfThem: phrases,
    holdsNow: phrases,
    favouring: phrases,
    disfavouring: phrases,
    cumulative: phrases,
    fiscal: phrases,
    otherMeasure: phrases,
    otherBasis: phrases,
    setRate: phrases,
    labels: phrases,
    addedBefore: phrases,
    addedAfter: phrases,
    projection: phrases,
    projectionEndings: phrases,
    imminent: phrases,
    infinitiveEndings: phrases,
    infinitiveLookalikes: phrases,
    past: phrases,
    formerly: phrases,
    alone: phrases,
    decadeBefore: phrases,
    earlierDecades: phrases,
    countryRefs: phrases,
    pronounRefs: phrases,
    measureUnits: phrases,
    referBack: phrases,
    yearLeadIns: phrases,
    decadeParts: phrases,
    yearParts: z.array(
      z
        .object({ from: z.number().int().min(1).max(12), to: z.number().int().min(1).max(12), words: phrases })
        .strict()
        .refine((p) => p.from <= p.to, 'a part of a year runs from its first month to its last'),
    ),
    streakAfter: phrases,
    spanPast: phrases,
    spanYears: phrases,
    longHeld: phrases,
    always: phrases,
    firstTime: phrases,
    firstTimeSpan: phrases,
    becameState: phrases,
    presentState: phrases,
    recordHigh: phrases,
    recordLow: phrases,
    recordWhole: phrases,
    recordChange: phrases,
    recordSpanYears: phrases,
    recordSpanDecades: phrases,
    substitution: phrases,
    correction: phrases,
    streak: phrases,
    particleVerbs: phrases,
    causes: phrases,
    backdrops: phrases,
    regimes: phrases,
    eventAspects: phrases,
    setAside: phrases,
    opposites: z.array(phrases.length(2, 'an opposite is a pair')),
    addition: phrases,
    untilTime: phrases,
    notUntil: z.object({ deny: phrases, until: phrases }).strict(),
    afterTime: phrases,
    beforeTime: phrases,
    beforeThing: phrases,
    comparison: phrases,
    ahead: phrases,
    overtake: phrases,
    overtakenBy: phrases,
    placeLost: phrases,
    lostTo: phrases,
    behind: phrases,
    blocs: phrases,
    direction: phrases,
    toward: phrases,
    awayFrom: phrases,
    partnerOf: phrases,
    attribution: phrases,
    rank: phrases,
    baseline: phrases,
    previousYear: phrases,
    samePeriod: phrases,
    countedOf: phrases,
    increase: phrases,
    decrease: phrases,
    more: phrases,
    less: phrases,
    than: phrases,
    exceedVerbs: phrases,
    allTimeHigh: phrases,
    allTimeLow: phrases,
    trailVerbs: phrases,
    double: phrases,
    triple: phrases,
    multiple: phrases,
    timesOf: phrases,
    doubledVerb: phrases,
    tripledVerb: phrases,
    roseVerb: phrases,
    fellVerb: phrases,
    movedYearLead: phrases,
    now: phrases,
    notDirection: phrases,
    parts: phrases,
    partKinds: phrases,
    notPartKinds: phrases,
    notParts: phrases,
    sectors: phrases,
    goodsWhole: phrases,
    sinceTime: phrases,
    months: phrases,
    notPeriod: phrases,
    publishedAt: phrases,
    trendFrom: phrases,
    trendTo: phrases,
    levelVerbs: phrases,
    rangeFrom: phrases,
    rangeTo: phrases,
    history: phrases,
    exits: phrases,
    cueClasses: z.array(phrases.min(2, 'a class needs at least two words')),
    yearNames: phrases,
    eventParts: phrases,
    elapsedSince: phrases,
    inForceFor: phrases,
    inForce: phrases,
    inForceVerb: phrases.min(1, 'one phrase for an entry into force'),
    spanEdges: phrases,
    atYear: phrases,
    relativeTimes: phrases,
    officeTerms: phrases,
    officeLeadIns: phrases,
    officeHeads: phrases,
    relatives: phrases,
    actEndings: phrases,
    actForms: phrases,
    pastEndings: phrases,
    notYet: phrases,
    subjectAfterVerb: phrases,
    changeBy: phrases,
    shortAfter: phrases,
    possessive: phrases,
    fieldOf: phrases,
    fieldFor: phrases,
    amountOf: phrases,
    fieldEnds: phrases,
    placeIn: phrases,
    universal: phrases,
    notUniversal: phrases,
    hypothetical: phrases,
    hypotheticalOpeners: phrases,
    sendVerbs: phrases,
    recordVerbs: phrases,
    deployVerbs: phrases,
    receiveVerbs: phrases,
    auxiliaries: phrases,
    passive: phrases,
    copulas: phrases,
    restatements: phrases,
    claimNouns: phrases,
    claimOpeners: phrases,
    positionDenials: phrases,
    positionLinks: phrases,
    denialsOnlyDisproved: phrases,
    contrastNot: phrases,
    contrastBut: phrases,
    deniedCopula: z.string().includes('{copula}'),
    peoples: phrases,
    demonyms: z.array(phrases.min(2, 'a country and at least one word of its people')),
    originNouns: phrases,
    originOf: z.string().min(1),
    demonymFirst: z.boolean(),
    agents: phrases,
    institutions: phrases,
    bodies: phrases,
    ourOwn: phrases,
    respectively: phrases,
    combined: phrases,
    partitive: phrases,
    wholeAfter: phrases,
    objectOf: phrases,
    apartFrom: phrases,
    determiners: phrases,
    regions: phrases,
    shapes: z
      .object({
        asking: phrases,
        kickers: phrases,
        courtesies: phrases,
        thanksTo: phrases,
        thanksFor: phrases,
        scheduled: phrases,
        visits: phrases,
        futureEndings: phrases,
        timeWords: phrases,
        methodSubjects: phrases,
        methodVerbs: phrases,
        findings: phrases,
      })
      .strict(),
    compassSides: z.array(phrases).length(2, 'the compass sides are north and south'),
  } satisfies Record<keyof VerdictWords, z.ZodType>)
  .strict();

/** What a language's words say, as the engine receives it (engine/knowledge/lang/<id>/words.json). */
export const langWordsSchema = z
  .object({
    /** Names of the sides, read in a sentence of any language (mx, us, bi: both together, other: another country). */
    anchors: anchorSides.extend({ other: phrases }),
    /** Read only in a sentence in this language ("nuestro país" is Mexico when Mexicans write). */
    anchorsInLanguage: anchorSides,
    /**
     * Anchors that count, in a sentence in this language, only written so (or in capitals): in
     * another case the same letters are a common word of this language (Spanish "usa", the verb,
     * is not "USA"). Each is an anchor of some pack; engine/written-case.ts reads them.
     */
    writtenCase: z.array(
      z
        .string()
        .trim()
        .min(1)
        .refine((s) => s !== s.toLowerCase(), 'must be written in its case (not all lower case)'),
    ),
    /** Bilateral words any two countries share: with another country named and no Mexico, they do not anchor. */
    genericBilateral: phrases,
    /** Passing mentions (sport, food, travel, weather, culture): with one in a sentence, only the topic that owns them (the World Cup) can be read, in its strong words. */
    offTopic: phrases,
    /**
     * Words that are often such a passing mention but also say what the relationship is about
     * ("partido" a political party, "clima" the business climate, "lluvias" the rain a water
     * delivery waits for): the detection model weighs them against every topic but their owner.
     */
    offTopicAmbiguous: phrases,
    /** Raw substrings, one of which every relevant text contains: text without any is skipped at once. */
    prefilter: z.array(z.string().min(1)),
    /** Prefilter substrings that count only in a text in this language (the U.S. named alone, in Spanish). */
    prefilterInLanguage: z.array(z.string().min(1)),
    /** In this language a first-person word beside the other country names the speaker's side ("we trade with Mexico": the U.S.; "somos su primer socio": Mexico). */
    speakerSide: z
      .object({ side: z.enum(['mx', 'us']), pattern: z.string().refine(compiles, 'must be a regular expression that compiles') })
      .strict()
      .nullable(),
    /** In this language the U.S. named alone is usually domestic news, so it needs more evidence. */
    usAloneIsDomestic: z.boolean(),
    verdict: verdictWordsSchema,
  })
  .strict();
export type LangWords = z.infer<typeof langWordsSchema>;

const pattern = z.string().min(1).refine(compiles, 'must be a regular expression that compiles');
const patternsFor = <K extends string>(keys: readonly K[]) => z.object(Object.fromEntries(keys.map((k) => [k, pattern])) as Record<K, typeof pattern>).strict();
const numberWordsSchema = z
  .object({
    numberWords: z.record(phrase, z.number()),
    notCounts: phrases,
    dollarScales: z.array(phrase),
    otherMoneyScales: z.array(phrase),
    scales: z.record(phrase, z.number().positive()),
    andHalf: pattern,
    ordinals: z.record(phrase, z.number().int().positive()),
    ordinalsInDigits: z.object({ forms: z.array(z.object({ suffix: pattern, words: z.array(z.string().min(1)).length(10) }).strict()), notBefore: pattern, notAfter: pattern }).strict(),
    decimalComma: z.boolean(),
    splitThousands: z.object({ thousand: phrase, millions: phrases }).strict().nullable(),
    compoundJoin: z.string().min(1),
    percent: pattern,
    points: pattern,
    pointsAlone: z.object({ after: pattern, share: pattern }).strict(),
    fractions: patternsFor(['twoThirds', 'oneThird', 'half', 'threeQuarters', 'oneQuarter', 'inTen', 'inFive'] as const),
    vague: patternsFor(['mostByFar', 'most', 'few'] as const),
    perDay: pattern,
    perYear: pattern,
    dayRate: pattern,
    unitLeftAfter: pattern,
    perMinute: pattern,
    perHour: pattern,
    units: patternsFor(['usd', 'otherMoney', 'km', 'mi', 'years', 'people', 'count', 'acre-ft', 'm3', 'hm3'] as const),
    qualifiers: patternsFor(['over', 'under', 'almost', 'about'] as const),
    comparatives: patternsFor(['over', 'under'] as const),
    rank: z.array(pattern),
    firstByNone: z.array(pattern),
    aheadOnly: z.array(pattern),
    oneOf: pattern,
    lastAmong: pattern,
    topCount: z.array(pattern),
    topFew: z.array(pattern),
    interval: pattern,
  } satisfies Record<keyof NumberWords, z.ZodType>)
  .strict();

const isoDay = z.string().regex(/^\d{4}-\d\d-\d\d$/, 'must be a day written YYYY-MM-DD');
/** Heads of government whose names date a deed said under them ("under Biden", "durante el sexenio de Calderón"): engine/office-terms.ts. */
export const officeholdersSchema = z.array(
  z
    .object({
      who: z.string().min(1),
      names: phrases.min(1),
      terms: z
        .array(z.object({ from: isoDay, to: isoDay.optional() }).strict())
        .min(1)
        .refine((terms) => terms.every((t) => t.to === undefined || t.from < t.to), 'a term must end after it begins'),
    })
    .strict(),
);
export type Officeholder = z.infer<typeof officeholdersSchema>[number];

export const textPackSchema = z
  .object({
    stopwords: phrases,
    functionWords: phrases,
    letters: z.string(),
    marks: z.array(z.object({ chars: z.string().min(1), weight: z.number().positive() }).strict()),
    questionStart: z.string().min(1).refine(compiles, 'must be a regular expression that compiles'),
    claimAsQuestion: z.string().min(1).refine(compiles, 'must be a regular expression that compiles'),
    numbers: numberWordsSchema,
    abbreviations: z.array(pattern),
    rewrites: z.array(z.object({ pattern, replacement: z.string() }).strict()),
    rewriteHints: z.array(z.string().min(1)),
    connectives: z.object({ contrast: phrases, concessive: phrases, and: phrases, or: phrases, relative: phrases, spanFrom: phrases, spanTo: phrases, spanArticle: phrases }).strict(),
    aliases: z.array(z.object({ pattern: z.string().min(1).refine(compiles, 'must be a regular expression that compiles'), replacement: z.string(), note: z.string().min(1) }).strict()),
    verbForms: z.array(
      z
        .object({
          pattern: z
            .string()
            .min(1)
            .refine((p) => compiles(p, 'giu'), 'must be a regular expression that compiles with flags giu'),
          replacement: z.string(),
          note: z.string().min(1),
        })
        .strict(),
    ),
    irregularForms: z.record(z.string().regex(/^\p{Ll}+$/u), z.string().regex(/^\p{Ll}+$/u)),
  })
  .strict();
