/**
 * A number in a parenthesis right after another ("51.9 million (41.9%) in 2018", "5,963 … en 2017/18 (destino 12), 6,340
 * …") is an aside: it does not cut the stretch of the number before it in two, so the year said after the aside is
 * still that number's time, and the number is not judged against the newest record as if said of now.
 */
import { describe, expect, it } from 'vitest';
import { classifiedRating as rating } from './helpers/bundled';

describe('a parenthetical aside between a number and its year', () => {
  it('leaves the year to the number before it', () => {
    expect(rating('Mexicans in multidimensional poverty fell from 51.9 million (41.9%) in 2018 to 38.5 million (29.6%) in 2024.')).not.toBe('outdated');
    expect(rating('Los mexicanos en pobreza multidimensional pasaron de 51.9 millones (41.9%) en 2018 a 38.5 millones (29.6%) en 2024.')).not.toBe('outdated');
    expect(rating('Datos de Open Doors contaron 5,963 estudiantes de EE.UU. en México con créditos en 2017/18 (destino 12), 6,340 en 2018/19.')).toBe('accurate');
  });

  it('still parts the number from the one before at a break after the aside', () => {
    expect(rating("INEGI's 2024 poverty measurement found 48.2% of Mexicans (62.7 million) lacked access to social security and 34.2% (44.5 million) lacked access to health services.")).not.toBe(
      'false',
    );
    expect(
      rating(
        'La medición de pobreza 2024 del INEGI encontró que el 48.2% de los mexicanos (62.7 millones) carecía de seguridad social y el 34.2% (44.5 millones) carecía de acceso a servicios de salud.',
      ),
    ).not.toBe('false');
  });
});
