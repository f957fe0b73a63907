/**
 * The countries a sentence names: Mexico, the United States, the two together (bilateral
 * words, "NAFTA", "the border"), or another country. Every claim Puente reads is anchored
 * here first; the words come from the language packs.
 */
import type { LangWords } from './knowledge/schema';
import { LANGS } from './knowledge/lang';
import type { Lang } from './schema';
import { addPhrasesOnce, PhraseIndex } from './vocabulary';

export type Anchor = 'mx' | 'us' | 'bi' | 'other';
export type Named = Record<Anchor, boolean>;

export interface CountryAnchors {
  /** The first stems of every anchor phrase (digits left out): the countries' own words, which match no fact. */
  readonly anchorStems: ReadonlySet<string>;
  firstStems(): Iterable<string>;
  /** The countries the stems name, with the anchors only the sentence's own language uses. */
  named(stems: readonly string[], lang: Lang): Named;
  /** Marks the countries the stems name (after spelling repair) in `found`. */
  nameAgain(stems: readonly string[], found: Named): void;
  /** In English, "we trade with Mexico" / "Mexico sends us" is the U.S. speaking. */
  speakerSide(sentence: string, lang: Lang, found: Named): void;
  /** A bilateral anchor that only the U.S.–Mexico relationship has (NAFTA, the 1944 treaty), not one any two countries share. */
  specificBilateral(stems: readonly string[]): boolean;
  /** The other countries the stems name, as one key. */
  othersOf(stems: readonly string[]): string;
  /** The order Mexico and the U.S. are named in ("mx us"): who sends to whom. */
  orderOf(stems: readonly string[]): string;
}

export function buildCountryAnchors(langs: Record<Lang, LangWords>): CountryAnchors {
  const anchors = new PhraseIndex<Anchor>();
  for (const kind of ['mx', 'us', 'bi', 'other'] as const)
    addPhrasesOnce(
      anchors,
      LANGS.map((lang) => [lang, langs[lang].anchors[kind]]),
      kind,
    );
  const genericBi = new PhraseIndex<true>();
  addPhrasesOnce(
    genericBi,
    LANGS.map((lang) => [lang, langs[lang].genericBilateral]),
    true,
  );
  // Anchors a language's own speakers use: read only in a sentence in that language.
  const anchorsIn = new Map<Lang, PhraseIndex<Anchor>>();
  for (const lang of LANGS) {
    const index = new PhraseIndex<Anchor>();
    for (const kind of ['mx', 'us', 'bi'] as const) addPhrasesOnce(index, [[lang, langs[lang].anchorsInLanguage[kind]]], kind);
    anchorsIn.set(lang, index);
  }
  const speakers = new Map<Lang, { side: 'mx' | 'us'; re: RegExp }>();
  for (const lang of LANGS) {
    const s = langs[lang].speakerSide;
    if (s) speakers.set(lang, { side: s.side, re: new RegExp(s.pattern, 'i') });
  }
  const anchorStems = new Set<string>([...anchors.firstStems()].filter((st) => !/\d/.test(st)));

  const nameAgain = (stems: readonly string[], found: Named) => {
    for (const h of anchors.find(stems)) found[h.payload] = true;
  };
  return {
    anchorStems,
    firstStems: () => anchors.firstStems(),
    named(stems, lang) {
      const found = { mx: false, us: false, bi: false, other: false };
      nameAgain(stems, found);
      for (const h of anchorsIn.get(lang)!.find(stems)) found[h.payload] = true;
      return found;
    },
    nameAgain,
    speakerSide(sentence, lang, found) {
      const speaker = speakers.get(lang);
      if (speaker && found.mx && !found[speaker.side] && speaker.re.test(sentence)) found[speaker.side] = true;
    },
    specificBilateral(stems) {
      const generic = new Set(genericBi.find(stems).map((h) => h.at));
      return anchors.find(stems).some((h) => h.payload === 'bi' && !generic.has(h.at));
    },
    othersOf: (stems) =>
      anchors
        .find(stems)
        .filter((h) => h.payload === 'other')
        .map((h) => stems.slice(h.at, h.at + h.length).join(' '))
        .sort()
        .join('|'),
    orderOf: (stems) =>
      anchors
        .find(stems)
        .filter((h) => h.payload === 'mx' || h.payload === 'us')
        .sort((a, b) => a.at - b.at)
        .map((h) => h.payload)
        .filter((kind, i, all) => i === 0 || all[i - 1] !== kind)
        .join(' '),
  };
}
