/**
 * Sentence segmentation with Intl.Segmenter, mended where it splits after abbreviations
 * that these texts are full of ("U.S.", "EE.UU.", "Sr.", "No.").
 */
import type { Lang } from './schema';

export interface Segment {
  text: string;
  start: number;
  end: number;
}

const ABBREVIATION_END = /(?:\b(?:U\.S|U\.S\.A|E\.U|EE\.\s?UU|Mr|Mrs|Ms|Dr|Sr|Sra|Srta|Gov|Sen|Rep|Gen|St|No|Núm|Lic|Ing|vs|etc|approx|aprox|p\.ej|e\.g|i\.e|[A-Z])\.)\s*$/;

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(lang: Lang): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, s);
  }
  return s;
}

export function segmentSentences(text: string, lang: Lang = 'en'): Segment[] {
  const out: Segment[] = [];
  for (const part of segmenter(lang).segment(text)) {
    const prev = out[out.length - 1];
    const startsLower = /^\s*[a-záéíóúñ0-9(]/.test(part.segment);
    if (prev && (ABBREVIATION_END.test(prev.text) || (startsLower && !/[!?]\s*$/.test(prev.text)))) {
      prev.text += part.segment;
      prev.end = part.index + part.segment.length;
    } else {
      out.push({ text: part.segment, start: part.index, end: part.index + part.segment.length });
    }
  }
  // Trim whitespace but keep offsets exact.
  const trimmed: Segment[] = [];
  for (const s of out) {
    const lead = s.text.length - s.text.trimStart().length;
    const body = s.text.trim();
    if (!body) continue;
    trimmed.push({ text: body, start: s.start + lead, end: s.start + lead + body.length });
  }
  return trimmed;
}
