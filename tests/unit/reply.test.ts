import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/engine';
import { checkDraft, composeReplies, draftLanguage } from '../../engine/reply';
import type { Fact } from '../../engine/schema';
import type { ClaimFinding } from '../../engine/types';
import { X_LIMIT, xLength } from '../../engine/x-length';
import { loadData } from '../../scripts/lib/data-files';
import { SAMPLE_FACTS } from './helpers/sample-facts';

const engine = createEngine(SAMPLE_FACTS);
const factsById = new Map(SAMPLE_FACTS.map((f) => [f.id, f]));
const trade = factsById.get('trade-volume-daily')!;
const guns = factsById.get('guns-traced-us-origin')!;
const tradeFinding = engine.analyze('Mexico and the U.S. trade $1.4 billion a day, and most Americans have no idea.')[0]!;
const gunsFinding = engine.analyze('70% of guns traced in Mexico come from the U.S.')[0]!;

const links = (s: string) => s.match(/https?:\/\/\S+/g) ?? [];

/** A finding for a fact without going through the engine (for every fact in the base). */
function findingFor(fact: Fact): ClaimFinding {
  return {
    text: fact.claims[0]?.text ?? fact.statement.en,
    start: 0,
    end: 1,
    lang: 'en',
    topic: fact.topic,
    factId: fact.id,
    rating: 'needs-context',
    basis: 'claim',
    answers: true,
    related: [],
    checkworthy: true,
    score: 0.9,
    level: 'show',
  };
}

describe('xLength: counting as X does (twitter-text v3)', () => {
  it('counts ASCII and accented Latin one each', () => {
    expect(xLength('')).toBe(0);
    expect(xLength('hello world')).toBe(11);
    expect(xLength('México, café, niño, ¿qué tal?')).toBe(29);
    expect(xLength('a'.repeat(280))).toBe(280);
  });

  it('normalises to NFC first: a combining accent is one character', () => {
    expect(xLength('e\u0301')).toBe(1);
    expect(xLength('Me\u0301xico')).toBe(xLength('México'));
  });

  it('counts CJK two each', () => {
    expect(xLength('日本語')).toBe(6);
    expect(xLength('한국어')).toBe(6);
    expect(xLength('a日b')).toBe(4);
  });

  it('counts an emoji two, and a whole emoji sequence two in total', () => {
    expect(xLength('😀')).toBe(2);
    expect(xLength('👍🏽')).toBe(2); // skin tone
    expect(xLength('👨‍👩‍👧‍👦')).toBe(2); // ZWJ family
    expect(xLength('🇲🇽')).toBe(2); // flag
    expect(xLength('🇲🇽🇺🇸')).toBe(4);
    expect(xLength('🏴󠁧󠁢󠁳󠁣󠁴󠁿')).toBe(2); // subdivision flag (tag sequence)
    expect(xLength('1️⃣')).toBe(2); // keycap
    expect(xLength('❤️')).toBe(2); // text symbol + VS16
    expect(xLength('Hola 👋🏽 amigos 🇲🇽')).toBe(17);
  });

  it('weighs general punctuation in the weight-1 ranges at 1, the rest at 2', () => {
    expect(xLength('“quoted” — en–dash ’')).toBe(20);
    expect(xLength('…')).toBe(2); // U+2026 lies outside the weight-1 ranges
  });

  it('counts every URL as 23, whatever its length', () => {
    expect(xLength('https://t.co')).toBe(23);
    expect(xLength(`https://example.com/${'a'.repeat(200)}`)).toBe(23);
    expect(xLength('see https://www.freightwaves.com/news/us-mexico-trade-hits-new-high-of-872b-in-2025 now')).toBe(4 + 23 + 4);
    expect(xLength('read example.com/page.')).toBe(5 + 23 + 1);
    expect(xLength('(https://example.com/a)')).toBe(1 + 23 + 1);
  });

  it('does not take emails, abbreviations or decimals for URLs', () => {
    expect(xLength('user@example.com')).toBe(16);
    expect(xLength('U.S. and EE.UU. trade $1.4B')).toBe(27);
  });
});

describe('composeReplies', () => {
  it('gives 1–3 suggestions in English and Spanish, each within 280 with exactly one http(s) link, the source', () => {
    for (const [finding, fact] of [
      [tradeFinding, trade],
      [gunsFinding, guns],
    ] as const) {
      for (const lang of ['en', 'es'] as const) {
        const out = composeReplies(finding, fact, lang);
        expect(out.length).toBeGreaterThanOrEqual(1);
        expect(out.length).toBeLessThanOrEqual(3);
        for (const s of out) {
          expect(s.length).toBe(xLength(s.text));
          expect(xLength(s.text)).toBeLessThanOrEqual(X_LIMIT);
          expect(links(s.text)).toEqual([fact.sources[0]!.url]);
          expect(s.sourceUrl).toBe(fact.sources[0]!.url);
        }
      }
    }
  });

  it('writes in the language asked for, in a calm tone', () => {
    const en = composeReplies(tradeFinding, trade, 'en');
    const es = composeReplies(tradeFinding, trade, 'es');
    for (const s of en) expect(s.text).toMatch(/\b(the|is|of|in)\b/);
    for (const s of es) {
      expect(s.text).toMatch(/\b(de|la|el|es|en)\b/);
      expect(s.text).toContain('Fuente:');
      expect(s.text).not.toMatch(/\b(the|Source)\b/);
    }
    for (const s of [...en, ...es]) expect(s.text).not.toMatch(/actually|fake|lie|wrong|en realidad|falso|mentira/i);
  });

  it('leads a figure check with the latest value and the older one it replaces', () => {
    const [first] = composeReplies(tradeFinding, trade, 'en');
    expect(first!.kind).toBe('figure');
    expect(first!.text).toContain('The latest figure is $2.39 billion a day (2025), up from $1.39 billion a day in 2013.');
    const [primero] = composeReplies(tradeFinding, trade, 'es');
    expect(primero!.text).toContain('La cifra más reciente es de 2,390 millones de dólares al día (2025); en 2013 era de 1,390 millones de dólares al día.');
  });

  it('offers the record with its as-of date and a shared-interest framing', () => {
    const out = composeReplies(gunsFinding, guns, 'en');
    const record = out.find((s) => s.kind === 'record')!;
    expect(record.text).toContain('(as of Feb 2021)');
    expect(record.text).toContain('came from the U.S. (as of');
    expect(out.find((s) => s.kind === 'shared')!.text).toMatch(/^This is a shared challenge, and both countries/);
    const es = composeReplies(gunsFinding, guns, 'es');
    expect(es.find((s) => s.kind === 'record')!.text).toContain('(datos de feb 2021)');
    expect(es.find((s) => s.kind === 'shared')!.text).toMatch(/^Es un reto compartido/);
  });

  it('shortens a long statement at a word boundary with an ellipsis and never cuts the link', () => {
    const long: Fact = {
      ...trade,
      statement: { en: `${'Mexico and the United States trade a great deal every single day '.repeat(4)}end.`.slice(0, 280), es: trade.statement.es },
      sources: [{ ...trade.sources[0]!, url: `https://example.org/${'long-path/'.repeat(30)}` }],
    };
    const out = composeReplies(findingFor(long), long, 'en');
    expect(out.some((s) => s.text.includes('…'))).toBe(true);
    for (const s of out) {
      expect(xLength(s.text)).toBeLessThanOrEqual(X_LIMIT);
      expect(links(s.text)).toEqual([long.sources[0]!.url]);
      if (s.text.includes('…')) expect(s.text).toMatch(/[a-z]… \(as of/);
    }
  });

  it('honours max and skips sources that are not http(s)', () => {
    expect(composeReplies(tradeFinding, trade, 'en', { max: 1 })).toHaveLength(1);
    const unsafe: Fact = { ...trade, sources: [{ ...trade.sources[0]!, url: 'javascript:alert(1)' }, trade.sources[0]!] };
    for (const s of composeReplies(tradeFinding, unsafe, 'en')) expect(links(s.text)).toEqual([trade.sources[0]!.url]);
    expect(composeReplies(tradeFinding, { ...trade, sources: [{ ...trade.sources[0]!, url: 'ftp://example.com/x' }] }, 'en')).toEqual([]);
  });

  it('holds for any statement and publisher: within 280, one link, never cut', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 280 }), fc.string({ minLength: 1, maxLength: 200 }), fc.constantFrom('en' as const, 'es' as const), (statement, publisher, lang) => {
        const fact: Fact = {
          ...trade,
          statement: { en: statement.replace(/https?:/gi, ''), es: statement.replace(/https?:/gi, '') },
          sources: [{ ...trade.sources[0]!, publisher: publisher.replace(/https?:/gi, '') }],
        };
        for (const s of composeReplies(tradeFinding, fact, lang)) {
          expect(xLength(s.text)).toBeLessThanOrEqual(X_LIMIT);
          expect(s.text.split(trade.sources[0]!.url).length - 1).toBe(1);
          expect(s.text.match(/https?:\/\//g)).toHaveLength(1);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('holds for every fact in the bundled base', () => {
    for (const fact of loadData().facts) {
      for (const lang of ['en', 'es'] as const) {
        const out = composeReplies(findingFor(fact), fact, lang);
        expect(out.length, fact.id).toBeGreaterThan(0);
        for (const s of out) {
          expect(xLength(s.text), `${fact.id} ${lang}`).toBeLessThanOrEqual(X_LIMIT);
          expect(links(s.text), `${fact.id} ${lang}`).toHaveLength(1);
        }
      }
    }
  });
});

describe('checkDraft', () => {
  it('flags "$1.4 billion a day" as outdated, with the current figure, its period and the source', () => {
    const [w, ...rest] = checkDraft('Mexico and the U.S. trade $1.4 billion a day.', engine, factsById);
    expect(rest).toEqual([]);
    expect(w).toMatchObject({ status: 'outdated', current: '$2.39 billion a day', period: '2025', said: '$1.4 billion a day', factId: 'trade-volume-daily' });
    expect(w!.source.url).toBe(trade.sources[0]!.url);
    expect(w!.claim).toContain('$1.4 billion a day');
  });

  it('reads a reply that names no country in the light of the post it answers', () => {
    expect(checkDraft('We trade $1.4 billion a day', engine, factsById)).toEqual([]);
    const [w] = checkDraft('We trade $1.4 billion a day', engine, factsById, { contextFactIds: ['trade-volume-daily'] });
    expect(w).toMatchObject({ status: 'outdated', current: '$2.39 billion a day', period: '2025' });
  });

  it('words the figures in the draft’s language', () => {
    const [w] = checkDraft('México y EE.UU. comercian 1,700 millones de dólares diarios.', engine, factsById);
    expect(w).toMatchObject({ status: 'outdated', current: '2,390 millones de dólares al día', period: '2025' });
  });

  it('flags a figure the record contradicts', () => {
    const [w] = checkDraft('Mexico and the U.S. trade $4 billion a day.', engine, factsById);
    expect(w).toMatchObject({ status: 'contradicted', current: '$2.39 billion a day' });
  });

  it('lets consistent figures, unrelated numbers, emoji and empty drafts pass', () => {
    expect(checkDraft('Mexico and the U.S. trade $2.4 billion a day 🇲🇽🇺🇸', engine, factsById)).toEqual([]);
    expect(checkDraft('Thanks for the 3 replies! 🙏', engine, factsById, { contextFactIds: ['trade-volume-daily'] })).toEqual([]);
    expect(checkDraft('', engine, factsById)).toEqual([]);
    expect(checkDraft('   ', engine, factsById, { contextFactIds: ['trade-volume-daily'] })).toEqual([]);
  });
});

describe('draftLanguage', () => {
  it('uses the thread’s language below three words, the draft’s from three', () => {
    expect(draftLanguage('', 'es')).toEqual({ lang: 'es', mixed: false });
    expect(draftLanguage('Totally agree', 'es')).toEqual({ lang: 'es', mixed: false });
    expect(draftLanguage('Gracias por la pregunta, es un tema importante.', 'en')).toEqual({ lang: 'es', mixed: false });
    expect(draftLanguage('Thanks for the question, this is an important topic.', 'es')).toEqual({ lang: 'en', mixed: false });
  });

  it('notices a draft that mixes languages and keeps its dominant one', () => {
    const r = draftLanguage('Thanks for raising this with the team. Gracias por la pregunta. The numbers are on our site and they are public.', 'es');
    expect(r).toEqual({ lang: 'en', mixed: true });
  });
});
