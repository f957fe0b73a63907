/** A place said by the only ones ahead of it: one after the countries named, and none where the words are of time. */
import { describe, expect, it } from 'vitest';
import { readQuantities } from '../../engine/numbers';
import type { Lang } from '../../engine/schema';

const ranks = (text: string, lang: Lang) =>
  readQuantities(text, lang)
    .filter((q) => q.unit === 'rank')
    .map((q) => q.value);

describe('a place said by the only ones ahead of it', () => {
  it('is one after the countries named', () => {
    expect(ranks('Mexico trails only Canada in that ordering.', 'en')).toEqual([2]);
    expect(ranks('México solo es superado por Canadá en esa lista.', 'es')).toEqual([2]);
    expect(ranks('It ranks behind only Japan, Germany and India.', 'en')).toEqual([4]);
    expect(ranks('Queda solo detrás de Japón, Alemania e India.', 'es')).toEqual([4]);
  });

  it('is none with no name after the words', () => {
    expect(ranks('Mexico trails only two countries in that ordering.', 'en')).toEqual([]);
    expect(ranks('México solo es superado por dos países en esa lista.', 'es')).toEqual([]);
  });

  it('is none beside a place said outright that it does not match, where the words are of time', () => {
    expect(ranks('It became the largest market only after China imposed new tariffs.', 'en')).toEqual([1]);
    expect(ranks('Se convirtió en el principal mercado solo después de China.', 'es')).toEqual([1]);
  });
});
