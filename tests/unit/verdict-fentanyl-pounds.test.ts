import { describe, expect, it } from 'vitest';
import { shownRating } from './helpers/bundled';

// CBP's fentanyl seizures by weight (fiscal 2023: 27,023 lb; fiscal 2024: 21,889 lb, of which 21,148 at the Mexican border and
// 43 at the Canadian one) are series of their own: the total is checked, and a border's part is never judged as the total.
describe('pounds of fentanyl seized, by fiscal year and border', () => {
  it.each([
    ['CBP seized 21,889 pounds of fentanyl in fiscal 2024.', 'accurate'],
    ['En el año fiscal 2024, la CBP decomisó 21,889 libras de fentanilo.', 'accurate'],
    ['CBP seized 40,000 pounds of fentanyl in fiscal 2024.', 'false'],
    ['En el año fiscal 2024, la CBP decomisó 40 mil libras de fentanilo.', 'false'],
    ['CBP seized 21,889 pounds of fentanyl in fiscal 2023.', 'false'],
  ] as const)('%s', (text, rating) => {
    expect(shownRating(text)).toBe(rating);
  });

  it.each([
    'In fiscal 2024, CBP seized 21,148 pounds of fentanyl at the Mexican border.',
    'En el año fiscal 2024, CBP decomisó 21,148 libras de fentanilo en la frontera con México.',
    'In fiscal 2024, CBP seized 43 pounds of fentanyl at the Canadian border.',
    'CBP seized 9,929 kilograms of fentanyl in fiscal 2024.',
  ])('a border’s part, or another unit, is never shown wrong: %s', (text) => {
    expect(['false', 'outdated', 'misleading']).not.toContain(shownRating(text));
  });
});
