/**
 * "Trade with Mexico" is goods in the Census count and goods and services in USTR's, which runs about a tenth
 * higher: "U.S.-Mexico trade reached $677 billion in 2019" is USTR's true figure, though goods trade was $614.5
 * billion. "Homicidios en México" is INEGI's final count or the SESNSP's victims, about a tenth fewer; "unauthorized
 * Mexican immigrants" MPI's estimate or Pew's, up to a fifth lower. A series whose words also name another count
 * (its `otherCount`) does not show a number wrong that lies where that count runs, unless the sentence narrows it to
 * the series' own count ("goods", "bienes", "cifras definitivas"). Run on the bundled facts; the sentences are
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { shownRating as rating } from './helpers/bundled';

describe('a number that may be another count the words also name', () => {
  it.each([
    'U.S.-Mexico trade reached $677 billion in 2019.',
    'El comercio entre México y Estados Unidos sumó 677 mil millones de dólares en 2019.',
    'U.S. exports to Mexico were $289 billion in 2019.',
    'Las exportaciones de Estados Unidos a México sumaron 289 mil millones de dólares en 2019.',
    'México registró 30,057 víctimas de homicidio doloso en 2024, según el SESNSP.',
    'Mexico recorded 31,062 homicides in 2023, according to preliminary INEGI figures.',
    // The CPS count of Mexican immigrants for 2007 runs about a tenth under the adjusted estimate the record holds.
    'In 2007 there were 11.2 million Mexican immigrants in the United States.',
    'En 2007 vivían en Estados Unidos 11.2 millones de inmigrantes mexicanos.',
    // Pew's count of unauthorized Mexican immigrants runs a tenth to a fifth under MPI's, which the record holds.
    'In 2022 there were 4.0 million unauthorized Mexican immigrants in the U.S.',
    'Según estimaciones, 6.9 millones de mexicanos sin papeles vivían en Estados Unidos en 2007.',
    // INEGI's first count of a half year runs some 6% under its later one.
    'México registró 15,243 homicidios en el primer semestre de 2024.',
    // A state's prosecutors (the SESNSP) count a fifth fewer homicides than INEGI's death records.
    'Guanajuato recorded 3,151 homicides in 2024.',
    'Guanajuato registró 3,151 homicidios en 2024.',
    // The six Mexico-based groups were designated with Tren de Aragua and MS-13: eight in all.
    'Trump designó 8 cárteles como terroristas.',
    'Estados Unidos designó 8 cárteles como organizaciones terroristas.',
  ])('is not shown wrong: %s', (text) => expect(rating(text)).toBe('context'));

  it.each([
    // Narrowed to the series' own count, beyond what the wider count runs, or under the record: still wrong.
    'U.S.-Mexico goods trade reached $677 billion in 2019.',
    'U.S. goods exports to Mexico were $289 billion in 2019.',
    'U.S.-Mexico trade reached $777 billion in 2019.',
    'U.S.-Mexico trade reached $500 billion in 2019.',
    'Según cifras definitivas, México registró 30,057 homicidios en 2024.',
    'Mexico recorded 25,000 homicides in 2024.',
    'In 2007 there were 10.5 million Mexican immigrants in the United States.',
    'En 2007 vivían en Estados Unidos 10.5 millones de inmigrantes mexicanos.',
    'In 2022 there were 3.5 million unauthorized Mexican immigrants in the U.S.',
    'Según el MPI, 4 millones de mexicanos sin papeles vivían en Estados Unidos en 2022.',
    'Según cifras definitivas, México registró 15,243 homicidios en el primer semestre de 2024.',
    'México registró 14,000 homicidios en el primer semestre de 2024.',
    'Guanajuato registró 3,151 homicidios en 2024, según el INEGI.',
    'Guanajuato recorded 3,000 homicides in 2024.',
    'Trump designó 8 cárteles mexicanos como terroristas.',
    'EU designó a 4 cárteles como organizaciones terroristas.',
  ])('is still shown wrong where it cannot be: %s', (text) => expect(rating(text)).toBe('false'));

  it('still bears out the record', () => {
    expect(rating('U.S.-Mexico trade reached $614.5 billion in 2019.')).toBe('accurate');
    expect(rating('El comercio entre México y Estados Unidos sumó 614 mil 500 millones de dólares en 2019.')).toBe('accurate');
    expect(rating('Mexico recorded 33,550 homicides in 2024.')).toBe('accurate');
    expect(rating('In 2007 there were 12.8 million Mexican immigrants in the United States.')).toBe('accurate');
    expect(rating('En 2007 vivían en Estados Unidos 12.8 millones de inmigrantes mexicanos.')).toBe('accurate');
    expect(rating('In 2022 there were 5.1 million unauthorized Mexican immigrants in the U.S.')).toBe('accurate');
    expect(rating('Según estimaciones, 5.1 millones de mexicanos sin papeles vivían en Estados Unidos en 2022.')).toBe('accurate');
    expect(rating('México registró 16,306 homicidios en el primer semestre de 2024.')).toBe('accurate');
    expect(rating('Guanajuato recorded 4,035 homicides in 2024.')).toBe('accurate');
    expect(rating('Guanajuato registró 4,035 homicidios en 2024.')).toBe('accurate');
    expect(rating('Trump designó 6 cárteles como terroristas.')).toBe('accurate');
  });
});
