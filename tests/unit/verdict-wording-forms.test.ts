/**
 * Forms of wording a reader meets in posts and news that keep a claim's meaning, found by scripts/robustness.ts: an
 * ordinal in digits ("1st half", "1er semestre"), a leading assent ("Yes,", "Sí,": folded, "sí" is "si", if), a source
 * cited in brackets after the claim ("[Source: AP]", "(AP)"), a hashtag on a word inside it ("#Mexico"). Each lost the verdict the plain wording gets.
 */
import { describe, expect, it } from 'vitest';
import { notCheckworthy } from '../../engine/checkworthy';
import { VERDICT_WORDS } from '../../engine/knowledge';
import { spanIn } from '../../engine/streaks';
import { foldSameLength } from '../../engine/word-lists';
import { expectRatings } from './helpers/bundled';

describe('an ordinal written in digits', () => {
  it('reads as its word: a part of a year, a rank', () => {
    expectRatings([
      ['In the 1st half of 2025, homicides in Mexico dropped 11%.', 'accurate'],
      ['Los homicidios en México cayeron 11% en el 1er semestre de 2025.', 'accurate'],
      ['Mexico is now the 2nd largest trading partner of the United States.', 'outdated'],
      ['Hoy México es el 2o socio comercial de Estados Unidos.', 'outdated'],
    ]);
  });

  it('says a first time, in both languages', () => {
    expect(spanIn(foldSameLength('remittances to mexico fell for the 1st time in a decade'), VERDICT_WORDS.en)).toBe('first');
    expect(spanIn(foldSameLength('las remesas a méxico cayeron por 1a vez en una década'), VERDICT_WORDS.es)).toBe('first');
    expectRatings([['In 2025, remittances sent to Mexico declined for the 1st time in 11 years.', 'accurate']]);
  });
});

describe('an assent that opens the sentence', () => {
  it('is no word of the claim, in both languages', () => {
    expectRatings([
      ['Yes, in 2024 remittances to Mexico came to $64.7 billion.', 'accurate'],
      ['Sí, en 2024 las remesas a México sumaron 64,745 millones de dólares.', 'accurate'],
    ]);
  });
});

describe('a hashtag on a word the sentence goes on after', () => {
  it('is the word, in both languages', () => {
    expectRatings([['China, and not #Mexico, is the top source of U.S. imports.', 'false']]);
    expectRatings([['En 2025 las importaciones de Estados Unidos desde #México subieron 20%.', 'false']]);
  });
});

describe('a source or credit in brackets after the claim', () => {
  // Square brackets are read as round ones are; after the full stop, the claim still ends at its stop. Outside brackets,
  // a source line is still a reference, and a caption stays a caption with a credit after it.
  const en = [
    ['Remittances to Mexico set a record in 2024. [Source: AP]', null],
    ['NAFTA took effect in 1994. (AP)', null],
    ['NAFTA took effect in 1994. — Reuters', null],
    ['NAFTA took effect in 1994. -- Associated Press', null],
    ['Source: Bank of Mexico annual remittances report', 'citation'],
    ['The U.S.-Mexico Relationship (AP)', 'title'],
  ] as const;
  const es = [
    ['Las remesas a México marcaron un récord en 2024. [Fuente: AP]', null],
    ['El TLCAN entró en vigor en 1994. (EFE)', null],
    ['El TLCAN entró en vigor en 1994. – EFE', null],
    ['Fuente: informe anual de remesas del Banco de México', 'citation'],
  ] as const;
  it('leaves the claim before it check-worthy, in both languages', () => {
    for (const [text, why] of en) expect(notCheckworthy(text, VERDICT_WORDS.en), text).toBe(why);
    for (const [text, why] of es) expect(notCheckworthy(text, VERDICT_WORDS.es), text).toBe(why);
  });
});

describe('an emoji or a flag inside the sentence', () => {
  it('is read past, as the sentence reads on without it, in both languages', () => {
    expectRatings([
      ['China, and not Mexico 🇲🇽, is the top source of U.S. imports.', 'false'],
      ['China, y no México 🇲🇽, es el principal proveedor de Estados Unidos.', 'false'],
      ['In 2024 remittances to Mexico 💸 came to $64.7 billion.', 'accurate'],
    ]);
  });
});
