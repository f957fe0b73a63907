/**
 * Another candidate topic that settles the sentence, where the topic detection chose settles nothing (issue #12): "During
 * the ambassador's visit to the consulates, … 91% of Mexicans have little or no confidence in Trump" reads as diplomacy by
 * its words, yet only public opinion has a record of its number. Before, the card showed a diplomacy fact, related only,
 * with no verdict; now the topic whose record the number agrees with names the card. A number the other record denies, or
 * one said in words ("most"), is too loose a tie to overrule detection: the chosen topic stays, with no verdict. A typical
 * claim of the other topic met in the sentence's words ("Mexico paid for the border wall", said of the USMCA) settles it,
 * whichever its rating.
 * Sentences written for the test; the checks run on the bundled facts.
 */
import { describe, expect, it } from 'vitest';
import { bundled as engine } from './helpers/bundled';

const finding = (text: string) => {
  const f = engine.classify(text);
  return f ? { topic: f.topic, factId: f.factId, rating: f.rating } : null;
};
const topCandidate = (text: string) => engine.candidates(text).reduce((a, c) => (c.p > a.p ? c : a)).topic;

const OPINION = { topic: 'public-opinion', factId: 'public-opinion-mexicans-confidence-us-president', rating: 'accurate' };

/** Each sentence is read as another topic than public opinion, and its card is named by the poll's record. */
const namedByOpinion = (texts: string[]) => {
  for (const text of texts) {
    expect(topCandidate(text)).not.toBe('public-opinion');
    expect(finding(text)).toEqual(OPINION);
  }
};
/** Each sentence keeps the topic detection chose, with no verdict. */
const keptUnrated = (texts: string[]) => {
  for (const text of texts) expect(finding(text)).toMatchObject({ topic: topCandidate(text), rating: 'context' });
};

describe('a number another topic settles, where the chosen topic settles nothing', () => {
  it('names the card by that topic and fact, in Spanish', () =>
    namedByOpinion([
      'Durante la visita del embajador a los consulados, se supo que el 91% de los mexicanos tiene poca o ninguna confianza en Trump.',
      'Tras el debate sobre el muro fronterizo, el 91% de los mexicanos tiene poca o ninguna confianza en Trump.',
    ]));

  it('names the card by that topic and fact, in English', () =>
    namedByOpinion([
      "During the ambassador's visit to the consulates, it emerged that 91% of Mexicans have little or no confidence in Trump.",
      'After the border wall debate, 91% of Mexicans have little or no confidence in Trump.',
    ]));

  it('leaves the chosen topic, with no verdict, when the other record denies the number', () =>
    keptUnrated([
      'Durante la visita del embajador a los consulados, se supo que el 20% de los mexicanos tiene poca o ninguna confianza en Trump.',
      "During the ambassador's visit to the consulates, it emerged that 20% of Mexicans have little or no confidence in Trump.",
    ]));

  it('leaves the chosen topic, with no verdict, when the number is said in words', () =>
    keptUnrated([
      'Durante la visita del embajador a los consulados, se supo que la mayoría de los mexicanos tiene poca o ninguna confianza en Trump.',
      "During the ambassador's visit to the consulates, it emerged that most Mexicans have little or no confidence in Trump.",
    ]));
});

describe('a typical claim another topic lists, where the chosen topic settles nothing', () => {
  const byWallRecord = (text: string, rating: string) => {
    expect(topCandidate(text)).toBe('nafta-usmca');
    expect(finding(text)).toEqual({ topic: 'border-security', factId: 'border-security-wall-funding', rating });
  };

  it('names the card by that topic and fact, with the claim’s rating, in English', () => {
    byWallRecord('With the USMCA trade agreement and its tariffs, Mexico paid for the border wall.', 'false');
    byWallRecord('With the USMCA trade agreement and its tariffs, Mexico never paid for the border wall.', 'accurate');
  });

  it('names the card by that topic and fact, with the claim’s rating, in Spanish', () => {
    byWallRecord('Con el tratado comercial T-MEC y sus aranceles, México pagó el muro fronterizo.', 'false');
    byWallRecord('El T-MEC, que sustituyó al TLCAN, es la vía por la que México pagó el muro fronterizo.', 'false');
    byWallRecord('Con el tratado comercial T-MEC y sus aranceles, México nunca pagó el muro fronterizo.', 'accurate');
  });
});

describe('a sentence shown as one topic, whose card another topic settles', () => {
  // The detection's confidence that the sentence makes a claim on the relationship stays: the other topic only names the
  // card. Before, the card took that topic's lower probability, under the show threshold, and the sentence was not shown.
  const shown = (text: string, topic: string, underShow = true) => {
    if (underShow) expect(engine.candidates(text).find((c) => c.topic === topic)!.p).toBeLessThan(engine.thresholds.show);
    const found = engine.analyze(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ topic, level: 'show' });
    expect(found[0]!.rating).not.toBe('context');
  };
  it('stays shown, in English', () => {
    shown('Mexicans get more U.S. immigrant visas than any other nationality.', 'exchanges-diplomacy');
    shown('Japan, not Mexico, is the top U.S. source of imported vehicles.', 'supply-chains');
  });
  it('stays shown, in Spanish', () => {
    // Since the topics' vocabulary was written out (session 24), detection reaches these two above the show threshold on
    // their own: the card is still named by the topic that settles them, with its verdict; the English pair above keeps
    // the path under the threshold tested.
    shown('La mayor parte del fentanilo se fabrica en México.', 'drugs-fentanyl', false);
    shown('Los mexicanos reciben más visas de inmigrante de Estados Unidos que cualquier otra nacionalidad.', 'exchanges-diplomacy', false);
  });
});
