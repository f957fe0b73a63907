import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/engine';
import { loadData } from '../../scripts/lib/data-files';

const engine = createEngine(loadData().facts);
const topicOf = (sentence: string) => engine.classify(sentence)?.topic ?? 'none';

describe('a remittance told as one household’s', () => {
  it('hears an amount sent to family as a remittance, with no remittance word (en, es)', () => {
    expect(topicOf('My cousin sends about $300 a month to his mother in Zacatecas.')).toBe('remittances');
    expect(topicOf('Mi vecino le manda como 300 dólares a su mamá en Zacatecas cada mes.')).toBe('remittances');
  });

  it('needs the amount: sending word and family alone are not one (en, es)', () => {
    expect(topicOf('My cousin sends photos to his mother in Zacatecas.')).toBe('none');
    expect(topicOf('Mi vecino le manda fotos a su mamá en Zacatecas.')).toBe('none');
  });
});
