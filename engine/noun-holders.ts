/**
 * Whose thing a noun is, as a country's name right after a word of its field says ("consulados de EU", "consulates of
 * Mexico"). A series' cues say whose some of their nouns are; a sentence that gives one of those nouns another holder
 * speaks of another measure ("México tiene nueve consulados de EU en su territorio" counts the U.S.'s consulates, not
 * Mexico's).
 */
import type { AnchorReaders } from './anchor-readers';
import type { Lang, Series } from './schema';
import type { VerdictWords } from './verdict-words';
import { toStems } from './vocabulary';
import { foldSameLength } from './word-lists';

/** Words of a name read after a word of a noun's field ("United States", "Estados Unidos de América"). */
const NAME_REACH = 3;

export interface NounHolderDeps extends Pick<AnchorReaders, 'orderOf' | 'firstOf'> {
  words: Record<Lang, VerdictWords>;
}

const plain = (word: string) =>
  foldSameLength(word)
    .toLowerCase()
    .replace(/^[("“«¿¡]+|[)"”»,;:.!?]+$/g, '');
const capitalized = (word: string) => /^[("“«]?\p{Lu}/u.test(word);

export function nounHolders(deps: NounHolderDeps): (series: Series, sentence: string, lang: Lang) => boolean {
  // Words that are no noun of a measure: verbs, particles, determiners and peoples, per language, read once.
  const notNouns = Object.fromEntries(
    (Object.keys(deps.words) as Lang[]).map((lang) => {
      const w = deps.words[lang];
      return [
        lang,
        new Set(
          [
            ...w.verbs,
            ...w.auxiliaries,
            ...w.copulas,
            ...w.passive,
            ...w.sendVerbs,
            ...w.receiveVerbs,
            ...w.recordVerbs,
            ...w.deployVerbs,
            ...w.determiners,
            ...w.fieldOf,
            ...w.placeIn,
            ...w.toward,
            ...w.awayFrom,
            ...w.partnerOf,
            ...w.peoples,
          ].map(plain),
        ),
      ];
    }),
  ) as Record<Lang, Set<string>>;

  /** The one country a run of words names, or '' where it names none or a pair ("U.S.-Mexico"). */
  function oneCountry(words: readonly string[], lang: Lang): string {
    const text = words.join(' ');
    if (deps.orderOf(toStems(text, lang)).includes(' ')) return '';
    return deps.firstOf(text, lang);
  }

  /**
   * The country a name that opens at word j names, read from its shortest opening that names one. A people there names
   * persons, who may be whom a thing is of as well as whose it is ("the opinion of Americans"), so no holder.
   */
  function nameFrom(words: readonly string[], j: number, lang: Lang): string {
    if (!capitalized(words[j] ?? '') || deps.words[lang].peoples.includes(plain(words[j]!))) return '';
    for (let n = 1; n <= NAME_REACH && j + n <= words.length; n++) {
      const named = oneCountry(words.slice(j, j + n), lang);
      if (named) return named;
      if (/[,;:]$/.test(words[j + n - 1]!)) break;
    }
    return '';
  }

  /**
   * Whose the noun at word k is, as a name right after a word of its field says ("consulados de EU", "consulates of
   * Mexico", an article aside); '' where none is said so. A people's word or a name before a noun is left unread: it
   * says where a thing comes from as often as whose it is ("Mexican goods", "autopartes mexicanas", "U.S. imports").
   */
  function holderAt(words: readonly string[], k: number, lang: Lang): string {
    const w = deps.words[lang];
    // "entre Brownsville y Matamoros", "between": a pair is no holder.
    const particle = plain(words[k + 1] ?? '');
    if (/[,;:.!?)]$/.test(words[k]!) || !w.fieldOf.includes(particle) || w.rangeFrom.includes(particle)) return '';
    let j = k + 2;
    while (j < words.length && w.determiners.includes(plain(words[j]!))) j++;
    return nameFrom(words, j, lang);
  }

  /** The holders said of each noun in a text: its stem, and whose it is. */
  function holdersIn(text: string, lang: Lang): [string, string][] {
    const words = text.split(/\s+/).filter(Boolean);
    const held: [string, string][] = [];
    words.forEach((word, k) => {
      const bare = plain(word);
      if (!/^\p{Ll}{3,}$/u.test(bare) || !/^[("“«]?\p{Ll}/u.test(word) || notNouns[lang].has(bare) || deps.firstOf(bare, lang)) return;
      const stem = toStems(bare, lang)[0];
      const holder = stem ? holderAt(words, k, lang) : '';
      if (stem && holder) held.push([stem, holder]);
    });
    return held;
  }

  // Read per series: each noun of its cues and the holders the cues give it.
  const cueHolders = new Map<Series, Map<Lang, Map<string, Set<string>>>>();
  function holdersOf(series: Series, lang: Lang): Map<string, Set<string>> {
    let byLang = cueHolders.get(series);
    if (!byLang) {
      byLang = new Map(
        (Object.keys(series.cues) as Lang[]).map((l) => {
          const map = new Map<string, Set<string>>();
          for (const cue of series.cues[l]) for (const [stem, holder] of holdersIn(cue, l)) map.set(stem, (map.get(stem) ?? new Set()).add(holder));
          return [l, map];
        }),
      );
      cueHolders.set(series, byLang);
    }
    return byLang.get(lang) ?? new Map();
  }

  // A sentence's clause is read against each series bound in it: its holders are read once, for the last clause asked of.
  let last: { text: string; lang: Lang; held: [string, string][] } | null = null;
  const heldIn = (text: string, lang: Lang) => {
    if (last?.text !== text || last.lang !== lang) last = { text, lang, held: holdersIn(text, lang) };
    return last.held;
  };

  /** Whether the text gives a noun of the series' cues a holder none of those cues gives it. */
  return (series, text, lang) => {
    const cues = holdersOf(series, lang);
    if (!cues.size) return false;
    return heldIn(text, lang).some(([stem, holder]) => {
      const own = cues.get(stem);
      return !!own && !own.has(holder);
    });
  };
}
