/**
 * What the countries' names in a stem sequence say: which other countries it names, the
 * order the two countries come in, the first country named. Read with the anchors' phrase
 * index (engine/compiled-index.ts), by the engine on each sentence and, compiled ahead, on
 * each fact's typical claims (engine/compiled-verdicts.ts).
 */
import type { Anchor } from './compiled-index';
import type { Lang } from './schema';
import type { CaseReader } from './written-case';
import { type PhraseIndex, toStems } from './vocabulary';

export interface AnchorReaders {
  /** Other countries named in a stem sequence, canonical. */
  othersOf: (stems: readonly string[]) => string;
  /** The order the two countries are named in ("mx us", "us mx"): who does what to whom. */
  orderOf: (stems: readonly string[]) => string;
  /** The first country a text names other than the U.S.: "mx", "other", or "" for none. */
  /** The first of Mexico or another country a text names ('mx', 'other', ''); with `usIsOther`, the U.S. counts as another. */
  leadOf: (text: string, lang: Lang, usIsOther?: boolean) => string;
  /** The first country a text names: 'mx', 'us', 'other', or '' for none. */
  firstOf: (text: string, lang: Lang) => string;
}

/**
 * Whether the countries a passage named before a sentence that names none name Mexico as its unsaid subject: Mexico and no
 * third country, and, unless the U.S. may be named beside it (a measure of the pair), not the U.S. either.
 */
export function namesMexico(named: ReadonlySet<Anchor> | undefined, usToo: boolean): boolean {
  return !!named?.has('mx') && !named.has('other') && (usToo || !named.has('us'));
}

/** `seen`: the stems a text's anchors are read from (less names written in the wrong case, engine/written-case.ts). */
export function anchorReaders(anchors: PhraseIndex<Anchor>, seen: CaseReader = (_text, _lang, stems) => stems): AnchorReaders {
  const othersOf = (stems: readonly string[]) =>
    anchors
      .find(stems)
      .filter((h) => h.payload === 'other')
      .map((h) => stems.slice(h.at, h.at + h.length).join(' '))
      .sort()
      .join('|');
  const orderOf = (stems: readonly string[]) =>
    anchors
      .find(stems)
      .filter((h) => h.payload === 'mx' || h.payload === 'us')
      .sort((a, b) => a.at - b.at)
      .map((h) => h.payload)
      .filter((kind, i, all) => i === 0 || all[i - 1] !== kind)
      .join(' ');
  const firstAmong = (text: string, lang: Lang, kinds: readonly Anchor[]) => {
    const stems = seen(text, lang, toStems(text, lang));
    return anchors
      .find(stems)
      .filter((h) => kinds.includes(h.payload))
      .sort((a, b) => a.at - b.at)[0]?.payload;
  };
  const leadOf = (text: string, lang: Lang, usIsOther = false) => {
    const first = firstAmong(text, lang, usIsOther ? ['mx', 'other', 'us'] : ['mx', 'other']);
    return first === 'us' ? 'other' : (first ?? '');
  };
  const firstOf = (text: string, lang: Lang) => firstAmong(text, lang, ['mx', 'us', 'other']) ?? '';
  return { othersOf, orderOf, leadOf, firstOf };
}
