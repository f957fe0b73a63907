/**
 * A share said with another survey's name, or with the opposite of the word its measure uses, is not that series'
 * figure: "65% unfavorable, according to the Chicago Council" is neither Pew's unfavorable share (another source) nor
 * the Council's favorable one (the opposite measure), though the record holds only those two. Run on the bundled facts;
 * the sentences are written for the test.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/engine';
import type { Lang } from '../../engine/schema';
import { loadData } from '../../scripts/lib/data-files';
import { foldSameLength } from '../../engine/word-lists';

const facts = loadData().facts;
const engine = createEngine(facts);
const rating = (text: string, lang: Lang) => engine.classify(text, lang)?.rating;

describe('a share said with the opposite word or another source', () => {
  it.each([
    ['en', 'Chicago Council: 65% of Mexicans see the U.S. negatively.'],
    ['en', 'A Chicago Council survey found 65% of Mexicans viewed the United States unfavorably in 2017.'],
    ['es', 'Según el Consejo de Chicago, 65% de los mexicanos veía desfavorablemente a Estados Unidos en 2017.'],
    ['es', 'Una encuesta del Consejo de Chicago halló que 65% de los mexicanos ve negativamente a EU.'],
    // A cue naming only the source needs words of its own way: the other way's, or none at all, leave it unbound.
    ['en', 'Chicago Council: 65% of Mexicans think poorly of the U.S.'],
    ['es', 'Según el Consejo de Chicago, 65% de los mexicanos ve mal a Estados Unidos.'],
    ['es', 'Ven mal a Estados Unidos: 65% en 2017, según el Consejo de Chicago.'],
  ] as const)('is not the favorable share (%s): %s', (lang, text) => {
    expect(['false', 'outdated', 'misleading', 'accurate']).not.toContain(rating(text, lang));
  });

  it.each([
    ['en', 'In 2017, 65% of Mexicans had an unfavorable view of the U.S., according to the Chicago Council.'],
    ['es', 'En 2017, el 65% de los mexicanos tenía una opinión desfavorable de Estados Unidos, según el Consejo de Chicago.'],
  ] as const)("is not another source's share of the same subject (%s): %s", (lang, text) => {
    expect(rating(text, lang)).not.toBe('accurate');
  });

  it('still bears out a share said with its own source and word', () => {
    expect(rating('According to the Chicago Council, 30% of Mexicans viewed the U.S. favorably in 2017.', 'en')).toBe('accurate');
    expect(rating('In 2017, 65% of Mexicans had an unfavorable view of the U.S., according to Pew.', 'en')).toBe('accurate');
    expect(rating('Según Pew, en 2017 el 65% de los mexicanos tenía una opinión desfavorable de Estados Unidos.', 'es')).toBe('accurate');
    expect(rating('Según el Consejo de Chicago, 30% de los mexicanos veía bien a Estados Unidos en 2017.', 'es')).toBe('accurate');
  });

  it("never binds a series' own figure said with the source of another series of its subject (sweep)", () => {
    const entries = facts.flatMap((fact) => (fact.series ?? []).map((series) => ({ fact, series, figures: (fact.figures ?? []).filter((f) => f.key === series.key) })));
    const all = new Set(facts.map((f) => f.id));
    const bound: string[] = [];
    let swept = 0;
    for (const a of entries) {
      if (!a.series.namedBy) continue;
      const others = entries.flatMap((b) => (b !== a && b.series.subject === a.series.subject ? (b.series.namedBy ?? []) : [])).filter((n) => !a.series.namedBy!.includes(n));
      // A cue that is the series' own source's name ("Chicago Council") names both sources: left out.
      for (const lang of ['en', 'es'] as const)
        for (const cue of a.series.cues[lang].filter((c) => !a.series.namedBy!.some((n) => foldSameLength(c).includes(foldSameLength(n)))).slice(0, 3))
          for (const fig of a.figures)
            for (const name of others) {
              const sentence = lang === 'en' ? `${cue}: ${fig.value}% in ${fig.period.slice(0, 4)}, according to ${name}.` : `${cue}: ${fig.value}% en ${fig.period.slice(0, 4)}, según ${name}.`;
              swept++;
              if (engine.checkFigures(sentence, lang, all).some((c) => c.key === a.series.key)) bound.push(sentence);
            }
    }
    expect(swept).toBeGreaterThan(100);
    expect(bound).toEqual([]);
  });
});
