/**
 * The frame a claim is reported in: who says it, before it ("Officials said that …", "Las autoridades dijeron que …",
 * "Según Banxico, …") or after it ("…, the report said.", "…, señaló el informe."). Its words are not the claim's: a typical claim is weighed
 * against the sentence without them, as it would be said plainly.
 */
import type { VerdictWords } from './verdict-words';
import { findAll, foldSameLength } from './word-lists';

/** At most this many words name who says it ("the U.S. Census Bureau's latest report"). */
const SPEAKER_WORDS = 6;

/** At most this many words make a label before a colon ("BREAKING:", "Banxico:", "Última hora:"). */
const LABEL_WORDS = 3;
const LABEL = /^\s*([^,;:.!?()"“”«»\d]+):\s/;

const wordCount = (text: string) => text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

/** Where the frame stands in the folded sentence, if it has one: [from, to). */
export function reportFrame(folded: string, words: VerdictWords): [number, number] | null {
  // "BREAKING: …", "ATF: …", "ÚLTIMA HORA: …": a label of a few words before a colon says who tells it, or how.
  const label = LABEL.exec(folded);
  if (label && wordCount(label[1]!) <= LABEL_WORDS) return [0, label[0].length];
  // "According to Trump, …", "Según Banxico, …": the attribution and its speaker up to the comma.
  const lead = findAll(folded, words.attribution).find((hit) => folded.slice(0, hit.at).trim() === '');
  if (lead) {
    const comma = folded.indexOf(',', lead.end);
    if (comma > 0 && wordCount(folded.slice(lead.end, comma)) <= SPEAKER_WORDS) return [0, comma + 1];
  }
  for (const hit of findAll(folded, words.reportVerbs)) {
    const before = folded.slice(0, hit.at);
    // "US citizens are being told not to travel …": told to someone, the verb says the claim, not who says it.
    if (words.passive.includes(before.trim().split(/\s+/).at(-1) ?? '')) continue;
    // Before the claim: a speaker with no clause break in it, then the verb and its "that" / "que", if said.
    if (!/[,;:()"“”«»]/.test(before) && wordCount(before) <= SPEAKER_WORDS) {
      const that = findAll(folded.slice(hit.end), words.reportThat).find((t) => folded.slice(hit.end, hit.end + t.at).trim() === '');
      // "As the data show, …": the comma that closes the frame is the frame's.
      const to = that ? hit.end + that.end : hit.end + (/^\s*,/.exec(folded.slice(hit.end))?.[0].length ?? 0);
      if (wordCount(folded.slice(to)) > 2) return [0, to];
    }
    // After it: a comma, then the speaker and the verb ending the sentence ("…, the report said."), or the verb right after
    // the comma and its speaker ending it ("…, señaló el informe."); a verb with more after it says a claim of its own
    // ("…, which said the drop was broad").
    const comma = before.lastIndexOf(',');
    const after = folded.slice(hit.end);
    const ends = /^[.!?"”»\s]*$/.test(after);
    const speakerAfter = folded.slice(comma + 1, hit.at).trim() === '' && /^[^.!?,;:]*[.!?"”»]*\s*$/.test(after) && wordCount(after) <= SPEAKER_WORDS && !findAll(after, words.reportThat).length;
    if (comma >= 0 && ((ends && wordCount(folded.slice(comma + 1, hit.at)) <= SPEAKER_WORDS) || speakerAfter)) return [comma, folded.length];
  }
  return null;
}

/**
 * The sentence with a frame after its claim blanked ("…, Canada said.", "…, señaló el gobierno de Canadá."), its length
 * kept so a number's offsets still hold: who says a claim is not what it is said of, so a country named as its speaker is
 * no country the claim names. Read only for whose measure a number is: a source named there ("…, Gallup says", "…, ICE
 * said") still names its series. A frame with a number in it ("…, a 2023 report said") is kept, as its date may tell
 * when the claim was said.
 */
export function blankTrailingFrame(sentence: string, words: VerdictWords): string {
  const frame = reportFrame(foldSameLength(sentence), words);
  if (!frame || frame[0] === 0 || /\d/.test(sentence.slice(frame[0]))) return sentence;
  return sentence.slice(0, frame[0]) + ' '.repeat(sentence.length - frame[0]);
}
