/**
 * Found in a blind probe (issue #12): "The USMCA took effect in July 2020, Canada said." got no verdict, as Canada, named
 * only as the one who says it, was read as a third country the date was said of; and "Remittances to Guatemala fell in
 * 2025, Mexico said." was Accurate (a wrong verdict), Mexico's name as the speaker anchoring a move said of Guatemala's
 * remittances. A frame after the claim ("…, Canada said.", "…, señaló el gobierno de Canadá.") names who says it, not
 * whose measure a number or a move is, so it is blanked for that reading (a source there, "…, Gallup says", still names
 * its series); a frame holding a number is kept (its date may tell when the claim was said); and a move said with no
 * number is another country's where the sentence names a third one first. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { VERDICT_WORDS } from '../../engine/knowledge';
import { blankTrailingFrame } from '../../engine/report-frame';
import { shownRating as rating } from './helpers/bundled';

describe('a country named as the speaker after a claim', () => {
  it('is read out of the claim, and a frame with a number is kept', () => {
    const blank = (s: string, lang: 'en' | 'es') => blankTrailingFrame(s, VERDICT_WORDS[lang]).trimEnd();
    expect(blank('The USMCA took effect in July 2020, Canada said.', 'en')).toBe('The USMCA took effect in July 2020');
    expect(blankTrailingFrame('The USMCA took effect in July 2020, Canada said.', VERDICT_WORDS.en)).toHaveLength('The USMCA took effect in July 2020, Canada said.'.length);
    expect(blank('El T-MEC entró en vigor en julio de 2020, señaló el gobierno de Canadá.', 'es')).toBe('El T-MEC entró en vigor en julio de 2020');
    expect(blank('Remittances fell 4.6%, a 2026 report said.', 'en')).toBe('Remittances fell 4.6%, a 2026 report said.');
    expect(blank('Canada said the USMCA took effect in July 2020.', 'en')).toBe('Canada said the USMCA took effect in July 2020.');
  });

  it('leaves the claim its verdict, and a source named there its series, in English and Spanish', () => {
    expect(rating('The USMCA took effect in July 2020, Canada said.')).toBe('accurate');
    expect(rating('El T-MEC entró en vigor en julio de 2020, señaló el gobierno de Canadá.')).toBe('accurate');
    expect(rating('The USMCA took effect in July 2018, Canada said.')).toBe('false');
    expect(rating('About 67% of Americans have a favorable opinion of Mexico, Gallup says.')).toBe('accurate');
  });

  it('keeps a country the claim itself names', () => {
    expect(rating('Canada is the largest U.S. trading partner, Mexico said.')).not.toBe('accurate');
    expect(rating('Remittances to Guatemala fell in 2025, Mexico said.')).not.toBe('accurate');
    expect(rating('Las remesas a Guatemala cayeron en 2025, dijo México.')).not.toBe('accurate');
    expect(rating('Remittances to Mexico fell in 2025.')).toBe('accurate');
  });
});
