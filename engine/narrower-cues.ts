/**
 * Cues that read past a narrower measure's word. "inmigrantes mexicanos [indocumentados] en EU" meets the cue "inmigrantes
 * mexicanos en Estados Unidos" of every Mexican-born resident by reaching over "indocumentados", and "[unauthorized] Mexican
 * immigrants in the U.S." meets it after the word: nearer the number than "inmigrantes mexicanos indocumentados" /
 * "unauthorized Mexican immigrants", it took the number, and an unauthorized count was judged against every immigrant.
 * Such a reading yields to the cue whose words it leaves out, however near.
 */
import type { CueHit } from './measure-cues';

const range = (from: number, to: number): number[] => Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);

/**
 * The cue hits less those that read past another's word: every word a hit reaches over, and every word another hit says right
 * before it and over its first, is that other cue's, and one at least is none of the hit's own series. `plain` tells the words
 * that can be such a qualifier: no place or particle ("remittances [to Mexico]", "exportador [hacia] EU"). Only across facts (a
 * sibling series' word names the same thing), never of a dated event (told by its deed: "a tax on [cash] remittances took
 * effect"), and only for a cue of the same way or of none ("exports to the U.S." never yields to "agricultural exports",
 * counted to the world).
 */
export function withoutReadsPast(hits: readonly CueHit[], stems: readonly string[], plain: (stem: string) => boolean): CueHit[] {
  const readsPast = (h: CueHit, o: CueHit): boolean => {
    if (h.entry.figures[0]!.unit === 'year' || o.entry.fact.id === h.entry.fact.id) return false;
    if (h.entry.series.direction && o.entry.series.direction !== h.entry.series.direction) return false;
    const ofOther = (k: number) => k >= o.at && k <= o.end && o.entry.cueStems.has(stems[k]!) && plain(stems[k]!);
    const over = h.over ?? [];
    const before = o.at < h.at && h.at <= o.end && o.end <= h.end ? range(o.at, h.at) : [];
    const left = [...over, ...before];
    return left.length > 0 && left.every(ofOther) && left.some((k) => !h.entry.cueStems.has(stems[k]!));
  };
  return hits.filter((h) => !hits.some((o) => o !== h && readsPast(h, o)));
}
