/**
 * A claim the sentence itself denies. "It is false that…", "es falso que…", "falsely claimed"
 * before it, or "…, but that is wrong", "…, pero eso es falso", "…, afirmó falsamente" after it:
 * the sentence says the opposite of its claim, so the claim's record never makes it Accurate.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../engine/schema';
import { claimFact, fig, ratingsOn, series, seriesFact } from './helpers/sample-facts';

const partnerRank = series('us-trade-partner-rank', 'trade-partner-rank', 'two-way', 'point', ['top trading partner', 'largest trading partner'], ['principal socio comercial']);

const FACTS: Fact[] = [seriesFact('partner', 'trade-partner-rank', [fig('us-trade-partner-rank', 1, '2025', 'rank')], [partnerRank], { en: ['trading partner'], es: ['socio comercial'] })];
const verdict = ratingsOn(FACTS);

describe('a claim the sentence denies', () => {
  it('is never rated as the claim itself', () => {
    for (const denied of [
      'It is false that Mexico is the top trading partner of the United States.',
      'Some say Mexico is the top trading partner of the United States, but that is wrong.',
      'Es falso que México sea el principal socio comercial de Estados Unidos.',
      'Dicen que México es el principal socio comercial de Estados Unidos, pero eso es falso.',
      'The senator falsely claimed that Mexico is the top trading partner of the United States.',
      'Mexico is the top trading partner of the United States, the senator claimed falsely.',
      'El senador afirmó falsamente que México es el principal socio comercial de Estados Unidos.',
      // A contraction is a negation: "n't" is part of its word.
      "Mexico doesn't rank as the top trading partner of the United States.",
      // Said to be wrong, or a lie, after it.
      "The senator said Mexico is the top trading partner of the United States, and he's wrong.",
      'El senador dijo que México es el principal socio comercial de Estados Unidos, y se equivoca.',
      'La senadora dijo que México es el principal socio comercial de Estados Unidos, pero miente.',
    ])
      expect(verdict(denied)?.rating, denied).toBe('context');
  });

  it.each([
    'Myth: Mexico is the top trading partner of the United States.',
    'Mexico is supposedly the top trading partner of the United States.',
    'Mexico is allegedly the top trading partner of the United States.',
    'Mito: México es el principal socio comercial de Estados Unidos.',
    'México es supuestamente el principal socio comercial de Estados Unidos.',
    'México es presuntamente el principal socio comercial de Estados Unidos.',
    '"Mexico is the top trading partner of the United States" is a claim we debunk below.',
    'La cancillería desmintió que México sea el principal socio comercial de Estados Unidos.',
    'Yeah, right, Mexico is the top trading partner of the United States.',
    'Sí, cómo no, México es el principal socio comercial de Estados Unidos.',
  ])('is never rated when called a myth, only alleged or debunked: %s', (doubted) => expect(verdict(doubted)?.rating).toBe('context'));

  it.each([
    'FALSE: Mexico is the top trading partner of the United States.',
    "It's a lie that Mexico is the top trading partner of the United States.",
    "Don't believe that Mexico is the top trading partner of the United States.",
    'Stop saying Mexico is the top trading partner of the United States.',
    'They want you to believe Mexico is the top trading partner of the United States.',
    "It's simply untrue to claim Mexico is the top trading partner of the United States.",
    'Nope: Mexico is the top trading partner of the United States.',
    'The idea that Mexico is the top trading partner of the United States is a fantasy.',
    "Mexico is the top trading partner of the United States? That's fake news.",
    'Mexico is the top trading partner of the United States is a total fabrication.',
    'Dejen de decir que México es el principal socio comercial de Estados Unidos.',
    'Quieren hacernos creer que México es el principal socio comercial de Estados Unidos.',
    'El mito de que México es el principal socio comercial de Estados Unidos persiste.',
    'Es un cuento que México es el principal socio comercial de Estados Unidos.',
    'Qué va, México es el principal socio comercial de Estados Unidos.',
    'La idea de que México es el principal socio comercial de Estados Unidos es una fantasía.',
    'México es el principal socio comercial de Estados Unidos? Puras mentiras.',
    'Algunos dicen que México es el principal socio comercial de Estados Unidos, pero los datos dicen otra cosa.',
    'It is nonsense that Mexico is the top trading partner of the United States.',
    'FALSO: México es el principal socio comercial de Estados Unidos.',
    'The claim that Mexico is the top trading partner of the United States is misleading.',
    'La afirmación de que México es el principal socio comercial de Estados Unidos es engañosa.',
    'I doubt Mexico is the top trading partner of the United States.',
    'It is unclear whether Mexico is the top trading partner of the United States.',
    'Dudo que México sea el principal socio comercial de Estados Unidos.',
    'Es dudoso que México sea el principal socio comercial de Estados Unidos.',
    'Oh sure, Mexico is the top trading partner of the United States.',
    'Claro, y México es el principal socio comercial de Estados Unidos.',
    'Mexico failed to become the top trading partner of the United States.',
    'The senator repeated the false claim that Mexico is the top trading partner of the United States.',
    'El senador repitió el dato falso de que México es el principal socio comercial de Estados Unidos.',
  ])('is never rated when labelled false, doubted, mocked or said to have failed: %s', (doubted) => expect(verdict(doubted)?.rating).toBe('context'));

  // A contraction is a negation ("n't" is part of its word) that denies the position right after it: the denial itself is
  // judged (engine/measures.ts, positionDenial), wrong where the record holds the position.
  it.each([
    "Mexico isn't the top trading partner of the United States.",
    'Mexico isn’t the top trading partner of the United States.',
    "Mexico wasn't the top trading partner of the United States in 2025.",
    'Mexico isn’t the top trading partner of the United States anymore.',
  ])('is judged as the denial of the position it says: %s', (denied) => expect(verdict(denied)?.rating).toBe('false'));

  it.each([
    'The minister denied that Mexico is the top trading partner of the United States.',
    'Minister denies Mexico is the top trading partner of the United States.',
    'Analysts dispute that Mexico is the top trading partner of the United States.',
    'The ministry rejected claims that Mexico is the top trading partner of the United States.',
    'The report refutes the idea that Mexico is the top trading partner of the United States.',
    'La ministra negó que México sea el principal socio comercial de Estados Unidos.',
    'El secretario rechazó que México sea el principal socio comercial de Estados Unidos.',
    'La cancillería descartó que México sea el principal socio comercial de Estados Unidos.',
    'El informe refuta que México sea el principal socio comercial de Estados Unidos.',
    'The minister cast doubt on claims that Mexico is the top trading partner of the United States.',
    'La ministra puso en duda que México sea el principal socio comercial de Estados Unidos.',
    'El secretario cuestionó que México sea el principal socio comercial de Estados Unidos.',
  ])('is never rated when someone is said to deny, reject or doubt it: %s', (denied) => expect(verdict(denied)?.rating).toBe('context'));

  it.each([
    'Imagine thinking Mexico is the top trading partner of the United States.',
    'Imagine still believing Mexico is the top trading partner of the United States 🤡',
    'Mexico is the top trading partner of the United States /s',
    'Mexico is the top trading partner of the United States, sure Jan.',
    'Imagínate creer que México es el principal socio comercial de Estados Unidos.',
    'México es el principal socio comercial de Estados Unidos /s',
    'México es el principal socio comercial de Estados Unidos, sí, claro.',
  ])('is never rated when a post mocks it: %s', (mocked) => expect(verdict(mocked)?.rating).toBe('context'));

  it.each([
    'Pants on Fire: Mexico is the top trading partner of the United States.',
    'Mostly False: Mexico is the top trading partner of the United States.',
    'Needs context: Mexico is the top trading partner of the United States.',
    'Ridículo: México es el principal socio comercial de Estados Unidos.',
    'Exagerado: México es el principal socio comercial de Estados Unidos.',
    'Verdadero a medias: México es el principal socio comercial de Estados Unidos.',
    'Cierto, pero: México es el principal socio comercial de Estados Unidos.',
    'Discutible: México es el principal socio comercial de Estados Unidos.',
    'Fake news: Mexico is the top trading partner of the United States.',
    'Hoax: Mexico is the top trading partner of the United States.',
    'The senator lied when he said Mexico is the top trading partner of the United States.',
    'Bulo: México es el principal socio comercial de Estados Unidos.',
    'El senador mintió al decir que México es el principal socio comercial de Estados Unidos.',
    'El senador miente cuando dice que México es el principal socio comercial de Estados Unidos.',
    'Wrong: Mexico is the top trading partner of the United States.',
    'Mexico is the top trading partner of the United States ❌',
    'Mexico is the top trading partner of the United States, allegedly.',
    'Mexico is the top trading partner of the United States, or so they say.',
    'Incorrecto: México es el principal socio comercial de Estados Unidos.',
    'Dizque México es el principal socio comercial de Estados Unidos.',
    'México es el principal socio comercial de Estados Unidos, o eso dicen.',
    'Ahora resulta que México es el principal socio comercial de Estados Unidos.',
    'México es el principal socio comercial de Estados Unidos, sí, cómo no.',
    'México es el principal socio comercial de Estados Unidos, ajá.',
    'The senator said Mexico is the top trading partner of the United States, though the data show otherwise.',
    'The senator said Mexico is the top trading partner of the United States, a claim the Census contradicts.',
    "The senator said Mexico is the top trading partner of the United States — it isn't.",
    'El senador dijo que México es el principal socio comercial de Estados Unidos, pero los datos dicen lo contrario.',
    'El senador dijo que México es el principal socio comercial de Estados Unidos; no lo es.',
  ])("is never rated under a fact-check's label that does not bear it out, or called a lie or a hoax: %s", (labelled) => expect(verdict(labelled)?.rating).toBe('context'));

  it('is never rated when asked back', () => {
    expect(verdict('Mexico is the top trading partner of the United States? Not anymore.')?.rating).toBe('context');
    expect(verdict('So Mexico is the top trading partner of the United States?')?.rating).toBe('context');
    expect(verdict('Did you know that Mexico is the top trading partner of the United States?')?.rating).toBe('accurate');
  });

  it('still rates the claim said plainly, or said to be true', () => {
    expect(verdict('Mexico is the top trading partner of the United States.')).toEqual({ rating: 'accurate', figures: ['us-trade-partner-rank:consistent'] });
    expect(verdict('It is true that Mexico is the top trading partner of the United States.')).toEqual({ rating: 'accurate', figures: ['us-trade-partner-rank:consistent'] });
    expect(verdict('México es el principal socio comercial de Estados Unidos.')).toEqual({ rating: 'accurate', figures: ['us-trade-partner-rank:consistent'] });
    expect(verdict('Resulta que México es el principal socio comercial de Estados Unidos.')).toEqual({ rating: 'accurate', figures: ['us-trade-partner-rank:consistent'] });
    expect(verdict("Don't forget: Mexico is the top trading partner of the United States.")).toEqual({ rating: 'accurate', figures: ['us-trade-partner-rank:consistent'] });
    expect(verdict('El senador dijo que México es el principal socio comercial de Estados Unidos, y tiene razón.')).toEqual({ rating: 'accurate', figures: ['us-trade-partner-rank:consistent'] });
    expect(verdict("Mexico isn't just the top trading partner of the United States; it is also its neighbour.")).toEqual({ rating: 'accurate', figures: ['us-trade-partner-rank:consistent'] });
  });

  it.each([
    'Without a doubt, Mexico is the top trading partner of the United States.',
    'There is no doubt that Mexico is the top trading partner of the United States.',
    'Mexico is not only the top trading partner of the United States; it is also its neighbour.',
    'Sin duda, México es el principal socio comercial de Estados Unidos.',
    'No cabe duda de que México es el principal socio comercial de Estados Unidos.',
    'Sin embargo, México es el principal socio comercial de Estados Unidos.',
  ])('still rates a claim beside a set phrase built on a negation word that denies nothing: %s', (affirmed) =>
    expect(verdict(affirmed)).toEqual({ rating: 'accurate', figures: ['us-trade-partner-rank:consistent'] }),
  );

  it.each(['Sin duda, México no es el principal socio comercial de Estados Unidos.', 'Without a doubt, Mexico is not the top trading partner of the United States.'])(
    'still reads a negation beside such a phrase: %s',
    (denied) => expect(verdict(denied)?.rating).not.toBe('accurate'),
  );
});

const onClaims = ratingsOn([
  claimFact('biggest', 'trade-partner-rank', { en: ['trading partner'], es: ['socio comercial'] }, [
    { text: "Mexico is America's biggest trading partner", lang: 'en', rating: 'accurate' },
    { text: 'México es el mayor socio comercial de Estados Unidos', lang: 'es', rating: 'accurate' },
  ]),
]);

describe('a typical claim called nonsense or a lie after it', () => {
  it.each([
    "Some say Mexico is America's biggest trading partner, which is nonsense.",
    "Mexico is America's biggest trading partner, they say, but that is a lie.",
    'Dicen que México es el mayor socio comercial de Estados Unidos, lo cual es absurdo.',
    'México es el mayor socio comercial de Estados Unidos, dicen, pero eso es una mentira.',
  ])('is never rated as the claim: %s', (rebutted) => expect(onClaims(rebutted)?.rating).toBe('context'));

  it.each(["Mexico is America's biggest trading partner.", 'México es el mayor socio comercial de Estados Unidos.'])('still meets the claim said plainly: %s', (plain) =>
    expect(onClaims(plain)?.rating).toBe('accurate'),
  );
});

describe('a claim taken back by the words that end the sentence', () => {
  it.each([
    'Dicen que México es el principal socio comercial de Estados Unidos, pero no.',
    'They say Mexico is the top trading partner of the United States, but it isn’t.',
    'Mexico is the top trading partner of the United States — not really.',
  ])('is never rated on the figure: %s', (taken) => expect(verdict(taken)?.rating).toBe('context'));

  it.each(['Dicen que México es el mayor socio comercial de Estados Unidos, pero no.', "They say Mexico is America's biggest trading partner, but it's not."])('meets no typical claim: %s', (taken) =>
    expect(onClaims(taken)?.rating).toBe('context'),
  );

  it.each([
    ['México es el principal socio comercial de Estados Unidos, pero no el único.', 'accurate'],
    ['Mexico is the top trading partner of the United States, but not the only one.', 'accurate'],
  ])('still rates a claim whose "but not" starts something else: %s', (said, rating) => expect(verdict(said)?.rating).toBe(rating));
});
