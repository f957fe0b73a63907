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
import { toStems } from '../../engine/vocabulary';
import { negationCount, numberSignature } from '../../engine/compiled-verdicts';
import { readQuantities } from '../../engine/numbers';
import { VERDICT_WORDS } from '../../engine/knowledge';
import { cueClassMaps, inClasses } from '../../engine/measure-cues';

const { facts, frames, problems } = loadData();
/** The day the bundled base was last reviewed as a whole: nothing before it is spoken of as still to come. */
const REVIEWED = '2026-12-02';

describe('the bundled fact base', () => {
  it('validates against the schema', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('has at least 150 facts and at least 6 on every topic', () => {
    expect(facts.length).toBeGreaterThanOrEqual(150);
    const counts = coverage(facts);
    for (const topic of TOPIC_IDS) expect(counts[topic], topic).toBeGreaterThanOrEqual(6);
  });

  it('says what every figure measures: one series per figure key, with cues in both languages', () => {
    const missing: string[] = [];
    for (const f of facts) {
      const described = new Set((f.series ?? []).map((s) => s.key));
      for (const key of new Set((f.figures ?? []).map((g) => g.key))) if (!described.has(key)) missing.push(`${f.id}: ${key}`);
    }
    expect(missing).toEqual([]);
  });

  it('keeps sibling series apart: two series of one subject share no cue, read through the cue classes, unless a named source tells them apart', () => {
    const classes = cueClassMaps(VERDICT_WORDS);
    const read = (cue: string, lang: 'en' | 'es') => inClasses(toStems(cue, lang), classes[lang]).join(' ');
    const bySubject = new Map<string, { key: string; cues: Set<string>; named: string | null }[]>();
    for (const f of facts) {
      for (const s of f.series ?? []) {
        const cues = new Set([...s.cues.en.map((c) => read(c, 'en')), ...s.cues.es.map((c) => read(c, 'es'))]);
        const list = bySubject.get(s.subject) ?? [];
        // Two sources of one measure, each named (engine/measures.ts namedOut): a sentence's source picks one.
        const named = s.namedBy?.length ? `${s.direction ?? ''}|${s.period}|${f.figures?.find((g) => g.key === s.key)?.unit ?? ''}` : null;
        list.push({ key: s.key, cues, named });
        bySubject.set(s.subject, list);
      }
    }
    const shared: string[] = [];
    for (const [subject, list] of bySubject) {
      for (let i = 0; i < list.length; i++)
        for (let j = i + 1; j < list.length; j++)
          for (const c of list[i]!.cues)
            if (list[j]!.cues.has(c) && list[i]!.key !== list[j]!.key && !(list[i]!.named && list[i]!.named === list[j]!.named))
              shared.push(`${subject}: "${c}" in ${list[i]!.key} and ${list[j]!.key}`);
    }
    expect(shared).toEqual([]);
  });

  it('gives every fact a short form: a complete sentence of at most 200 characters in each language', () => {
    const bad: string[] = [];
    for (const f of facts) {
      if (!f.short) {
        bad.push(`${f.id}: no short form`);
        continue;
      }
      for (const lang of ['en', 'es'] as const) {
        const s = f.short[lang];
        if (s.length > 200 || !/^[¿¡"“(]?\p{Lu}|^\d/u.test(s) || !/[.!?]["”)]?$/.test(s)) bad.push(`${f.id} (${lang}): ${s}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('never gives the same typical claim two ratings, within a fact or across facts', () => {
    const seen = new Map<string, { rating: string; id: string }>();
    const conflicts: string[] = [];
    for (const f of facts) {
      for (const c of f.claims) {
        // Hedges are stopwords to the stemmer: "more than 50" and "50" differ only in their numbers' signature.
        // So is "not": "Mexico did not pay for the border wall" is the denial of "Mexico paid for the border wall", as the verdict step reads it.
        const negated = negationCount(c.text, VERDICT_WORDS[c.lang]) > 0;
        const key = `${c.lang}:${toStems(c.text, c.lang).join(' ')}:${numberSignature(readQuantities(c.text, c.lang))}:${negated}`;
        const before = seen.get(key);
        if (before && before.rating !== c.rating) conflicts.push(`"${c.text}": ${before.rating} in ${before.id}, ${c.rating} in ${f.id}`);
        seen.set(key, { rating: c.rating, id: f.id });
      }
    }
    expect(conflicts).toEqual([]);
  });

  it('speaks of no past event in the future tense (the base was reviewed on ${REVIEWED})', () => {
    const reviewedYear = Number(REVIEWED.slice(0, 4));
    // A future-tense verb beside a year that has begun ("will host the 2026 World Cup", "se jugará en 2026").
    const future = {
      en: /\b(?:will|is set to|are set to|is scheduled to|are scheduled to|is expected to|are expected to)\b/i,
      es: /\b(?:se jugará|será|serán|habrá|tendrá|tendrán|albergará|se celebrará|se realizará|iniciará|comenzará|vencerá|revisará|se revisará)\b/i,
    };
    const bad: string[] = [];
    for (const f of facts) {
      for (const lang of ['en', 'es'] as const) {
        for (const text of [f.statement[lang], f.short?.[lang] ?? '']) {
          const years = (text.match(/\b20\d\d\b/g) ?? []).map(Number);
          if (future[lang].test(text) && years.length && Math.max(...years) <= reviewedYear) bad.push(`${f.id} (${lang}): ${text}`);
        }
      }
    }
    expect(bad).toEqual([]);
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
      expect(
        claims.some((c) => c.lang === 'en'),
        `${topic} en`,
      ).toBe(true);
      expect(
        claims.some((c) => c.lang === 'es'),
        `${topic} es`,
      ).toBe(true);
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
