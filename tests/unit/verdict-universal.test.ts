/**
 * A claim of every one of a kind. "Every Mexican cartel is a designated terrorist group" is not
 * "six cartels were designated", and "all Mexican cartels were labeled terrorists" is not "Mexican
 * cartels were labeled terrorists": a typical claim meets a sentence only when both or neither say
 * it holds of all (the packs' `universal`; a period or a hedge, "every day", "almost all", "todos
 * los días", "casi todos", says no such thing: `notUniversal`).
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../engine/schema';
import { ratingsOn, seriesFact } from './helpers/sample-facts';

const FACTS: Fact[] = [
  {
    ...seriesFact('designations', 'cartels-violence', [], [], { en: ['cartels', 'terrorist'], es: ['cárteles', 'terroristas'] }),
    claims: [
      { text: 'The U.S. has labeled Mexican cartels as terrorist organizations', lang: 'en', rating: 'accurate' },
      { text: 'Every Mexican cartel is now a designated terrorist organization', lang: 'en', rating: 'misleading' },
      { text: 'Todos los cárteles mexicanos son ya organizaciones terroristas', lang: 'es', rating: 'misleading' },
      { text: 'Mexican cartels recruit new members every day', lang: 'en', rating: 'accurate' },
    ],
  },
];
const verdict = ratingsOn(FACTS);

describe('a claim of every one of a kind', () => {
  it('does not meet a sentence that does not say "all", nor the other way round', () => {
    expect(verdict('The U.S. designated six Mexican cartels as terrorist organizations in 2025.')?.rating).toBe('context');
    expect(verdict('Estados Unidos designó a seis cárteles mexicanos como organizaciones terroristas.')?.rating).toBe('context');
    expect(verdict('The U.S. has labeled all Mexican cartels as terrorist organizations.')?.rating).toBe('context');
  });

  it('still meets a sentence that says it as the claim does', () => {
    expect(verdict('The U.S. has labeled Mexican cartels as terrorist organizations.')?.rating).toBe('accurate');
    expect(verdict('Every Mexican cartel is now a designated terrorist organization.')?.rating).toBe('misleading');
    expect(verdict('Mexican cartels recruit new members every single day.')?.rating).toBe('accurate');
  });
});
