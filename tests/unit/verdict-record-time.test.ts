/**
 * A record said with a time, not a span ("last year", "this year", "in fiscal year 2019", "el año pasado",
 * "en el año fiscal 2019"), is a record over every year on record: the word "year" there counts no span. Before,
 * "year" after the record's words with no count before it left the record unread, so a level its own year matched
 * was Accurate though an earlier year was higher. Found by a sweep calling each year's figure a record.
 */
import { describe, expect, it } from 'vitest';
import { ratingsOn, sentHomeFact } from './helpers/sample-facts';

const verdict = ratingsOn([sentHomeFact({ 2023: 38_400_000_000, 2024: 46_100_000_000, 2025: 44_800_000_000 }, 'fiscal-year')]);

describe('a record said with a time', () => {
  it('is not borne out by a level an earlier year bested', () => {
    const bested = [
      'Money sent home to Mexico hit a record $44.8 billion last year.',
      'Money sent home to Mexico hit a record $44.8 billion this year.',
      'Money sent home to Mexico hit a record $44.8 billion in fiscal year 2025.',
      'Las remesas enviadas a México marcaron un récord de 44,800 mdd el año pasado.',
      'Las remesas enviadas a México marcaron un récord de 44,800 mdd en el año fiscal 2025.',
    ];
    expect(bested.filter((text) => verdict(text)?.rating === 'accurate')).toEqual([]);
  });

  it('is borne out when it holds', () => {
    expect(verdict('Money sent home to Mexico hit a record $46.1 billion in fiscal year 2024.')?.rating).toBe('accurate');
    expect(verdict('Las remesas enviadas a México marcaron un récord de 46,100 mdd en el año fiscal 2024.')?.rating).toBe('accurate');
  });
});
