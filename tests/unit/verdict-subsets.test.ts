/**
 * A figure of a part is not the whole's: a sector or a product said before a number (an industry's exports
 * are not all exports), an average beside a total or a year's rate. Run on the bundled facts; the sentences
 * are written for the test.
 */
import { describe, expect, it } from 'vitest';
import { shownRating as rating } from './helpers/bundled';

describe('a part said beside a number', () => {
  it.each([
    ['a sector', 'U.S. farm exports to Mexico reached $338 billion in 2025.'],
    ['a sector', 'U.S. car imports from Mexico totaled $505.9 billion in 2024.'],
    ['a sector', "Mexico's crude exports to the United States reached $534.9 billion in 2025."],
    ['a sector', 'Las exportaciones agropecuarias de Estados Unidos a México llegaron a 338 mil millones de dólares en 2025.'],
    ['a sector', 'Las exportaciones de acero de México a Estados Unidos sumaron 534,900 millones de dólares en 2025.'],
    ['a sector', 'In the San Diego sector, Border Patrol made 237,538 apprehensions in fiscal 2025.'],
    ['a sector', "Some 83% of Mexico's crude exports go to the United States."],
    ['a sector', 'Cerca del 83% de las exportaciones agropecuarias mexicanas van a Estados Unidos.'],
    ['a sector', 'Mexico is the largest supplier of steel to the United States.'],
    ['a sector', 'Mexico is the largest U.S. trading partner in services.'],
    ['a sector', 'México es el principal socio comercial de Estados Unidos en el sector automotriz.'],
    ['one port or city', 'About 88% of fentanyl is caught at the Nogales port of entry.'],
    ['one port or city', 'About 88% of fentanyl is seized at the Otay Mesa port of entry.'],
    ['one port or city', 'Border Patrol made 237,538 apprehensions near Yuma in fiscal 2025.'],
    ['one port or city', 'Remittances to Mexico City totaled $61.8 billion in 2025.'],
    ['one port or city', 'Las remesas a la CDMX sumaron 61,791 millones de dólares en 2025.'],
    ['a degree of poverty', 'Extreme poverty in Mexico stood at 29.6% in 2024.'],
    ['a degree of poverty', 'La pobreza extrema en México se ubicó en 29.6% en 2024.'],
    ['an average', 'The average remittance sent to Mexico is $61.8 billion.'],
    ['an average', 'El envío promedio de remesas a México es de 61,791 millones de dólares.'],
    ['an average', "Mexico's economy grew an average of 1.5% a year."],
    ['one drug', 'Over 80,000 Americans died of fentanyl overdoses in 2024.'],
    ['one drug', '80,391 estadounidenses murieron por sobredosis de fentanilo en 2024.'],
    ['an age group', 'Only 29% of young Mexicans view the United States favorably.'],
    ['another measure of the economy', "Mexico's GDP at purchasing power parity reached $1.85 trillion in 2024."],
    ['another measure of the economy', 'El PIB de México en paridad de poder adquisitivo es de 1.85 billones de dólares.'],
    ['an age group', 'Solo 29% de los jóvenes mexicanos tiene una opinión favorable de Estados Unidos.'],
    ['a state named after the country', 'Las remesas al Estado de México sumaron 64 mil 745 millones de dólares en 2024.'],
  ])('%s is not the whole measure: %s', (_, text) => {
    expect(rating(text)).not.toMatch(/accurate|false|outdated/);
  });

  it('leaves the whole measure and a part its series names alone', () => {
    expect(rating('U.S. exports to Mexico reached $338 billion in 2025.')).toBe('accurate');
    expect(rating('Las exportaciones de Estados Unidos a México llegaron a 338 mil millones de dólares en 2025.')).toBe('accurate');
    expect(rating('Mexico supplies 43% of U.S. auto parts imports.')).toBe('accurate');
    expect(rating('Mexico is the largest U.S. trading partner.')).toBe('accurate');
    expect(rating('El puerto de Laredo manejó 354 mil millones de dólares en comercio en 2025.')).toBe('accurate');
    expect(rating('MEXICO CITY (AP) — Remittances to Mexico totaled $61.8 billion in 2025.')).toBe('accurate');
    expect(rating('México es el principal socio comercial de Estados Unidos.')).toBe('accurate');
    expect(rating('Las remesas equivalen al 3.4% del PIB de México, más que el petróleo.')).toBe('accurate');
    expect(rating('Mexicans sent home an average of $397 per transfer in 2025.')).toBe('accurate');
    expect(rating('Más de 80 mil estadounidenses murieron por sobredosis en 2024.')).toBe('accurate');
    expect(rating('About 89% of convicted fentanyl traffickers are U.S. citizens.')).toBe('accurate');
    expect(rating('Only 29% of Mexicans view the United States favorably.')).toBe('accurate');
    expect(rating("Mexico's GDP reached $1.85 trillion in 2024.")).toBe('accurate');
  });

  it('reads no state in a word that shares its stem ("pueblos" is no Puebla)', () => {
    expect(rating("Remittances that reach Mexico's small pueblos totaled $61.8 billion in 2025.")).toBe('accurate');
    expect(rating('Las remesas que llegan a los pueblos de México sumaron 61,791 millones de dólares en 2025.')).toBe('accurate');
  });
});

describe('a side of a border the series does not count', () => {
  it.each([
    'La Guardia Nacional desplegó 10,000 elementos en la frontera sur de México.',
    'Mexico deployed 10,000 National Guard troops to its southern border with Guatemala.',
    'El Pentágono envió 10,000 soldados a la frontera norte de Estados Unidos.',
  ])('is another place: %s', (text) => expect(rating(text)).not.toMatch(/accurate|false|outdated/));

  it('leaves the side the series counts alone', () => {
    expect(rating('México desplegó 10,000 elementos de la Guardia Nacional en la frontera norte.')).toBe('accurate');
    expect(rating('Mexico deployed 10,000 National Guard troops to its northern border.')).toBe('accurate');
    expect(rating('The Pentagon sent 10,000 troops to the southern border.')).toBe('accurate');
  });
});
