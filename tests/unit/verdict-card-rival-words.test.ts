/**
 * The fact a card shows where the topic detection chose answers nothing (issue #12, "a card's fact must answer the
 * claim"): another candidate topic whose fact holds the claim's own words names the card, with no verdict, over a fact
 * of the chosen topic that is only related. "Half of all Mexican immigrants in America are undocumented" was read as the
 * migration records' (immigrants) and showed a record of immigrant crime in Texas; the diaspora's record of unauthorized
 * Mexican immigrants holds its words. A number bound to a rival's series that settles nothing is no such answer: it may
 * have met the cue by chance ("300 Mexicans and Americans" is no count of the Mexican-origin population). A rival that
 * settles the sentence with a figure said in figures names the card even over a chosen fact that holds its words.
 * Sentences written for the test; the checks run on the bundled facts.
 */
import { describe, expect, it } from 'vitest';
import { bundled as engine } from './helpers/bundled';

const card = (text: string) => {
  const f = engine.classify(text);
  return f ? { topic: f.topic, factId: f.factId, rating: f.rating, answers: f.answers } : null;
};

/** The sentence's card shows the diaspora's record of unauthorized Mexican immigrants, answering it with no verdict. */
const showsUnauthorized = (text: string) => expect(card(text)).toEqual({ topic: 'diaspora', factId: 'diaspora-unauthorized-mexican-immigrants', rating: 'context', answers: true });

describe('a rival topic whose fact holds the claim’s own words', () => {
  it('names the card over a related-only fact, in English', () => showsUnauthorized('Half of all Mexican immigrants in America are undocumented.'));

  it('names the card over a related-only fact, in Spanish', () => showsUnauthorized('Casi todos los inmigrantes mexicanos en Estados Unidos son indocumentados.'));

  it('gives way to a rival that settles the claim, though the chosen topic’s fact holds its words', () =>
    // The border-security record of encounters holds "apprehensions … fiscal"; the migration record of apprehensions settles the count.
    expect(card('Border Patrol apprehensions fell to 237,538 in fiscal 2025, the fewest since 1970.')).toEqual({
      topic: 'migration-flows',
      factId: 'migration-flows-border-apprehensions-2025',
      rating: 'accurate',
      answers: true,
    }));

  it('leaves the card to the chosen topic where a rival only binds a number it does not settle', () => {
    expect(card('In 2010, more than 300 Mexicans and Americans joined exchange programs at universities in both countries.')?.topic).toBe('exchanges-diplomacy');
    expect(card('En 2010, más de 300 mexicanos y estadounidenses participaron en programas de intercambio en universidades de ambos países.')?.topic).toBe('exchanges-diplomacy');
  });
});
