/**
 * Whether a number bound to a series is that series' own measure as the sentence says it: whose
 * ordering a position is, which public a poll asks, which way a flow goes, whose people a count
 * counts. The verdict step and the reply assistant's figure check share it, so a card and a
 * draft's warning read a sentence alike.
 */
import type { AnchorReaders } from './anchor-readers';
import type { Binding } from './measures';
import { escapeRegExp } from './regex';
import type { Lang, Series } from './schema';
import type { VerdictWords } from './verdict-words';
import { toStems } from './vocabulary';
import { findAll, foldSameLength } from './word-lists';

export interface OwnMeasureDeps extends Pick<AnchorReaders, 'orderOf' | 'leadOf' | 'firstOf'> {
  words: Record<Lang, VerdictWords>;
}

/** The sentence a number was said in: its text, language and the other countries it names. */
export interface Said {
  sentence: string;
  lang: Lang;
  /** Other countries the sentence names, as one canonical string ("" for none). */
  others: string;
}

export function ownMeasureReader(deps: OwnMeasureDeps): (said: Said, b: Binding) => boolean {
  /**
   * Every position the record holds is Mexico's (among the U.S.'s partners, the world's
   * economies). With another country named, the position is Mexico's only when Mexico is the
   * first country its clause names before it ("Mexico overtook Canada as the top buyer"), or,
   * with none before, after it ("the top buyer is now Mexico, ahead of Canada"); the U.S. is
   * the one ranking, not ranked, except in a field that holds it too (the world's economies).
   * "China, not Mexico, remains the main source" is China's. A measure every country has
   * (series.anyCountry) is read the same way, whatever its unit.
   */
  function rankedIsMexico(said: Said, b: Binding): boolean {
    const [from, to] = b.clause;
    const usIsOther = b.entry.series.anyCountry === true;
    const lead = deps.leadOf(said.sentence.slice(from, b.quantity.start), said.lang, usIsOther) || deps.leadOf(said.sentence.slice(b.quantity.start, to), said.lang, usIsOther);
    return lead === 'mx';
  }

  /**
   * The country whose ordering a position is, when the clause names one: the name right before a
   * possessive mark ("Mexico's second-largest trading partner", "the U.S.' top supplier") or the one
   * after the position's words and a word of its field ("el tercer socio comercial de Canadá").
   * 'mx' or 'other' for a country other than the U.S.; '' for the U.S. or none said.
   */
  function ownerOf(said: Said, b: Binding): string {
    const w = deps.words[said.lang];
    const folded = foldSameLength(said.sentence);
    const [from, to] = b.clause;
    // Up to the position's own word: a position is read with its owner ("Mexico's largest").
    const before = folded.slice(from, b.quantity.end);
    for (const mark of w.possessive) {
      const m = new RegExp(`(\\S+(?:\\s+\\S+){0,2})${escapeRegExp(mark)}\\s+(?:[\\p{L}.-]+\\s+)?[\\p{L}\\d.-]+$`, 'u').exec(before);
      if (!m) continue;
      // The nearest name owns it: "Mexico, the U.S.' largest partner" is the U.S.'s.
      const words = said.sentence.slice(from + m.index, from + m.index + m[1]!.length).split(/\s+/);
      for (let k = 1; k <= words.length; k++) {
        const owner = deps.firstOf(words.slice(-k).join(' '), said.lang);
        if (owner) return owner === 'us' ? '' : owner;
      }
    }
    if (!w.fieldOf.length) return '';
    const after = new RegExp(`^\\s*(?:[^\\s,;:]+\\s+){0,3}?(?:${w.fieldOf.map(escapeRegExp).join('|')})\\s+`, 'u').exec(folded.slice(b.quantity.end, to));
    if (!after) return '';
    const start = b.quantity.end + after[0].length;
    const owner = deps.firstOf(said.sentence.slice(start, to), said.lang);
    return owner === 'us' ? '' : owner;
  }

  /**
   * The order in which a series' cues name the two countries ("Americans consider Mexico an
   * ally": "us mx"), when every cue naming both agrees; null otherwise. A poll of one public
   * about the other is not the other's poll.
   */
  const seriesOrders = new Map<string, string | null>();
  function seriesOrder(series: Series): string | null {
    if (seriesOrders.has(series.key)) return seriesOrders.get(series.key)!;
    const orders = new Set((Object.keys(series.cues) as Lang[]).flatMap((lang) => series.cues[lang].map((cue) => deps.orderOf(toStems(cue, lang)))).filter((o) => o === 'us mx' || o === 'mx us'));
    const order = orders.size === 1 ? [...orders][0]! : null;
    seriesOrders.set(series.key, order);
    return order;
  }

  /** The number's clause names the two countries the other way round from its series ("30% of Mexicans consider the U.S. an ally"). */
  function reversed(said: Said, b: Binding): boolean {
    const order = seriesOrder(b.entry.series);
    if (!order) return false;
    const named = deps.orderOf(toStems(said.sentence.slice(b.clause[0], b.clause[1]), said.lang));
    return named === order.split(' ').reverse().join(' ');
  }

  /**
   * A flow said the other way round: the series' direction names its way ("us-to-mx": Colorado River
   * water the U.S. delivers), and the number's clause names the other country right after a particle
   * of direction ("Mexico must deliver … to the U.S.", "desde Estados Unidos" for a flow from Mexico).
   */
  function turnedRound(said: Said, b: Binding): boolean {
    const way = /^(mx|us)-to-(mx|us)$/.exec(b.entry.series.direction ?? '');
    if (!way) return false;
    const w = deps.words[said.lang];
    const [from, to] = b.clause;
    const clause = foldSameLength(said.sentence.slice(from, to));
    for (const [particles, side] of [
      [w.toward, way[2]],
      [w.awayFrom, way[1]],
    ] as const) {
      for (const hit of findAll(clause, particles)) {
        // The name right after the particle (its first words): "to the United States and Canada" is the U.S.
        const next = said.sentence
          .slice(from + hit.end, to)
          .trim()
          .split(/\s+/)
          .slice(0, 4)
          .join(' ');
        const named = deps.firstOf(next, said.lang);
        if ((named === 'mx' || named === 'us') && named !== side) return true;
      }
    }
    return false;
  }

  /**
   * A number of people said of one country's people ("80,000 Mexicans died of overdoses") is not a
   * series whose cues never name that people (the U.S.'s overdose deaths): the noun right after a
   * count says whom it counts.
   */
  function otherPeople(said: Said, b: Binding): boolean {
    if (b.quantity.unit !== 'people' && b.quantity.unit !== 'count' && b.quantity.unit !== null) return false;
    const next = said.sentence.slice(b.quantity.end).trim().split(/\s+/)[0] ?? '';
    const named = deps.firstOf(next, said.lang);
    if (named !== 'mx' && named !== 'us') return false;
    return !toStems(next, said.lang).some((s) => b.entry.cueStems.has(s));
  }

  /** Whether a bound number is its series' own measure as the sentence says it: whose, which way, of whom. */
  function ownMeasure(said: Said, b: Binding): boolean {
    const mexicos = (!b.entry.series.anyCountry && (b.quantity.unit !== 'rank' || !said.others)) || rankedIsMexico(said, b);
    const ownOrdering = b.quantity.unit !== 'rank' || !ownerOf(said, b);
    return mexicos && ownOrdering && !reversed(said, b) && !turnedRound(said, b) && !otherPeople(said, b);
  }

  return ownMeasure;
}
