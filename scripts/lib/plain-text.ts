/**
 * Reads a plain-text file for `scan`: paragraphs are separated by blank lines. Text copied out
 * of a PDF or an e-mail is wrapped at a fixed width, so a line break there is a space, not the
 * end of a sentence; a paragraph is read as wrapped when most of its lines end mid-sentence.
 * Lists and posts, whose lines end in punctuation or are few, keep their line breaks.
 */
const ENDS_SENTENCE = /[.!?…:;"'”’»)\]]\s*$/u;

export function plainTextBlocks(text: string): string[] {
  return text.split(/\n\s*\n/).map((paragraph) => {
    const lines = paragraph.split('\n').filter((l) => l.trim());
    const midSentence = lines.slice(0, -1).filter((l) => !ENDS_SENTENCE.test(l)).length;
    return lines.length >= 3 && midSentence / (lines.length - 1) >= 0.6 ? paragraph.replace(/\s*\n\s*/g, ' ') : paragraph;
  });
}
