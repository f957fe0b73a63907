/**
 * Sources differ on some measures: the State Department counts about 1.6 million Americans living in
 * Mexico, AARO about 1.2 million. A number bound to one source's series that another source's series of
 * the same measure (subject, direction, period kind, unit) bears out is not shown wrong, and one that
 * another source contradicts is not shown right: where the sources differ, the card shows the record.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../engine/schema';
import { fig, ratingsOn, series, seriesFact } from './helpers/sample-facts';

const keywords = { en: ['Americans'], es: ['estadounidenses'] };
const FACTS: Fact[] = [
  seriesFact(
    'state',
    'diaspora',
    [fig('state-count', 1.6e6, '2024', 'people')],
    [series('state-count', 'americans-in-mexico', 'americans-in-mx', 'point', ['Americans live in Mexico'], ['estadounidenses viven en México'])],
    keywords,
  ),
  seriesFact(
    'aaro',
    'diaspora',
    [fig('aaro-count', 1.2e6, '2023', 'people')],
    [series('aaro-count', 'americans-in-mexico', 'americans-in-mx', 'point', ['Americans living abroad in Mexico'], ['estadounidenses residentes en el extranjero en México'])],
    keywords,
  ),
];
const verdict = ratingsOn(FACTS);

describe('a measure two sources count', () => {
  it('shows no number wrong that the other source bears out', () => {
    expect(verdict('Some 1.6 million Americans living abroad in Mexico call it home.')?.rating).toBe('context');
    expect(verdict('Unos 1.6 millones de estadounidenses residentes en el extranjero en México.')?.rating).toBe('context');
  });

  it('shows no number right that the other source contradicts', () => {
    expect(verdict('Some 1.2 million Americans living abroad in Mexico call it home.')?.rating).toBe('context');
    expect(verdict('Unos 1.6 millones de estadounidenses viven en México.')?.rating).toBe('context');
  });

  it('still shows a number neither source bears out wrong, and one both bear out right', () => {
    expect(verdict('Some 2.5 million Americans living abroad in Mexico call it home.')?.rating).toBe('false');
    expect(verdict('More than a million Americans living abroad in Mexico call it home.')?.rating).toBe('accurate');
  });
});
