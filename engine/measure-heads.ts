/**
 * A series' head words: the words most of its cues share, one of them a word of its measure's own statement ("poverty" of the
 * poverty rate, "homicidios" of Mexico's homicides). A writer names a measure by its noun far more often than in any of the
 * phrasings its cues list ("la pobreza se ubicó en 29.6%"): where no cue is said, the head words said in a number's stretch, in
 * any order, may name its series (engine/measures.ts reads them only then, and judges what they bind the more warily).
 */
import type { Lang } from './schema';
import type { CueHit, SeriesEntry } from './measure-cues';
import { inClasses } from './measure-cues';
import { listIn } from './multimap';
import { toStems } from './vocabulary';

/** Stems of a year or a number: the time or the value, no word of the measure. */
const NUMERAL = /^(?:\d[\d,.]*|\u0000)$/;

/**
 * The stems at least half a language's cues of a series say (read through the classes), places aside (`places`: countries and
 * their people, which the sentence may name in other words or leave unsaid), where one of them is a stem of the measure's own
 * statement (`measure`) other than a word of time (`periods`): none where the cues share no word of what is measured
 * ("troops" and "soldiers" of one series), or where a series of a way or side (`directed`) says its places in most of them.
 */
export function headWords(
  cues: readonly string[],
  lang: Lang,
  classes: ReadonlyMap<string, string>,
  places: ReadonlySet<string>,
  measure: ReadonlySet<string>,
  periods: ReadonlySet<string>,
  directed: boolean,
): string[] {
  if (cues.length < 2) return [];
  const count = new Map<string, number>();
  for (const cue of cues) for (const st of new Set(inClasses(toStems(cue, lang), classes))) count.set(st, (count.get(st) ?? 0) + 1);
  const shared = [...count].filter(([st, n]) => n * 2 >= cues.length && !NUMERAL.test(st)).map(([st]) => st);
  // A series of a way or side whose cues mostly name its places ("of remittances come from the U.S.") is told from its
  // neighbours by them: its other words alone ("remittances") name another measure.
  if (directed && shared.some((st) => places.has(st))) return [];
  const core = shared.filter((st) => !places.has(st));
  // A word of the period ("a day") the measure is counted in says when, not what: the crossings of a day are no head "day".
  return core.some((st) => measure.has(st) && !periods.has(st)) ? core : [];
}

/** A series whose head words a stretch says, each at least once: as a cue found in another order, from its first head word said to its last. */
export function headsIn(stems: readonly string[], heads: readonly { entry: SeriesEntry; core: readonly string[] }[]): CueHit[] {
  const out: CueHit[] = [];
  for (const { entry, core } of heads) {
    const at = core.map((st) => stems.indexOf(st));
    if (at.some((k) => k < 0)) continue;
    out.push({ entry, at: Math.min(...at), end: Math.max(...at), length: core.length, reordered: true });
  }
  return out;
}

/**
 * Of the series whose head words a number's stretch says, the one it names: the one whose head words hold every other's, and
 * more (the extreme poverty rate's "extreme poverty" holds the poverty rate's "poverty"). Null where two are as narrow.
 */
export function narrowestHead(found: readonly SeriesEntry[], heads: readonly { entry: SeriesEntry; core: readonly string[] }[]): SeriesEntry | null {
  const coreOf = (e: SeriesEntry) => heads.find((h) => h.entry === e)?.core ?? [];
  const distinct = [...new Set(found)];
  const holdsAll = distinct.filter((e) => distinct.every((o) => o === e || (coreOf(o).every((st) => coreOf(e).includes(st)) && coreOf(e).length > coreOf(o).length)));
  return holdsAll.length === 1 ? holdsAll[0]! : null;
}

/** Facts at most whose cues say a head word for it to name a measure: "poverty", "overdose", not "border", "migrants", "trade". */
const SPECIFIC = 5;

/**
 * The heads whose words include one the cues of few facts say (`SPECIFIC`), of all the series (`entries`): a word many
 * facts' cues share ("border", "migrants") is the field's, and names none of its measures alone.
 */
export function specificHeads(heads: readonly { entry: SeriesEntry; core: readonly string[] }[], entries: Iterable<SeriesEntry>): { entry: SeriesEntry; core: readonly string[] }[] {
  const facts = new Map<string, string[]>();
  for (const entry of entries) for (const st of entry.cueStems) listIn(facts, st).push(entry.fact.id);
  return heads.filter((h) => h.core.some((st) => new Set(facts.get(st)).size <= SPECIFIC));
}
