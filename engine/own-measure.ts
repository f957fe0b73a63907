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
import { cueClassMaps, inClasses, particleMaps } from './measure-cues';
import { connectives } from './number-stretch';
import { amongFirstFrom } from './numbers';
import { bareVerb } from './measures';
import { placeTaker } from './place-taker';
import { nounHolders } from './noun-holders';
import { toMarkedStems, toStems } from './vocabulary';
import { findAll, foldSameLength, hasAny } from './word-lists';

/** Words after a number in which a word of its field and another country's name say whose field it is ("23% of Canada's immigrants"). */
const FIELD_REACH = 6;
/** Words after "between" / "entre" in which the two names of a relation are read. */
const BETWEEN_REACH = 8;
/** Words before a verb of sending or receiving that may hold its subject ("last year the United States"). */
const SUBJECT_REACH = 5;
/** Words after a word of correction in which the country it gives a position to is named ("it's China", "es China", "it is China"). */
const CORRECTION_REACH = 2;
/** Words right after a particle ("in", "to", "of") that are read as what it names ("in the U.S.", "a América Latina"). */
const AFTER_PARTICLE = 2;

/** Whether a word of the list stands in the words with what its next few words name meeting the test ("in Mexico", "de mexicanos"). */
function namedAfter(words: readonly string[], list: readonly string[] | ReadonlySet<string>, test: (next: string) => boolean): boolean {
  const has = (word: string) => (Array.isArray(list) ? list.includes(word) : (list as ReadonlySet<string>).has(word));
  return words.some((word, k) => has(foldSameLength(word).toLowerCase()) && test(words.slice(k + 1, k + 1 + AFTER_PARTICLE).join(' ')));
}

/** Words after an ordering's owner in which another country joined to it by a word of addition shares the ordering ("of the U.S. and Canada"). */
const JOINED_REACH = 4;

/** A comma and an "and" (", and", ", y"): where a sentence joins one clause to another. */
const JOINED = new RegExp(`,\\s(?:${connectives('and')})\\s`, 'gi');

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

/** A series' direction that is a flow's way, from one side to the other ("mx-to-us"); polls' directions say who views whom. */
const FLOW = /^(mx|us|world)-to-(mx|us|world)$/;

/** A flow into Mexico from the U.S. or the world (remittances, investment): the U.S. named beside it is its sender. */
function sentToMexico(b: Binding): boolean {
  const way = FLOW.exec(b.entry.series.direction ?? '');
  return !!way && way[1] !== 'mx' && way[2] === 'mx';
}

/** Words before a place in which the people it is said of stand ("los mexicanos que viven en", "Mexican workers in"). */
const PEOPLE_REACH = 3;

/**
 * Whether the word at k is a particle of place said of people: a noun of people (`originNouns`: "migrantes", "workers") or a
 * people said as a noun (`peoples` opening the clause or after a determiner: "los paisanos", "Mexicans"), within a few words
 * before it. A people said as an adjective of a thing ("empresas mexicanas en EE.UU.") is not: the thing is what is placed.
 */
function livesIn(words: readonly string[], k: number, w: VerdictWords): boolean {
  const plain = (word: string | undefined) =>
    foldSameLength(word ?? '')
      .toLowerCase()
      .replace(/[,;:.]+$/, '');
  if (!w.placeIn.includes(plain(words[k]))) return false;
  for (let j = Math.max(0, k - PEOPLE_REACH); j < k; j++) {
    const word = plain(words[j]);
    if (w.originNouns.includes(word)) return true;
    if (w.peoples.includes(word) && (j === 0 || w.determiners.includes(plain(words[j - 1])))) return true;
  }
  return false;
}

export function ownMeasureReader(deps: OwnMeasureDeps): ((said: Said, b: Binding) => boolean) & { rivalRanked: (said: Said, b: Binding) => boolean; namelessOwn: (said: Said, b: Binding) => boolean } {
  const regionStems = Object.fromEntries((Object.keys(deps.words) as Lang[]).map((lang) => [lang, new Set(deps.words[lang].regions.flatMap((r) => toStems(r, lang)))])) as Record<Lang, Set<string>>;
  const particles = particleMaps(deps.words);
  const classes = cueClassMaps(deps.words);
  // The particles a region is named after as a flow's end or place ("to Latin America", "con Europa"), per language, read once.
  const regionParticles = Object.fromEntries(
    (Object.keys(deps.words) as Lang[]).map((lang) => {
      const w = deps.words[lang];
      return [lang, new Set([...w.toward, ...w.awayFrom, ...w.placeIn, ...w.partnerOf])];
    }),
  ) as Record<Lang, Set<string>>;
  // The words of place as particles, so a name right after one is marked as the place ("en EE.UU.").
  const placeMarks = (lang: Lang): Record<string, string> => Object.fromEntries(deps.words[lang].placeIn.map((w) => [w, 'in']));
  const heldOtherwise = nounHolders(deps);

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
    // "Instead of Mexico, China is the top partner": a name set aside is not the one ranked, and which is, is left in doubt.
    if (findAll(foldSameLength(said.sentence), deps.words[said.lang].substitution).length > 0) return false;
    const [from, to] = b.clause;
    // A place taken in the passive or lost is the taker's, whoever the subject ("Canada was overtaken by Mexico as the top buyer").
    const taker = placeTaker(said.sentence, b.clause, b.quantity, deps.words[said.lang], (text) => deps.firstOf(text, said.lang));
    if (taker !== null) return taker === 'mx';
    // The U.S. named beside a flow into Mexico from it or the world is where the flow comes from, not another receiver.
    const usIsOther = b.entry.series.anyCountry === true && !sentToMexico(b);
    // "Many think Mexico is the top partner, but it's China": a later clause that sets the record straight with another country's name corrects the position.
    if (correctedTo(said, to, usIsOther)) return false;
    // "Mexico is the top partner, and Canada is the largest market": another country named after a word of addition, before the position, leads its own clause.
    // Names joined after a verb of taking another's place are its objects ("Mexico surpassed Canada and China as the top
    // partner"), unless the join opens a clause of its own ("Mexico overtook China, and Canada is the top partner").
    const w = deps.words[said.lang];
    const lead = foldSameLength(said.sentence.slice(from, b.quantity.start));
    const taken = findAll(lead, w.overtake)[0];
    const objects = (hit: { at: number; end: number }) => !!taken && hit.at > taken.end && !/,\s*$/.test(lead.slice(0, hit.at)) && !hasAny(lead.slice(hit.end), w.copulas);
    const joins = findAll(lead, w.addition).filter((hit) => !objects(hit));
    if (joins.length && !['', 'mx'].includes(deps.leadOf(said.sentence.slice(from + joins.at(-1)!.end, b.quantity.start), said.lang, usIsOther))) return false;
    const ranked = deps.leadOf(said.sentence.slice(from, b.quantity.start), said.lang, usIsOther) || deps.leadOf(said.sentence.slice(b.quantity.start, to), said.lang, usIsOther);
    return ranked === 'mx';
  }

  /** Whether a word of correction after the position's clause stands right before another country's name (within two words: "…, but it's China", "…, pero en realidad es China"). */
  function correctedTo(said: Said, clauseEnd: number, usIsOther: boolean): boolean {
    const rest = said.sentence.slice(clauseEnd);
    return findAll(foldSameLength(rest), deps.words[said.lang].correction).some((hit) => {
      const next = rest.slice(hit.end).trim().split(/\s+/).slice(0, CORRECTION_REACH).join(' ');
      return deps.leadOf(next, said.lang, usIsOther) === 'other';
    });
  }

  /**
   * The country whose ordering a position is, when the clause names one: the name right before a
   * possessive mark ("Mexico's second-largest trading partner", "the U.S.' top supplier") or the one
   * after the position's words and a word of its field ("el tercer socio comercial de Canadá").
   * 'mx' or 'other' for a country other than the U.S.; '' for the U.S. or none said.
   */
  // A possessive mark right before a position ("Mexico's largest"), and a word of its field after it ("socio de"), per language.
  const ownerPatterns = Object.fromEntries(
    (Object.keys(deps.words) as Lang[]).map((lang) => {
      const w = deps.words[lang];
      return [
        lang,
        {
          possessive: w.possessive.map((mark) => new RegExp(`(\\S+(?:\\s+\\S+){0,2})${escapeRegExp(mark)}\\s+(?:[\\p{L}.-]+\\s+)?[\\p{L}\\d.-]+$`, 'u')),
          field: w.fieldOf.length ? new RegExp(`^\\s*(?:[^\\s,;:]+\\s+){0,3}?(?:${w.fieldOf.map(escapeRegExp).join('|')})\\s+`, 'u') : null,
        },
      ];
    }),
  ) as Record<Lang, { possessive: RegExp[]; field: RegExp | null }>;

  function ownerOf(said: Said, b: Binding): string {
    const patterns = ownerPatterns[said.lang];
    const folded = foldSameLength(said.sentence);
    const [from, to] = b.clause;
    // Up to the position's own word: a position is read with its owner ("Mexico's largest").
    const before = folded.slice(from, b.quantity.end);
    for (const possessive of patterns.possessive) {
      const m = possessive.exec(before);
      if (!m) continue;
      // The nearest name owns it: "Mexico, the U.S.' largest partner" is the U.S.'s.
      const words = said.sentence.slice(from + m.index, from + m.index + m[1]!.length).split(/\s+/);
      for (let k = 1; k <= words.length; k++) {
        const owner = deps.firstOf(words.slice(-k).join(' '), said.lang);
        if (owner) return owner === 'us' ? '' : owner;
      }
    }
    if (!patterns.field) return '';
    const after = patterns.field.exec(folded.slice(b.quantity.end, to));
    if (!after) return '';
    const start = b.quantity.end + after[0].length;
    // A region named right there ("la segunda economía de América Latina") owns the ordering too.
    const head = toStems(said.sentence.slice(start, to).trim().split(/\s+/).slice(0, 2).join(' '), said.lang)[0];
    if (head && regionStems[said.lang].has(head) && !b.entry.cueStems.has(head)) return 'other';
    const owner = deps.firstOf(said.sentence.slice(start, to), said.lang);
    if (owner !== 'us') return owner;
    // "The largest trading partner of the U.S. and Canada" ranks Mexico in Canada's ordering too, which no record of the U.S.'s settles.
    const rest = said.sentence
      .slice(start, to)
      // Within the owner's own words: "…de EE.UU., después de Canadá y China" names those ahead of it, not another owner.
      .split(/[,;:()]/)[0]!
      .trim()
      .split(/\s+/)
      .slice(0, JOINED_REACH + 2)
      .join(' ');
    const joined = findAll(foldSameLength(rest), deps.words[said.lang].addition).some((hit) => deps.firstOf(rest.slice(hit.end).trim().split(/\s+/).slice(0, 3).join(' '), said.lang) !== '');
    return joined ? 'other' : '';
  }

  /**
   * The order in which a series' cues name the two countries ("Americans consider Mexico an
   * ally": "us mx"), when every cue naming both agrees; null otherwise. A poll of one public
   * about the other is not the other's poll.
   */
  // Read per series, not per key: two facts may each hold a series of one measure (one key) with cues of their own.
  const seriesOrders = new Map<Series, string | null>();
  function seriesOrder(series: Series): string | null {
    if (seriesOrders.has(series)) return seriesOrders.get(series)!;
    const orders = new Set((Object.keys(series.cues) as Lang[]).flatMap((lang) => series.cues[lang].map((cue) => deps.orderOf(toStems(cue, lang)))).filter((o) => o === 'us mx' || o === 'mx us'));
    const order = orders.size === 1 ? [...orders][0]! : null;
    seriesOrders.set(series, order);
    return order;
  }

  /**
   * The one country a series' cues name, when every cue naming a country names that one alone
   * ("of fentanyl smugglers are U.S. citizens": 'us'); '' otherwise.
   */
  const seriesSides = new Map<Series, string>();
  function seriesSide(series: Series): string {
    if (seriesSides.has(series)) return seriesSides.get(series)!;
    const orders = new Set((Object.keys(series.cues) as Lang[]).flatMap((lang) => series.cues[lang].map((cue) => deps.orderOf(toStems(cue, lang)))).filter(Boolean));
    const side = orders.size === 1 && (orders.has('us') || orders.has('mx')) ? [...orders][0]! : '';
    seriesSides.set(series, side);
    return side;
  }

  /** Whether a cue of the series names the country as the place it is counted in ("FDI in Mexico"). */
  function placedCue(series: Series, country: string): boolean {
    return (Object.keys(series.cues) as Lang[]).some((lang) =>
      series.cues[lang].some((cue) => {
        return namedAfter(cue.split(/\s+/), deps.words[lang].placeIn, (next) => deps.firstOf(next, lang) === country);
      }),
    );
  }

  /**
   * A share said of the other country than the one its series' cues name: the number's clause names only that one
   * ("89% of convicted fentanyl traffickers are Mexican citizens" for U.S. citizens). Where a flow comes from is no
   * owner ("remittances sent from the U.S. equal 3.4% of GDP"); a name after "to" / "a" is kept, as "a" may be a
   * personal "a" ("consideran a México").
   */
  function otherSide(said: Said, b: Binding): boolean {
    const side = seriesSide(b.entry.series);
    if (!side) return false;
    const other = side === 'us' ? 'mx' : 'us';
    const clause = said.sentence.slice(b.clause[0], b.clause[1]);
    const words = clause.split(/\s+/);
    // Of a flow into Mexico, a place said of the people who move it ("los mexicanos en Estados Unidos enviaron", "migrants in
    // the U.S. sent") is where its senders live, not the place it is counted in.
    const places = sentToMexico(b) ? words.map((word, k) => (livesIn(words, k, deps.words[said.lang]) ? '' : word)) : words;
    const placed = (country: string) => namedAfter(places, deps.words[said.lang].placeIn, (next) => deps.firstOf(next, said.lang) === country);
    // The place a measure is counted in, said the other way round from its cues ("Mexican FDI in the U.S." for "FDI in Mexico").
    if (b.quantity.unit !== 'percent' && placed(other) && !placed(side) && placedCue(b.entry.series, side)) return true;
    const { stems, marks } = toMarkedStems(clause, said.lang, particles[said.lang]);
    if (b.quantity.unit === 'percent') {
      // The place a share is counted in is no owner either ("la mayoría de los sentenciados en EE.UU. son mexicanos"),
      // unless the series' own cues say its country so ("little or no confidence in Trump").
      const inPlace = placedCue(b.entry.series, side) ? [] : toMarkedStems(clause, said.lang, placeMarks(said.lang)).marks;
      return deps.orderOf(stems.filter((_, k) => marks[k] !== 'from' && inPlace[k] !== 'in')) === other;
    }
    if (deps.orderOf(stems.filter((_, k) => marks[k] !== 'from')) !== other) return false;
    // A count or an amount only where the other country is the place it is counted in ("overdose deaths in Mexico"),
    // or the one that records it ("Mexico recorded 33,550 overdose deaths").
    return placed(other) || recordedBy(said, b, other);
  }

  /** Whether a cue of the series names a third country ("trade with Canada"), so that naming one is no sign of another measure. */
  const namesThird = new Map<Series, boolean>();
  function seriesNamesThird(series: Series): boolean {
    if (!namesThird.has(series))
      namesThird.set(
        series,
        (Object.keys(series.cues) as Lang[]).some((lang) => series.cues[lang].some((cue) => deps.firstOf(cue, lang) === 'other')),
      );
    return namesThird.get(series)!;
  }

  /**
   * A count, an amount or a share whose clause names only a third country, and neither Mexico nor the U.S., or names
   * one as the subject of a verb of recording, is that country's ("Canada deployed 10,000 troops to the southern border", "96% of the fentanyl Canada seized"), unless its
   * series is about a third country itself or about any country; a rank is read by rankedIsMexico.
   */
  function thirdCountrys(said: Said, b: Binding): boolean {
    if (b.quantity.unit === 'rank' || b.entry.series.anyCountry || seriesNamesThird(b.entry.series)) return false;
    const clause = said.sentence.slice(b.clause[0], b.clause[1]);
    // Or the one that records it, named beside Mexico ("the fentanyl Canada seized at the Mexican border").
    if ((deps.firstOf(clause, said.lang) === 'other' && !deps.orderOf(toStems(clause, said.lang))) || recordedBy(said, b, 'other')) return true;
    // Or the one its things come from, where the series' own words say one of the two ("70% of traced guns in Mexico come from China").
    return seriesFrom(b.entry.series) && fromAfter(clause, said.lang).includes('other');
  }

  /** The countries named right after a word of origin ("from", "vienen de") in a text. */
  function fromAfter(text: string, lang: Lang): string[] {
    return findAll(foldSameLength(text), deps.words[lang].awayFrom).map((hit) => deps.firstOf(text.slice(hit.end).trim().split(/\s+/).slice(0, 4).join(' '), lang));
  }

  /** Whether a cue of the series says its things come from one of the two countries ("of traced guns came from the U.S."). */
  const fromCues = new Map<Series, boolean>();
  function seriesFrom(series: Series): boolean {
    if (!fromCues.has(series))
      fromCues.set(
        series,
        (Object.keys(series.cues) as Lang[]).some((lang) => series.cues[lang].some((cue) => fromAfter(cue, lang).some((c) => c === 'us' || c === 'mx'))),
      );
    return fromCues.get(series)!;
  }

  // Verbs whose subject is the country a count is kept by: recording, sending, deploying (one list per language, kept for findAll).
  const actorVerbs = Object.fromEntries(
    (Object.keys(deps.words) as Lang[]).map((lang) => [lang, [...deps.words[lang].recordVerbs, ...deps.words[lang].sendVerbs, ...deps.words[lang].deployVerbs]]),
  ) as Record<Lang, string[]>;

  /**
   * Whether the country is the subject of a verb of recording, sending or deploying in the number's clause ("Mexico
   * recorded", "Mexico deployed", "registró México").
   */
  function recordedBy(said: Said, b: Binding, country: string): boolean {
    const [from, to] = b.clause;
    const clause = foldSameLength(said.sentence.slice(from, to));
    return findAll(clause, actorVerbs[said.lang]).some((hit) => {
      // Its subject before it, or, with none there, right after it ("el fentanilo que incautó Canadá").
      const subject = subjectOf(said, said.sentence.slice(from, from + hit.at));
      return (subject || subjectAfter(said, said.sentence.slice(from + hit.end, to))) === country;
    });
  }

  /** The number's clause names the two countries the other way round from its series ("30% of Mexicans consider the U.S. an ally"). */
  function reversed(said: Said, b: Binding): boolean {
    const order = seriesOrder(b.entry.series);
    if (!order) return false;
    const clause = said.sentence.slice(b.clause[0], b.clause[1]);
    // A share of a flow is of the whole named after it ("15.7% of U.S. imports", "el 15.7% de las importaciones de México"):
    // a country named there, before any word of the flow's way ("come from Mexico", "provienen de Estados Unidos" name its
    // ends), is the whole's, the first its series' cues name, whatever the clause names before the share.
    const ends = FLOW.exec(b.entry.series.direction ?? '');
    if (b.quantity.unit === 'percent' && ends) {
      const rest = said.sentence.slice(b.quantity.end, b.clause[1]);
      const w = deps.words[said.lang];
      const way = findAll(foldSameLength(rest), [...w.toward, ...w.awayFrom])[0];
      const after = deps.orderOf(toStems(rest.slice(0, way?.at), said.lang));
      if (after) return after.split(' ')[0] !== order.split(' ')[0];
      // "…, que en más del 95% provienen de Estados Unidos, …": the share's own way names the flow's own end, so the order the
      // clause names the two countries in further on ("…, según el Banco de México") says nothing of its way.
      const end = way && (w.awayFrom.includes(way.word) ? ends[1] : ends[2]);
      if (
        way &&
        deps.firstOf(
          rest
            .slice(way.end)
            .split(/[,;:]/)[0]!
            .trim()
            .split(/\s+/)
            .slice(0, AFTER_PARTICLE + 2)
            .join(' '),
          said.lang,
        ) === end
      )
        return false;
    }
    const turned = order.split(' ').reverse().join(' ');
    const named = deps.orderOf(toStems(clause, said.lang));
    // "Unfavorable views of the U.S. rose in Mexico": a country said as the place, where no cue of the series says one, is the
    // public measured, whichever name comes first.
    const words = clause.split(/\s+/);
    const placed = ['us', 'mx'].find((country) => namedAfter(words, deps.words[said.lang].placeIn, (next) => deps.firstOf(next, said.lang) === country));
    if (placed && named.includes(' ') && !['us', 'mx'].some((country) => placedCue(b.entry.series, country))) return `${placed} ${placed === 'us' ? 'mx' : 'us'}` === turned;
    return named === turned;
  }

  /**
   * A flow said the other way round: the series' direction names its way ("us-to-mx": Colorado River
   * water the U.S. delivers; "world-to-mx": remittances Mexico receives from anywhere), and the number's
   * clause names the other country right after a particle of direction ("Mexico must deliver … to the
   * U.S.", "desde Estados Unidos" for a flow from Mexico) or as the one that sends or receives it
   * ("Mexico sent $61.8 billion in remittances", "Estados Unidos recibió …").
   */
  /**
   * The countries a series' own cues name right after a particle (0 toward, 1 away from), each with the stem of the word
   * before it ("México le compra a Estados Unidos": 0, "compr", 'us'): in Spanish "comprar a" names whom one buys from, so said after that word the
   * particle names the side the cue says, not the other way round.
   */
  const cueParticles = new Map<Series, Map<Lang, Set<string>>>();
  function cueParticle(series: Series, lang: Lang, way: number, before: string, country: string): boolean {
    let byLang = cueParticles.get(series);
    if (!byLang) {
      byLang = new Map(
        (Object.keys(series.cues) as Lang[]).map((l) => {
          const w = deps.words[l];
          const pairs = series.cues[l].flatMap((cue) => {
            const folded = foldSameLength(cue.toLowerCase());
            return [w.toward, w.awayFrom].flatMap((list, way) => findAll(folded, list).map((hit) => `${way} ${lastStem(folded.slice(0, hit.at), l)} ${deps.firstOf(cue.slice(hit.end), l)}`));
          });
          return [l, new Set(pairs)];
        }),
      );
      cueParticles.set(series, byLang);
    }
    return !!byLang.get(lang)?.has(`${way} ${lastStem(before, lang)} ${country}`);
  }
  const lastStem = (text: string, lang: Lang) => toStems(text.trim().split(/\s+/).at(-1) ?? '', lang)[0] ?? '';

  function turnedRound(said: Said, b: Binding): boolean {
    const way = FLOW.exec(b.entry.series.direction ?? '');
    if (!way) return false;
    const [, source = '', target = ''] = way;
    // A side of the way named wrong: not the country it names, or, where it is anywhere ("world"), the other end.
    const wrong = (named: string, side: string, otherEnd: string) => (named === 'mx' || named === 'us') && (side === 'world' ? named === otherEnd : named !== side);
    const w = deps.words[said.lang];
    const [from, to] = [joinedWithOwnSide(said, b.clause[0], b.quantity.start), b.clause[1]];
    const clause = foldSameLength(said.sentence.slice(from, to));
    for (const [particles, side, otherEnd] of [
      [w.toward, target, source],
      [w.awayFrom, source, target],
    ] as const) {
      // "According to Mexico's central bank", "de acuerdo a": a particle that ends words of who says a thing is no way of the flow.
      const attributed = findAll(clause, w.attribution).map((a) => a.end);
      for (const hit of findAll(clause, particles)) {
        if (attributed.includes(hit.end)) continue;
        // The name right after the particle (its first words, up to a comma or a number): "to the United States and Canada" is
        // the U.S.; "to US$61.8 billion" names no country.
        const next = said.sentence
          .slice(from + hit.end, to)
          .split(/[,;:]|\b(?:US|USD|MXN)?\s?[$€£]|\d/)[0]!
          .trim()
          .split(/\s+/)
          .slice(0, 4)
          .join(' ');
        // "from Mexican workers": a people after the particle is who moves the flow, not a side of it.
        const people = next
          .split(' ')
          .slice(0, 2)
          .some((word) => w.peoples.includes(foldSameLength(word)));
        const named = deps.firstOf(next, said.lang);
        // "obliga a México a entregar": a name followed by a particle and a bare verb is who is made to do it, no end of the flow.
        const read = next.split(' ').map(foldSameLength);
        const made = read.some((word, k) => k > 0 && w.toward.includes(word) && bareVerb(read[k + 1] ?? '', w));
        if (made) continue;
        // A third country a flow from one of the two comes from ("guns smuggled from Guatemala", "desde China") is its own
        // flow's source; after "to" / "a" it may be a verb's object ("superando a Canadá").
        if (cueParticle(b.entry.series, said.lang, particles === w.toward ? 0 : 1, clause.slice(0, hit.at), named)) continue;
        if (!people && (wrong(named, side, otherEnd) || (particles === w.awayFrom && side !== 'world' && named === 'other'))) return true;
      }
    }
    for (const [verbs, side, otherEnd] of [
      [w.sendVerbs, source, target],
      [w.receiveVerbs, target, source],
    ] as const) {
      for (const hit of findAll(clause, verbs)) {
        const subject = subjectOf(said, said.sentence.slice(from, from + hit.at));
        if (wrong(subject, side, otherEnd)) return true;
        const after = said.sentence.slice(from + hit.end, to);
        // "received in the United States": the place a flow is received is its receiving side.
        const leads = verbs === w.receiveVerbs ? [...w.agents, ...w.placeIn] : w.agents;
        if (wrong(agentOf(said, after, leads), side, otherEnd) || (!subject && wrong(subjectAfter(said, after), side, otherEnd))) return true;
      }
    }
    return false;
  }

  /**
   * Where the clause a number is said in was joined by "and" to another that names its own side ("the U.S. must send 1.5
   * million acre-feet to Mexico, and Mexico must deliver 1.75 million …", "…, y México debe entregar …"): the flow of the one
   * before it is not this number's way. The clause's start otherwise.
   */
  function joinedWithOwnSide(said: Said, from: number, at: number): number {
    const last = [...foldSameLength(said.sentence.slice(from, at)).matchAll(JOINED)].at(-1);
    if (!last) return from;
    const start = from + last.index + last[0].length;
    return ['mx', 'us'].includes(deps.firstOf(said.sentence.slice(start, at), said.lang)) ? start : from;
  }

  /**
   * The country said as the agent right after a passive verb ("sent by Mexico", "recibidas por Estados Unidos": the packs'
   * `agents`; or another lead word, as the place after a verb of receiving), read as a subject after its verb is (up to a
   * particle: "sent by migrants to Mexico" names no agent); a people ("sent by Mexican workers") moves the flow and is no side.
   */
  function agentOf(said: Said, after: string, leads: readonly string[]): string {
    const [first, ...rest] = after.trim().split(/\s+/);
    return first && leads.includes(foldSameLength(first)) ? subjectAfter(said, rest.join(' ')) : '';
  }

  /**
   * The country said as the subject right after its verb, where none stands before it ("las remesas que envió México"):
   * the words up to a particle, a number or a break. 'mx', 'us', 'other' or ''.
   */
  function subjectAfter(said: Said, after: string): string {
    const w = deps.words[said.lang];
    const stops = new Set([...w.toward, ...w.awayFrom, ...w.partnerOf, ...w.fieldOf, ...w.placeIn, ...w.agents]);
    const words: string[] = [];
    for (const word of after.trim().split(/\s+/).slice(0, SUBJECT_REACH)) {
      const plain = foldSameLength(word).replace(/[.,;:]$/, '');
      if (!plain || /\d/.test(plain) || stops.has(plain)) break;
      words.push(plain);
      if (/[.,;:]$/.test(word)) break;
    }
    const institution = words.some((word) => w.institutions.includes(word));
    if (!institution && words.some((word) => w.peoples.includes(word))) return '';
    return deps.firstOf(words.join(' '), said.lang);
  }

  /**
   * The country said as the subject right before a verb ("Mexico sent", "En 2025 Estados Unidos
   * recibió"): the few words back to the clause's break or the last particle, field or place word,
   * past auxiliaries. A passive verb ("remittances to Mexico were sent") has no sender before it; a
   * possessive or a people ("Mexico's migrants sent", "Mexican workers sent") names no country as one.
   * 'mx', 'us', 'other' or ''.
   */
  function subjectOf(said: Said, before: string): string {
    const w = deps.words[said.lang];
    const folded = foldSameLength(before);
    const opened = Math.max(0, ...findAll(folded, w.clauseOpeners).map((hit) => hit.end), ...[...folded.matchAll(/[,:()"“”«»]/g)].map((m) => m.index + 1));
    const plain = (word: string) => foldSameLength(word).replace(/\.$/, '');
    const words = before.slice(opened).split(/\s+/).filter(Boolean);
    // A side set off from its verb by an aside between commas ("Mexico, according to Banxico, sent") is read before the aside.
    const aside = words.length ? null : /^(.*[^\s,])\s*,[^,]+,\s*$/s.exec(before);
    if (aside) return subjectOf(said, aside[1]!);
    while (words.length && w.auxiliaries.includes(plain(words[words.length - 1]!))) words.pop();
    if (words.length && w.passive.includes(plain(words[words.length - 1]!))) return '';
    const particles = [...w.toward, ...w.awayFrom, ...w.partnerOf, ...w.fieldOf, ...w.placeIn];
    const subject = words.slice(words.findLastIndex((word) => particles.includes(plain(word))) + 1).slice(-SUBJECT_REACH);
    // A people or a possessive names no country as the side ("Mexico's migrants sent"), unless with one of its institutions ("the Mexican government sent").
    const institution = subject.some((word) => w.institutions.includes(plain(word)));
    if (!subject.length || (!institution && subject.some((word) => w.peoples.includes(plain(word)) || /['’]s?$/.test(word)))) return '';
    return deps.firstOf(subject.join(' '), said.lang);
  }

  /**
   * A number of people said of one country's people ("80,000 Mexicans died of overdoses") is not a
   * series whose cues never name that people (the U.S.'s overdose deaths): the noun right after a
   * count says whom it counts.
   */
  function otherPeople(said: Said, b: Binding): boolean {
    if (b.quantity.unit !== 'people' && b.quantity.unit !== 'count' && b.quantity.unit !== null) return false;
    const unnamed = (word: string) => {
      const named = deps.firstOf(word, said.lang);
      // Read through the cue classes, as the series' stems are: "estadunidenses" is "estadounidenses".
      return (named === 'mx' || named === 'us') && !inClasses(toStems(word, said.lang), classes[said.lang]).some((s) => b.entry.cueStems.has(s));
    };
    if (unnamed(said.sentence.slice(b.quantity.end).trim().split(/\s+/)[0] ?? '')) return true;
    // Or after a word of its field before it in its clause ("apprehensions of Mexicans fell to 237,538", "detenciones de mexicanos").
    const words = said.sentence.slice(b.clause[0], b.quantity.start).split(/\s+/);
    const field = deps.words[said.lang].fieldOf;
    return words.some((word, k) => field.includes(foldSameLength(word).toLowerCase()) && unnamed(words[k + 1] ?? ''));
  }

  /**
   * Another country named as the owner or the place of what a figure is a part of, right after a word of its field or
   * place within a few words after the number ("23% of Canada's immigrants", "el 23% de los inmigrantes en Canadá"):
   * another country's measure.
   */
  function otherField(said: Said, b: Binding): boolean {
    const w = deps.words[said.lang];
    const words = said.sentence.slice(b.quantity.end, b.clause[1]).split(/\s+/).filter(Boolean).slice(0, FIELD_REACH);
    const end = words.findIndex((word) => /[,;:]/.test(word));
    const reach = end < 0 ? words : words.slice(0, end + 1);
    // The name starts right after the word of the field: "of Canada's", "de Canadá", "of El Salvador's" (not "de los inmigrantes").
    const names = (k: number) => deps.firstOf(reach[k] ?? '', said.lang) === 'other' || (/^\p{Lu}/u.test(reach[k] ?? '') && deps.firstOf(reach.slice(k, k + 2).join(' '), said.lang) === 'other');
    return reach.some((word, k) => (w.fieldOf.includes(foldSameLength(word).toLowerCase()) || w.placeIn.includes(foldSameLength(word).toLowerCase())) && names(k + 1));
  }

  /**
   * A third country said as the owner of the measure, by a possessive mark before the number in its clause ("Canada's
   * trade with Mexico reached $839.9 billion", "China's exports to Mexico"): that country's measure, unless the series'
   * own cues name such a country. A position's owner is read by ownerOf.
   */
  function thirdOwner(said: Said, b: Binding): boolean {
    const marks = deps.words[said.lang].possessive;
    if (b.quantity.unit === 'rank' || !marks.length || seriesNamesThird(b.entry.series)) return false;
    const words = said.sentence.slice(b.clause[0], b.quantity.start).split(/\s+/);
    return words.some((word, k) => {
      const mark = marks.find((m) => word.endsWith(m));
      return !!mark && deps.firstOf([...words.slice(Math.max(0, k - 1), k), word.slice(0, -mark.length)].join(' '), said.lang) === 'other';
    });
  }

  /**
   * A figure listed right after a third country's name as written, nothing but a colon or a comma between ("Remesas en 2025:
   * Guatemala 61,791 millones, México 25 mil millones", "Canada: 64%"), is that country's, as a list of countries' figures
   * writes it, unless the series' cues name such a country.
   */
  function listedThird(said: Said, b: Binding): boolean {
    if (b.quantity.unit === 'rank' || seriesNamesThird(b.entry.series)) return false;
    const name = /(\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)?)[\s:,]*$/u.exec(said.sentence.slice(b.clause[0], b.quantity.start))?.[1];
    return !!name && [name, name.split(/\s+/).at(-1)!].some((n) => deps.firstOf(n, said.lang) === 'other');
  }

  /**
   * A relation said between two names one of which is a third country ("el intercambio comercial entre México y Canadá",
   * "trade between Canada and Mexico": the packs' rangeFrom / rangeTo): that pair's measure, unless the series' cues name
   * such a country.
   */
  function betweenThird(said: Said, b: Binding): boolean {
    const w = deps.words[said.lang];
    if (seriesNamesThird(b.entry.series)) return false;
    const [from, to] = b.clause;
    return findAll(foldSameLength(said.sentence.slice(from, to)), w.rangeFrom).some((hit) => {
      const words = said.sentence
        .slice(from + hit.end, to)
        .trim()
        .split(/\s+/)
        .slice(0, BETWEEN_REACH);
      const k = words.findIndex((word) => w.rangeTo.includes(foldSameLength(word)));
      if (k < 1) return false;
      return [words.slice(0, k), words.slice(k + 1, k + 4)].some((name) => deps.firstOf(name.join(' '), said.lang) === 'other');
    });
  }

  /**
   * A figure said of Mexico and a third country together ("Canada and Mexico together account for about 30% of U.S. trade",
   * "México y Canadá en conjunto…": the packs' `combined`, with another country named in the clause) is their sum, not Mexico's,
   * unless its series' cues name such a country. A position is read by rankedIsMexico.
   */
  function jointWithThird(said: Said, b: Binding): boolean {
    if (b.quantity.unit === 'rank' || seriesNamesThird(b.entry.series)) return false;
    const clause = said.sentence.slice(b.clause[0], b.clause[1]);
    return findAll(foldSameLength(clause), deps.words[said.lang].combined).length > 0 && toStems(clause, said.lang).some((s) => deps.firstOf(s, said.lang) === 'other');
  }

  /**
   * A region named right after a particle of direction, place or partner in the number's clause ("remittances to Latin America",
   * "las remesas a América Latina", "trade with Europe"), that the series' cues do not name: the region's measure, not Mexico's.
   * So is a position's ("the second-largest buyer of U.S. exports in Latin America"): a place in that region's ordering, which
   * a place among all the U.S.'s partners does not settle. A region said as the position's owner is read by ownerOf.
   */
  function regionPlaced(said: Said, b: Binding): boolean {
    return namedAfter(said.sentence.slice(b.clause[0], b.clause[1]).split(/\s+/), regionParticles[said.lang], (next) => {
      const head = toStems(next, said.lang)[0];
      return !!head && regionStems[said.lang].has(head) && !b.entry.cueStems.has(head);
    });
  }

  // Each compass side's stems, per language, in the packs' one order.
  const sideStems = Object.fromEntries(
    (Object.keys(deps.words) as Lang[]).map((lang) => [lang, deps.words[lang].compassSides.map((side) => new Set(side.flatMap((w) => toStems(w, lang))))]),
  ) as Record<Lang, Set<string>[]>;
  const sidesIn = (stems: Iterable<string>, lang: Lang) => {
    const all = [...stems];
    return sideStems[lang].flatMap((side, i) => (all.some((s) => side.has(s)) ? [i] : []));
  };

  /**
   * A side of a border or a country said in the number's clause ("desplegó 10,000 elementos en la frontera sur") where the
   * series' cues name only another side ("a la frontera norte"): another place's count.
   */
  function otherCompassSide(said: Said, b: Binding): boolean {
    const cueSides = new Set((Object.keys(deps.words) as Lang[]).flatMap((lang) => sidesIn(b.entry.cueStems, lang)));
    if (!cueSides.size) return false;
    const saidSides = sidesIn(toStems(said.sentence.slice(b.clause[0], b.clause[1]), said.lang), said.lang);
    return saidSides.length > 0 && saidSides.every((side) => !cueSides.has(side));
  }

  /**
   * A position the speaker owns ("our", "nuestro": right before it or its first word) in a clause that names the U.S. and
   * not Mexico ("Estados Unidos es nuestro tercer socio comercial", "The US is our largest trading partner"), or one the U.S. is
   * given as the subject of its verb: the U.S. is the one ranked, in another country's ordering, which no record of the U.S.'s
   * partners settles.
   */
  function usRankedByUs(said: Said, b: Binding): boolean {
    if (b.quantity.unit !== 'rank') return false;
    const own = deps.words[said.lang].ourOwn;
    const folded = foldSameLength(said.sentence);
    const before = folded.slice(b.clause[0], b.quantity.start).trim().split(/\s+/).at(-1) ?? '';
    const first = folded.slice(b.quantity.start, b.quantity.end).split(/\s+/)[0] ?? '';
    if ((own.includes(before) || own.includes(first)) && deps.orderOf(toStems(said.sentence.slice(b.clause[0], b.clause[1]), said.lang)) === 'us') return true;
    // Or the U.S. is the subject of the verb that gives it the position ("Estados Unidos fue el tercer socio comercial en 2018",
    // "Para México, EU era el tercer socio"): the one ranked, in an ordering the record does not hold.
    const lead = said.sentence.slice(b.clause[0], b.quantity.start);
    const copula = findAll(foldSameLength(lead), deps.words[said.lang].passive).at(-1);
    return copula !== undefined && subjectOf(said, lead.slice(0, copula.at)) === 'us';
  }

  /**
   * A position said right after a particle that takes it as its object, an article or possessive aside ("Mexico depends on
   * the largest economy in the world", "México es vecino de la mayor economía"): the ranked one is that object, whatever
   * the clause's subject.
   */
  function objectRanked(said: Said, b: Binding): boolean {
    const w = deps.words[said.lang];
    const folded = foldSameLength(said.sentence);
    // "Depends on one of the largest": the particle stands before the words of a place among the first ones.
    const end = b.quantity.qualifier === 'under' ? (amongFirstFrom(folded, b.quantity.start) ?? b.quantity.start) : b.quantity.start;
    const words = folded
      .slice(b.clause[0], end)
      .split(/[^\p{L}\d']+/u)
      .filter(Boolean);
    while (words.length && w.determiners.includes(words.at(-1)!)) words.pop();
    return words.length > 0 && w.objectOf.includes(words.at(-1)!);
  }

  /** Whether a bound number is its series' own measure as the sentence says it: whose, which way, of whom. */
  function ownMeasure(said: Said, b: Binding): boolean {
    // Between two countries no one named, the pair is unsaid (namelessOwn reads it).
    if (b.entry.series.anyPair && deps.firstOf(said.sentence, said.lang) === '') return false;
    const mexicos = (!b.entry.series.anyCountry && (b.quantity.unit !== 'rank' || !said.others)) || rankedIsMexico(said, b);
    return mexicos && measureAsSaid(said, b);
  }

  /** Whether a bound number is its series' measure in all but whose place a position is: which way, whose ordering, of whom, where. */
  function measureAsSaid(said: Said, b: Binding): boolean {
    // "Remittances, FDI and tourism brought in $61.8 billion, $40.9 billion and $31.8 billion respectively": the numbers go with
    // the measures by their order, which the cues nearest them do not tell.
    if (hasAny(foldSameLength(said.sentence), deps.words[said.lang].respectively)) return false;
    const ownOrdering = b.quantity.unit !== 'rank' || (!ownerOf(said, b) && !usRankedByUs(said, b) && !objectRanked(said, b));
    return (
      ownOrdering &&
      !reversed(said, b) &&
      !turnedRound(said, b) &&
      !otherPeople(said, b) &&
      !otherSide(said, b) &&
      !thirdCountrys(said, b) &&
      !thirdOwner(said, b) &&
      !listedThird(said, b) &&
      !betweenThird(said, b) &&
      !otherCompassSide(said, b) &&
      !regionPlaced(said, b) &&
      !jointWithThird(said, b) &&
      !heldOtherwise(b.entry.series, said.sentence.slice(b.clause[0], b.clause[1]), said.lang) &&
      (b.quantity.unit === 'rank' || !otherField(said, b))
    );
  }

  /**
   * A position given to another country, named as the one ranked, in an ordering of the U.S.'s the record holds Mexico's place
   * in ("China is the top U.S. trading partner", "Canadá es el segundo socio comercial de EU"): the record settles it only where
   * it gives Mexico that very place, which no other country can hold at once. Not in a field every country has (the world's
   * economies), another owner's ordering or a region's, nor where a name is set aside or corrected; nor where Mexico is named at all ("Canada
   * was displaced by Mexico as the top buyer"), as which of the two the place goes to is then read by rankedIsMexico alone.
   */
  function rivalRanked(said: Said, b: Binding): boolean {
    if (b.quantity.unit !== 'rank' || b.entry.series.anyCountry || !said.others) return false;
    if (deps.orderOf(toStems(said.sentence, said.lang)).includes('mx')) return false;
    if (findAll(foldSameLength(said.sentence), deps.words[said.lang].substitution).length > 0 || correctedTo(said, b.clause[1], false)) return false;
    if (!measureAsSaid(said, b)) return false;
    const [from, to] = b.clause;
    return (deps.leadOf(said.sentence.slice(from, b.quantity.start), said.lang) || deps.leadOf(said.sentence.slice(b.quantity.start, to), said.lang)) === 'other';
  }

  /**
   * A measure every country (or every pair of countries) has, said in a sentence that names no country at all ("la pobreza bajó a 29.6% en 2024"): on a card
   * read as Mexico's topic it is most likely Mexico's, though only a record that bears it out may say so, as another
   * country's figure would be denied by Mexico's (the caller withholds any other finding). Positions are left out: "the
   * largest economy in the world" names no one and is not Mexico.
   */
  function namelessOwn(said: Said, b: Binding): boolean {
    if (!(b.entry.series.anyCountry || b.entry.series.anyPair) || b.quantity.unit === 'rank') return false;
    const first = deps.firstOf(said.sentence, said.lang);
    // The U.S. named alone as where a flow into Mexico comes from ("las remesas desde EU sumaron …") names the sender; the
    // receiver, whose measure it is, is still unsaid (Guatemala's remittances come from the U.S. too).
    const senderOnly = first === 'us' && !said.others && sentToMexico(b) && deps.orderOf(toStems(said.sentence, said.lang)) === 'us';
    return (first === '' || senderOnly) && measureAsSaid(said, b);
  }

  return Object.assign(ownMeasure, { rivalRanked, namelessOwn });
}
