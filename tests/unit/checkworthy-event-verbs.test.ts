/**
 * A short sentence closed by a full stop that says a dated event done in its cue's past form asserts it ("El T-MEC entró en
 * vigor en julio."): the title test read the Spanish preterite as no verb and left it a caption. Only past forms the dated
 * series' cues use count (engine/event-verbs.ts), as written: "fallo" (a ruling) is no "falló", and a caption stays one.
 */
import { describe, expect, it } from 'vitest';
import { notCheckworthy } from '../../engine/checkworthy';
import { eventVerbs } from '../../engine/event-verbs';
import { VERDICT_WORDS } from '../../engine/knowledge';
import { loadData } from '../../scripts/lib/data-files';
import { bundled } from './helpers/bundled';

const verbs = eventVerbs(loadData().facts, VERDICT_WORDS);

describe('past forms of dated events’ cues', () => {
  it('are read from the cues, accents kept', () => {
    expect(verbs.es.has('entró')).toBe(true);
    expect(verbs.es.has('entro')).toBe(false);
    expect(verbs.en.has('took')).toBe(true);
  });

  it('make a short closed sentence a claim', () => {
    expect(notCheckworthy('El T-MEC entró en vigor en julio.', VERDICT_WORDS.es, false, verbs.es)).toBeNull();
    expect(notCheckworthy('El TLCAN arrancó en enero.', VERDICT_WORDS.es, false, verbs.es)).toBeNull();
    expect(notCheckworthy('NAFTA came into force in January.', VERDICT_WORDS.en, false, verbs.en)).toBeNull();
    expect(bundled.classify('El T-MEC entró en vigor en julio.')?.checkworthy).toBe(true);
  });

  it('leave a caption a caption', () => {
    expect(notCheckworthy('El fallo de la Corte sobre México.', VERDICT_WORDS.es, false, verbs.es)).toBe('title');
    expect(notCheckworthy('The court ruling on Mexico.', VERDICT_WORDS.en, false, verbs.en)).toBe('title');
  });
});
