/**
 * A rate a cue says is a tax's or a tariff's is left unsettled however far the word stands from the number. The packs'
 * otherMeasure words set a number aside only within 25 characters of it ("a 25% tariff"), so "Trump's tariff on Mexican
 * goods remains at 25%" and "Los aranceles a los productos mexicanos siguen en 25%" met the tariff's series and were
 * Accurate, though the record has the Supreme Court voiding that tariff in Feb. 2026; "raised the tariff on Mexican goods
 * to 30%" was Accurate too (25% within a round 30%'s band). Such rates lapse and carry exceptions the series do not hold
 * (e773aef backed their binding out for that): now a cue said with a word of a set rate (the packs' `setRate`: "tariff",
 * "tax", "arancel", "impuesto") binds no rate. The event's year ("the remittance tax took effect in 2026") is still its date.
 */
import { describe, expect, it } from 'vitest';
import { fig, ratingsOn, series, seriesFact } from './helpers/sample-facts';

const TARIFF = seriesFact(
  'tariff',
  'nafta-usmca',
  [fig('tariff-on-mexico', 25, '2025', 'percent'), fig('tariff-year', 2025, '2025', 'year')],
  [
    series('tariff-on-mexico', 'tariff', '', 'point', ['tariff on Mexican goods', 'tariffs on Mexico'], ['aranceles a los productos mexicanos', 'aranceles a México']),
    series('tariff-year', 'tariff-start', '', 'point', ['tariff on Mexican goods took effect'], ['aranceles a los productos mexicanos entraron en vigor']),
  ],
  { en: ['tariff', 'Mexican goods'], es: ['aranceles', 'productos mexicanos'] },
);
const verdict = ratingsOn([TARIFF]);

describe('a rate a cue says is a tax’s or a tariff’s', () => {
  it('is left unsettled however far the word stands', () => {
    expect(verdict('Trump’s tariff on Mexican goods remains at 25%.')?.rating).toBe('context');
    expect(verdict('Los aranceles a los productos mexicanos siguen en 25%.')?.rating).toBe('context');
    expect(verdict('Trump raised the tariff on Mexican goods to 30%.')?.rating).toBe('context');
    expect(verdict('Trump subió los aranceles a los productos mexicanos hasta 30%.')?.rating).toBe('context');
  });

  it('leaves the event’s year its date', () => {
    expect(verdict('The tariff on Mexican goods took effect in 2025.')?.rating).toBe('accurate');
    expect(verdict('Los aranceles a los productos mexicanos entraron en vigor en 2025.')?.rating).toBe('accurate');
  });
});
