/**
 * A gate on detection: the held-out split of tests/corpus (lines the model was never fitted
 * on) must keep its precision, recall and F1 in each language. Floors are today's measured
 * figures less a small margin (npm run eval prints them under "detection by split"); a change
 * that lowers one fails here and must be judged on the whole corpus, never on one sentence.
 * The committed model must also be the one the fit script gives on today's corpus and facts.
 */
import { describe, expect, it } from 'vitest';
import { FEATURES } from '../../engine/detection-model';
import MODEL from '../../engine/detection-model.json';
import { createEngine } from '../../engine/engine';
import { loadData } from '../../scripts/lib/data-files';
import { readDetectionCorpus } from '../../scripts/lib/detection-corpus';
import { fitDetection } from '../../scripts/lib/detection-fit';
import { detector, evaluate } from '../../scripts/lib/metrics';

const { facts } = loadData();
const engine = createEngine(facts);
const lines = readDetectionCorpus();
const puente = detector(engine);

/**
 * Held-out floors per language: today's figures less 0.02. Reset on 2026-12-02 (third session)
 * when tests/corpus/real-news-2026-12.jsonl (525 real lines, labelled without running the
 * engine) grew the held-out split from 413 to 575 lines: on the same engine, EN went from
 * P 0.925 R 0.712 to P 0.879 R 0.690 and ES from P 0.824 R 0.722 to P 0.810 R 0.703. Raised the same day when off-topic words became a
 * fitted feature where they are ambiguous (EN P 0.883 R 0.715, ES P 0.804 R 0.736; the ES precision
 * floor stays 0.79). Raised to the measured figures less 0.005 when words with an everyday sense
 * stopped being strong (EN P 0.896 R 0.709 F1 0.792, ES P 0.802 R 0.726 F1 0.762). Raised again to
 * the measured figures less 0.005 on 2026-12-03 (issue #16: explainer questions gated, Spanish
 * "comercio" a supporting word, water owed said in weak words a clause): EN P 0.897 R 0.715 F1 0.796,
 * ES P 0.804 R 0.736 F1 0.768. Raised again to the measured figures less 0.005 on 2026-12-05 (issue #16:
 * English text naming only the U.S. by the country's name passes the prefilter): EN P 0.899 R 0.734 F1 0.808,
 * ES P 0.813 R 0.741 F1 0.775. Raised again the same day (issue #16: a sentence with a figure a series' cue binds is
 * read though no prefilter word is in it): EN P 0.900 R 0.741 F1 0.813, ES P 0.814 R 0.745 F1 0.778.
 */
const FLOORS = {
  en: { precision: 0.895, recall: 0.736, f1: 0.808 },
  es: { precision: 0.809, recall: 0.74, f1: 0.773 },
};
/**
 * The same gate on what a page highlights and `scan` prints (check-worthy findings only), which
 * is what an outside evaluation of `scan` measures. Set on 2026-12-02 (fourth session) from
 * EN P 0.882 R 0.709 F1 0.786, ES P 0.807 R 0.731 F1 0.767, less 0.02. Raised with FLOORS to the
 * measured figures less 0.005 (EN P 0.895 R 0.703 F1 0.787, ES P 0.814 R 0.722 F1 0.765), and again
 * with them on 2026-12-03 (EN P 0.896 R 0.709 F1 0.792, ES P 0.816 R 0.731 F1 0.771), and on 2026-12-05
 * (EN P 0.898 R 0.728 F1 0.804, ES P 0.820 R 0.731 F1 0.773), and again that day (EN P 0.899 R 0.734 F1 0.808,
 * ES P 0.821 R 0.736 F1 0.776). The ES precision floor was lowered on 2026-12-06 to the measured figure less 0.005,
 * when "EE. UU." (the spelling the RAE recommends) stopped ending a sentence at "EE.": held-out sentences so spelled,
 * read whole rather than as two fragments, gave ES P 0.813 R 0.736 F1 0.772; the split had hidden them, it had not
 * read them right.
 */
const HIGHLIGHT_FLOORS = {
  en: { precision: 0.894, recall: 0.729, f1: 0.803 },
  es: { precision: 0.808, recall: 0.731, f1: 0.771 },
};

describe('detection on the held-out split of tests/corpus', () => {
  it('has a corpus of at least 1,000 lines, 45% Spanish, half of them real and cited, and a held-out part', () => {
    expect(lines.length).toBeGreaterThanOrEqual(1000);
    expect(lines.filter((l) => l.lang === 'es').length / lines.length).toBeGreaterThanOrEqual(0.45);
    expect(lines.filter((l) => typeof (l as { source?: unknown }).source === 'string').length / lines.length).toBeGreaterThanOrEqual(0.5);
    expect(lines.filter((l) => l.split === 'heldout').length).toBeGreaterThan(300);
  });

  const heldout = lines.filter((l) => l.split === 'heldout');
  const gates = [
    { what: 'every finding', report: evaluate(heldout, puente), floors: FLOORS },
    { what: 'highlights (what scan prints)', report: evaluate(heldout, detector(engine, true)), floors: HIGHLIGHT_FLOORS },
  ];
  for (const { what, report, floors } of gates) {
    for (const lang of ['en', 'es'] as const) {
      it(`keeps precision, recall and F1 in ${lang}, ${what}`, () => {
        const s = report.byLang[lang]!;
        expect(s.precision).toBeGreaterThanOrEqual(floors[lang].precision);
        expect(s.recall).toBeGreaterThanOrEqual(floors[lang].recall);
        expect(s.f1).toBeGreaterThanOrEqual(floors[lang].f1);
      });
    }
  }

  it('ships the model the fit script gives on the dev split (re-run scripts/fit-detection.ts when this fails)', () => {
    expect(MODEL.features).toEqual([...FEATURES]);
    const fitted = fitDetection(
      facts,
      lines.filter((l) => l.split === 'dev'),
    );
    fitted.weights.forEach((w, i) => expect(MODEL.weights[i]).toBeCloseTo(w, 4));
  });
});
