/**
 * Meta-tests of the knowledge files (engine/knowledge/): each topic and each language lives in
 * data, checked here, so adding a topic or a language touches data and this test, not the engine.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngineFrom } from '../../engine/core';
import { KNOWLEDGE, type Knowledge } from '../../engine/knowledge';
import { knowledgeProblems } from '../../engine/knowledge/check';
import { LANGS, TEXT_PACKS } from '../../engine/knowledge/lang';
import { topicFileSchema, type PatternSet } from '../../engine/knowledge/schema';
import { TOPIC_FILES } from '../../engine/knowledge/topics';
import { TOPIC_IDS } from '../../engine/topics';
import { canonical, tokens } from '../../engine/normalize';
import { PhraseIndex, toStems } from '../../engine/vocabulary';
import { loadData, ROOT } from '../../scripts/lib/data-files';

const DIR = join(ROOT, 'engine', 'knowledge');
const topics = TOPIC_IDS.map((id) => KNOWLEDGE.topics[id]);
const jsonNames = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .sort();

/** Every pattern set of the knowledge, named for the failure message. */
function patternSets(): { where: string; note: string; set: PatternSet }[] {
  const out: { where: string; note: string; set: PatternSet }[] = [];
  const add = (where: string, clause: PatternSet & { note: string }) => {
    out.push({ where, note: clause.note, set: clause });
    for (const part of ['and', 'capture', 'unless'] as const) {
      const extra = (clause as Partial<Record<typeof part, PatternSet>>)[part];
      if (extra) out.push({ where: `${where}.${part}`, note: clause.note, set: extra });
    }
  };
  for (const t of topics) (t.clauses ?? []).forEach((c, i) => add(`topics/${t.id}.json clauses[${i}]`, c));
  KNOWLEDGE.gates.forEach((g, i) => add(`gates.json [${i}] (${g.role})`, g));
  return out;
}

describe('the knowledge files', () => {
  it('validate against their schema', () => {
    expect(knowledgeProblems()).toEqual([]);
  });

  it('have one topic file per public topic id, and no other', () => {
    expect(jsonNames(join(DIR, 'topics'))).toEqual([...TOPIC_IDS].sort());
    expect(Object.keys(TOPIC_FILES).sort()).toEqual([...TOPIC_IDS].sort());
  });

  it('have one pack per registered language (text.json and words.json), and no other', () => {
    const dirs = readdirSync(join(DIR, 'lang'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    expect(dirs).toEqual([...LANGS].sort());
    for (const lang of LANGS) expect(jsonNames(join(DIR, 'lang', lang)), lang).toEqual(['text', 'words']);
  });

  it('give every topic strong and weak vocabulary in every registered language', () => {
    const missing: string[] = [];
    for (const t of topics) for (const lang of LANGS) for (const s of ['strong', 'weak'] as const) if (t.vocabulary[lang][s].length === 0) missing.push(`${t.id} ${lang} ${s}`);
    expect(missing).toEqual([]);
  });

  it('list no phrase twice within a topic and language', () => {
    const dupes: string[] = [];
    for (const t of topics) {
      for (const lang of LANGS) {
        const all = [...t.vocabulary[lang].strong, ...t.vocabulary[lang].weak];
        for (const w of new Set(all.filter((w, i) => all.indexOf(w) !== i))) dupes.push(`${t.id} ${lang}: ${w}`);
      }
    }
    expect(dupes).toEqual([]);
  });

  it('list no phrase as both strong and weak in one topic', () => {
    const both: string[] = [];
    for (const t of topics) {
      const strong = new Set(LANGS.flatMap((lang) => t.vocabulary[lang].strong));
      for (const w of new Set(LANGS.flatMap((lang) => t.vocabulary[lang].weak))) if (strong.has(w)) both.push(`${t.id}: ${w}`);
    }
    expect(both).toEqual([]);
  });

  it('have no phrase that function words reduce to nothing', () => {
    const empty: string[] = [];
    for (const t of topics)
      for (const lang of LANGS) for (const w of [...t.vocabulary[lang].strong, ...t.vocabulary[lang].weak]) if (toStems(w, lang).length === 0) empty.push(`${t.id} ${lang}: ${w}`);
    expect(empty).toEqual([]);
  });

  it('write every clause in every registered language, with patterns that compile', () => {
    const problems: string[] = [];
    for (const { where, note, set } of patternSets()) {
      for (const lang of LANGS) {
        const source = set.patterns[lang];
        // null: the language has no such construction; the clause's note must say why ("es: ...").
        if (source === null) {
          if (!note.includes(`${lang}:`)) problems.push(`${where}: no ${lang} pattern and the note does not say why ("${lang}: ...")`);
          continue;
        }
        try {
          new RegExp(source, set.caseSensitive ? '' : 'i');
        } catch (e) {
          problems.push(`${where} ${lang}: ${(e as Error).message}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("name no language inside another language's pattern: one alternation never mixes both", () => {
    // A cheap guard: the other packs' function words should not appear as words in a pattern.
    const mixed: string[] = [];
    const markers = { en: ['the', 'of', 'and', 'that', 'which', 'they'], es: ['los', 'las', 'que', 'del', 'nuestros'] } as const;
    for (const { where, set } of patternSets()) {
      for (const lang of LANGS) {
        const source = set.patterns[lang];
        if (!source) continue;
        for (const other of LANGS.filter((l) => l !== lang)) {
          const words = (markers as Record<string, readonly string[]>)[other] ?? [];
          for (const w of words) if (new RegExp(`(?<![a-z])${w}(?![a-z])`).test(source)) mixed.push(`${where} ${lang} pattern uses ${other} "${w}"`);
        }
      }
    }
    expect(mixed).toEqual([]);
  });

  it('fail to load with the file and field named when a pattern does not compile or a language is missing', () => {
    const bad = structuredClone(TOPIC_FILES['supply-chains']) as { clauses: { patterns: Record<string, string | null> }[] };
    bad.clauses[0]!.patterns.en = '(unclosed';
    const r1 = topicFileSchema.safeParse(bad);
    expect(r1.success).toBe(false);
    expect(r1.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toContain('clauses.0.patterns.en: must be a regular expression that compiles');
    delete bad.clauses[0]!.patterns.es;
    const r2 = topicFileSchema.safeParse(bad);
    expect(r2.error?.issues.some((i) => i.path.join('.') === 'clauses.0.patterns.es')).toBe(true);
  });

  it('score the same whatever order a file lists its phrases in', () => {
    const reversed = structuredClone(KNOWLEDGE) as Knowledge;
    for (const id of TOPIC_IDS) {
      const v = reversed.topics[id].vocabulary;
      for (const lang of LANGS) for (const s of ['strong', 'weak'] as const) v[lang][s].reverse();
    }
    const facts = loadData().facts;
    const [a, b] = [createEngineFrom(KNOWLEDGE, facts), createEngineFrom(reversed, facts)];
    const sentences = ['corpus.jsonl', 'real-2026-12.jsonl']
      .flatMap((f) => readFileSync(join(ROOT, 'tests', 'corpus', f), 'utf8').split('\n'))
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { text: string; lang: 'en' | 'es' });
    const differ = sentences.filter((c) => JSON.stringify(a.classify(c.text, c.lang)) !== JSON.stringify(b.classify(c.text, c.lang))).map((c) => c.text);
    expect(differ).toEqual([]);
  });

  it("keep every text pack's words folded to lower case, as the tokeniser reads them", () => {
    for (const lang of LANGS) {
      const p = TEXT_PACKS[lang];
      for (const w of [...p.stopwords, ...p.functionWords]) expect(w, `${lang}: ${w}`).toBe(w.toLowerCase());
    }
    expect(existsSync(join(DIR, 'gates.json'))).toBe(true);
  });
});

describe('the topic vocabulary', () => {
  it('has no strong term that is only a country name once function words go ("Mexicans in" → "mexican")', () => {
    const names = [
      'mexico',
      'mexican',
      'mexicans',
      'mexicano',
      'mexicanos',
      'mexicana',
      'usa',
      'america',
      'american',
      'americans',
      'estadounidense',
      'estadounidenses',
      'gringo',
      'gringos',
      'norteamericanos',
      'paisanos',
      'connacionales',
      'country',
      'pais',
      'norte',
      'north',
    ];
    const countryStems = new Set(names.flatMap((w) => toStems(w, 'es')));
    expect(countryStems.size).toBeGreaterThan(10);
    expect(KNOWLEDGE.langs.en.anchors.mx).toContain('mexicans');
    const bad: string[] = [];
    for (const t of topics) {
      for (const lang of LANGS) {
        for (const w of t.vocabulary[lang].strong) {
          const stems = toStems(w, lang);
          if (stems.length === 0 || stems.every((st) => countryStems.has(st))) bad.push(`${t.id}: ${w}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('has no strong phrase that function words shrink to one everyday word ("moving their" → "mov")', () => {
    // Phrases whose one remaining word still says the topic on its own.
    const fine = new Set(['intercambio entre', 'comercio entre', 'comercio con', 'relocating to', 'del muro', 'the wall', 'el muro', 'if it bleeds', 'el chapo', 'la boquilla']);
    const shrunk: string[] = [];
    for (const t of topics) {
      for (const lang of LANGS) for (const w of t.vocabulary[lang].strong) if (w.trim().includes(' ') && toStems(w, lang).length <= 1 && !fine.has(w)) shrunk.push(`${t.id}: ${w}`);
    }
    expect(shrunk).toEqual([]);
  });
});

describe('the anchors', () => {
  /** Every phrase list of a pack that is matched as stems, named for the failure message. */
  const phraseLists = (lang: (typeof LANGS)[number]) => {
    const w = KNOWLEDGE.langs[lang];
    return [
      ...(['mx', 'us', 'bi', 'other'] as const).map((k) => [`anchors.${k}`, w.anchors[k]] as const),
      ...(['mx', 'us', 'bi'] as const).map((k) => [`anchorsInLanguage.${k}`, w.anchorsInLanguage[k]] as const),
      ['genericBilateral', w.genericBilateral] as const,
      ['offTopic', w.offTopic] as const,
    ];
  };

  it('read no phrase of several words as one of its words alone ("el salvador" → "salvador", "los cabos" → "cabo")', () => {
    // A name whose other words are function words must be joined by a rewrite or an alias:
    // its one remaining word is an everyday word ("salvador", "cabo" of "llevar a cabo").
    const shrunk: string[] = [];
    for (const lang of LANGS) {
      for (const [where, list] of phraseLists(lang)) {
        for (const p of list) if (tokens(canonical(p, lang)).length >= 2 && toStems(p, lang).length < 2) shrunk.push(`${lang} ${where}: ${p}`);
      }
    }
    expect(shrunk).toEqual([]);
  });

  it('never read a U.S. name that contains "Mexico" as Mexico, in any pack', () => {
    const mx = new PhraseIndex<true>();
    for (const lang of LANGS) for (const a of KNOWLEDGE.langs[lang].anchors.mx) mx.add(toStems(a, lang), true);
    const names = ['New Mexico', "New Mexico's", 'New Mexican', 'New Mexicans', 'Nuevo México', 'Nuevo Mexico', 'Gulf of Mexico', 'Golfo de México'];
    const read: string[] = [];
    for (const lang of LANGS) {
      for (const name of names) if (mx.find(toStems(name, lang)).length) read.push(`${lang}: ${name}`);
      for (const a of KNOWLEDGE.langs[lang].anchors.us) if (mx.find(toStems(a, lang)).length) read.push(`${lang} anchors.us: ${a}`);
    }
    expect(read).toEqual([]);
  });
});
