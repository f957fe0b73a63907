/**
 * Dated events said with no time at all ("The Supreme Court threw out Mexico's lawsuit against U.S. gun makers"): the
 * sentence tells that the thing happened, which the record bears out however it dates it. A cue of the event's series that
 * says the thing was done names it so; one that only names it ("the first joint review", "la firma del Acta 323") is said
 * as often of what is still ahead, or as a time for another claim ("Mexico is preparing for the first joint review").
 */
import { writtenWords } from './event-verbs';
import { LANGS } from './knowledge/lang';
import { inClasses, type SeriesEntry } from './measure-cues';
import { MeasureIndex } from './measures';
import type { Lang, Series } from './schema';
import type { VerdictWords } from './verdict-words';
import { toStems } from './vocabulary';
import { foldSameLength, hasAny } from './word-lists';

/** Letters a word has at least for its ending to tell a past form or a participle ("sued", "dado"; "ed" alone tells nothing). */
const MIN_ENDED = 4;

/** Whether a text (a cue, a word) says a thing was done: a verb or auxiliary of the packs, or a past form (`actForms`, `actEndings`). */
export function saysAct(text: string, w: VerdictWords): boolean {
  const listed = new Set([...w.verbs, ...w.passive, ...w.auxiliaries, ...w.actForms]);
  // An ending is read on the word as written, its accent kept: "entró" is a past form, "entro" none.
  const words = text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\d']+/u)
    .filter(Boolean);
  return words.some((word) => listed.has(foldSameLength(word)) || (word.length >= MIN_ENDED && w.actEndings.some((end) => word.endsWith(end))));
}

/**
 * A past form's root, its longest past ending cut off ("entr" of "entró" and of "entrado", "design" of "designados"): two
 * forms of one verb share it. Null for a word that ends in none.
 */
export function pastRoot(word: string, w: VerdictWords): string | null {
  const end = w.actEndings.filter((e) => word.length >= MIN_ENDED && word.length > e.length + 2 && word.endsWith(e)).sort((a, b) => b.length - a.length)[0];
  return end ? word.slice(0, -end.length) : null;
}

/** A dated event's series with only the cues that say the thing was done, in each language. */
export function actSeries(series: Series, words: Record<Lang, VerdictWords>): Series {
  const cues = Object.fromEntries(LANGS.map((lang) => [lang, series.cues[lang].filter((cue) => saysAct(cue, words[lang]))])) as Series['cues'];
  return { ...series, cues };
}

/** The numbers among stems, in their order. */
export const numbersInOrder = (stems: readonly string[]): string => stems.filter((s) => /^\d/.test(s)).join(' ');
/** Names in the order said, a name said again right after itself once. */
export const inOrder = (names: readonly string[]): string[] => names.filter((n, i) => i === 0 || names[i - 1] !== n);

/** A cue that says an event done, by the names and numbers it relates in its order and whether it says the doer after the deed ("was replaced by"). */
export interface ActCue {
  names: string;
  numbers: string[];
  agent: boolean;
}

/** The dated events as a sentence that tells no year may say them done (eventDone in engine/verdict.ts). */
export interface EventActs {
  /** The one dated event a text names by its longest cue that says it done (MeasureIndex.seriesOf). */
  seriesOf(text: string, lang: Lang, allowed: (e: SeriesEntry) => boolean): SeriesEntry | null;
  /** The names of the things a text relates ("usmca nafta" of "USMCA replaced NAFTA"), in its order: the anchors' names that are no country's, read through the classes. */
  relatedNames(text: string, lang: Lang): string;
  /** An event's cues that say it done, per language. */
  shapes(key: string): Record<Lang, ActCue[]> | undefined;
  /** An event's cue words one by one, both languages, each read through the classes ("take" of "took effect", which the classes read as one phrase). */
  cueWords(key: string): ReadonlySet<string> | undefined;
  /** The first word of each of an event's cues in a language, read through the classes ("nafta" of "NAFTA took effect"): the thing a cue says done, where it opens on it. */
  cueHeads(key: string, lang: Lang): ReadonlySet<string> | undefined;
  /** Whether a word is another past form of a verb an event's cue says ("entrado" of "entró en vigor", "signed" of "sign"). */
  cueVerb(key: string, word: string, lang: Lang): boolean;
  /**
   * The doer, as its cue writes it, of the one event whose cue says it done to a name by a verb ("USMCA" of "USMCA replaced
   * NAFTA" for "replaced" and "NAFTA"): null where no cue or two doers do.
   */
  doerOf(verb: string, name: string, lang: Lang): string | null;
}

export function eventActs(
  events: readonly SeriesEntry[],
  words: Record<Lang, VerdictWords>,
  classes: Record<Lang, ReadonlyMap<string, string>>,
  anchorStems: ReadonlySet<string>,
  orderOf: (stems: readonly string[]) => string,
): EventActs {
  const acts = new MeasureIndex([], words);
  acts.add(events.map((e) => ({ ...e, series: actSeries(e.series, words) })));
  const relatedNames = (text: string, lang: Lang) => inOrder(inClasses(toStems(text, lang), classes[lang]).filter((st) => anchorStems.has(st) && !orderOf([st]))).join(' ');
  const cueWords = new Map(
    events.map((e) => [e.series.key, new Set(LANGS.flatMap((lang) => e.series.cues[lang].flatMap((cue) => toStems(cue, lang).map((st) => inClasses([st], classes[lang])[0]!))))] as const),
  );
  const heads = new Map(
    events.map(
      (e) =>
        [
          e.series.key,
          Object.fromEntries(LANGS.map((lang) => [lang, new Set(e.series.cues[lang].flatMap((cue) => inClasses(toStems(cue, lang), classes[lang]).slice(0, 1)))])) as Record<Lang, Set<string>>,
        ] as const,
    ),
  );
  const shapes = new Map(
    events.map((e) => {
      const said = actSeries(e.series, words);
      const byLang = Object.fromEntries(
        LANGS.map((lang) => [
          lang,
          said.cues[lang].map((cue) => ({
            names: relatedNames(cue, lang),
            numbers: numbersInOrder(toStems(cue, lang)).split(' ').filter(Boolean),
            agent: hasAny(foldSameLength(cue), words[lang].agents),
          })),
        ]),
      ) as Record<Lang, ActCue[]>;
      return [e.series.key, byLang] as const;
    }),
  );
  const roots = new Map(
    events.map(
      (e) =>
        [
          e.series.key,
          Object.fromEntries(LANGS.map((lang) => [lang, new Set(e.series.cues[lang].flatMap(writtenWords).map((word) => pastRoot(word, words[lang])))])) as Record<Lang, Set<string | null>>,
        ] as const,
    ),
  );
  const classed = (text: string, lang: Lang) => inClasses(toStems(text, lang), classes[lang]);
  // Each cue that says an event done, word by word as written and as its class reads each word.
  const doneCues = Object.fromEntries(
    LANGS.map((lang) => [
      lang,
      events.flatMap((e) =>
        actSeries(e.series, words).cues[lang].map((cue) => {
          const written = cue.split(/\s+/);
          return { written, stems: written.map((word) => classed(word, lang)[0]) };
        }),
      ),
    ]),
  ) as Record<Lang, { written: string[]; stems: (string | undefined)[] }[]>;
  const doerOf = (verb: string, name: string, lang: Lang): string | null => {
    const [act, object] = [classed(verb, lang)[0], classed(name, lang)[0]];
    if (!act || !object) return null;
    const doers = new Set<string>();
    for (const { written, stems } of doneCues[lang]) {
      const k = stems.indexOf(act);
      const doer = written.slice(0, k).join(' ');
      if (k > 0 && stems.slice(k + 1).find(Boolean) === object && relatedNames(doer, lang) !== '') doers.add(doer);
    }
    return doers.size === 1 ? [...doers][0]! : null;
  };
  return {
    doerOf,
    cueVerb: (key, word, lang) => {
      const root = pastRoot(word.normalize('NFC').toLowerCase(), words[lang]);
      return root !== null && !!roots.get(key)?.[lang].has(root);
    },
    seriesOf: (text, lang, allowed) => acts.seriesOf(text, lang, allowed),
    relatedNames,
    shapes: (key) => shapes.get(key),
    cueWords: (key) => cueWords.get(key),
    cueHeads: (key, lang) => heads.get(key)?.[lang],
  };
}
