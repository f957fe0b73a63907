/**
 * Meta-tests that keep the project's conventions true: the fact base is complete and
 * sourced, every UI string exists in both languages, every site adapter has fixtures.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../engine/schema';
import { TOPIC_IDS } from '../../engine/topics';
import { STRINGS, localeMessages } from '../../i18n/strings';
import { coverage, loadData, ROOT } from '../../scripts/lib/data-files';
import { SITE_ADAPTERS } from '../../sites';
import { ANCHORS, TOPIC_LEXICON } from '../../engine/lexicon';
import { toStems } from '../../engine/vocabulary';

const { facts, frames, problems } = loadData();

describe('the bundled fact base', () => {
  it('validates against the schema', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('has at least 60 facts and at least 3 on every topic', () => {
    expect(facts.length).toBeGreaterThanOrEqual(60);
    const counts = coverage(facts);
    for (const topic of TOPIC_IDS) expect(counts[topic], topic).toBeGreaterThanOrEqual(3);
  });

  it('gives every fact a nameable source with an https or http URL and a date', () => {
    for (const f of facts) {
      expect(f.sources.length, f.id).toBeGreaterThan(0);
      for (const s of f.sources) {
        expect(s.publisher.trim(), f.id).not.toBe('');
        expect(s.url, f.id).toMatch(/^https?:\/\/[^/]+\.[^/]+/);
        expect(s.date, f.id).toMatch(/^\d{4}/);
      }
    }
  });

  it('has typical claims in both languages, with every rating on the fixed scale, for every topic', () => {
    for (const topic of TOPIC_IDS) {
      const claims = facts.filter((f) => f.topic === topic).flatMap((f) => f.claims);
      expect(claims.some((c) => c.lang === 'en'), `${topic} en`).toBe(true);
      expect(claims.some((c) => c.lang === 'es'), `${topic} es`).toBe(true);
    }
  });

  it('has one narrative frame per topic, in both languages', () => {
    expect(frames.map((f) => f.topic).sort()).toEqual([...TOPIC_IDS].sort());
  });

  it('keeps figure series consistent: one unit and rate per key', () => {
    for (const f of facts) {
      const byKey = new Map<string, string>();
      for (const fig of f.figures ?? []) {
        const sig = `${fig.unit}/${fig.per ?? ''}`;
        expect(byKey.get(fig.key) ?? sig, `${f.id} ${fig.key}`).toBe(sig);
        byKey.set(fig.key, sig);
      }
    }
  });
});

describe('UI strings', () => {
  it('exist in English and Spanish, non-empty, with the same placeholders', () => {
    for (const [key, value] of Object.entries(STRINGS)) {
      expect(value.en.trim(), key).not.toBe('');
      expect(value.es.trim(), key).not.toBe('');
      const holes = (s: string) => (s.match(/\$\d/g) ?? []).sort().join();
      expect(holes(value.es), key).toBe(holes(value.en));
    }
    expect(Object.keys(localeMessages('es'))).toEqual(Object.keys(localeMessages('en')));
  });
});

describe('site adapters', () => {
  it('each have fixture pages under tests/fixtures/<site>/', () => {
    for (const adapter of SITE_ADAPTERS) {
      const dir = join(ROOT, 'tests', 'fixtures', adapter.name);
      expect(existsSync(dir) && readdirSync(dir).some((f) => f.endsWith('.html')), dir).toBe(true);
    }
  });
});

describe('the topic lexicon', () => {
  it('has no strong term that is only a country name once function words go ("Mexicans in" → "mexican")', () => {
    const names = ['mexico', 'mexican', 'mexicans', 'mexicano', 'mexicanos', 'mexicana', 'usa', 'america', 'american', 'americans', 'estadounidense', 'estadounidenses', 'gringo', 'gringos', 'norteamericanos', 'paisanos', 'connacionales', 'country', 'pais', 'norte', 'north'];
    const countryStems = new Set(names.flatMap((w) => toStems(w, 'es')));
    expect(countryStems.size).toBeGreaterThan(10);
    expect(ANCHORS.mx).toContain('mexicans');
    const bad: string[] = [];
    for (const [topic, lex] of Object.entries(TOPIC_LEXICON)) {
      for (const w of lex.strong) {
        const stems = toStems(w, 'es');
        if (stems.length === 0 || stems.every((st) => countryStems.has(st))) bad.push(`${topic}: ${w}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('has no strong phrase that function words shrink to one everyday word ("moving their" → "mov")', () => {
    // Phrases whose one remaining word still says the topic on its own.
    const fine = new Set(['intercambio entre', 'comercio entre', 'comercio con', 'relocating to', 'del muro', 'the wall', 'el muro', 'if it bleeds', 'el chapo', 'la boquilla']);
    const shrunk: string[] = [];
    for (const [topic, lex] of Object.entries(TOPIC_LEXICON)) {
      for (const w of lex.strong) if (w.trim().includes(' ') && toStems(w, 'es').length <= 1 && !fine.has(w)) shrunk.push(`${topic}: ${w}`);
    }
    expect(shrunk).toEqual([]);
  });
});
