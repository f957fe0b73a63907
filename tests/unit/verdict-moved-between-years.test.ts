/**
 * A measure said to have moved between two years with no number but the years, by a multiple ("doubled", "se triplicaron")
 * judged with its hedge, or a direction ("fell", "cayeron"), is checked from its series' records of both years (a year said
 * alone: it and the one before; "since": the newest). A year the record lacks, or records too close, settle nothing.
 */
import { describe, expect, it } from 'vitest';
import { figureSentence } from '../../engine/summary';
import { classifiedRating as rating } from './helpers/bundled';

describe('a move said between two years', () => {
  it('is judged as a multiple of the earlier year, with its hedge', () => {
    expect(rating('Remittances sent to Mexico roughly tripled from 2013 to 2024.')).toBe('accurate');
    expect(rating('Remittances to Mexico more than doubled between 2015 and 2025.')).toBe('accurate');
    expect(rating('Remittances to Mexico doubled between 2021 and 2024.')).toBe('false');
    expect(rating('Las remesas hacia México casi se triplicaron entre 2013 y 2025.')).toBe('accurate');
    expect(rating('Las remesas que recibe México se duplicaron de 2021 a 2024.')).toBe('false');
  });

  it('reads the hedge: "more than tripled" claims more than a plain "tripled"', () => {
    expect(rating('Remittances to Mexico more than tripled between 2015 and 2025.')).toBe('false');
    expect(rating('Remittances to Mexico tripled between 2015 and 2025.')).not.toBe('false');
  });

  it('is judged as a direction against the year before', () => {
    expect(rating('Remittances to Mexico went down in 2025.')).toBe('accurate');
    expect(rating('Remittances to Mexico went up in 2025.')).toBe('false');
    expect(rating('Remittances to Mexico climbed in 2022.')).toBe('accurate');
    expect(rating('Las remesas a México disminuyeron en 2025.')).toBe('accurate');
    expect(rating('Las remesas a México subieron en 2025.')).toBe('false');
  });

  it('reads a year said first, before the clause, where the verb ends the sentence', () => {
    expect(rating('In 2025, remittances to Mexico fell.')).toBe('accurate');
    expect(rating('In 2024, remittances to Mexico fell.')).toBe('false');
    expect(rating('En 2025, las remesas a México disminuyeron.')).toBe('accurate');
    expect(rating('En 2025, el comercio entre México y EU cayó.')).toBe('false');
    expect(['accurate', 'false']).not.toContain(rating('In 2025, remittances to Mexico fell in March.'));
  });

  it('settles nothing said of part of a year, over a span, or denied after it', () => {
    for (const s of [
      'Remittances to Mexico went down in March 2025.',
      'Remittances to Mexico went down in mid-2025.',
      'Remittances to Mexico went down in 2025 for the first time in years.',
      'The claim that remittances to Mexico went up in 2025 is baseless.',
      'Las remesas a México disminuyeron en marzo de 2025.',
    ])
      expect(['accurate', 'false']).not.toContain(rating(s));
  });

  it('settles nothing for a year the record lacks', () => {
    for (const s of ['Remittances to Mexico doubled between 2010 and 2024.', 'Remittances to Mexico rose in 2012.', 'Las remesas a México se duplicaron entre 2010 y 2024.'])
      expect(['accurate', 'false']).not.toContain(rating(s));
  });
});

describe('the card sentence of a multiple', () => {
  it('says the multiple, not "more than"', () => {
    const check = {
      status: 'consistent',
      key: 'k',
      unit: 'usd',
      per: 'year',
      claimValue: 2e10,
      claimRaw: 'doubled',
      recordValue: 4e10,
      recordPeriod: '2024',
      latestValue: 4e10,
      latestPeriod: '2024',
    } as const;
    expect(figureSentence({ ...check, relation: { sign: 1, period: '2015', times: 2 } }, 'en')).toContain('2 times what it was in 2015');
    expect(figureSentence({ ...check, relation: { sign: 1, period: '2015', times: 2 } }, 'es')).toContain('2 veces lo de 2015');
  });
});
