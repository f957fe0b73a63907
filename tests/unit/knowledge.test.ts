/**
 * Meta-tests of the knowledge files (engine/knowledge/): each topic and each language lives in
 * data, checked here, so adding a topic or a language touches data and this test, not the engine.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandPattern, PLACEHOLDERS } from '../../engine/clauses';
import { compileVocabulary } from '../../engine/compiled-index';
import { createEngineFrom } from '../../engine/core';
import { KNOWLEDGE, VERDICT_WORDS, type Knowledge } from '../../engine/knowledge';
import { knowledgeProblems } from '../../engine/knowledge/check';
import { LANGS, TEXT_PACKS, type Lang } from '../../engine/knowledge/lang';
import { topicFileSchema, type PatternSet } from '../../engine/knowledge/schema';
import { TOPIC_FILES } from '../../engine/knowledge/topics';
import { TOPIC_IDS } from '../../engine/topics';
import { canonical, tokens } from '../../engine/normalize';
import { PhraseIndex, toStems } from '../../engine/vocabulary';
import { writtenCaseReader } from '../../engine/written-case';
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

  it('read no two phrases of a topic as the same stems, and no phrase as strong and weak once stemmed', () => {
    // The engine compares stems with function words gone, not phrases as written: "the wall" is
    // "wall", "comercio" and "comercian" are one stem, and the first listed silently wins.
    expect(stemmedRepeats(topics)).toEqual([]);
  });

  it('are told apart from a phrase that collapses to a listed word, two that stem alike, and one strong and weak', () => {
    const base = topics[0]!;
    const withWords = (en: { strong: string[]; weak: string[] }, es: { strong: string[]; weak: string[] }) => [{ ...base, vocabulary: { ...base.vocabulary, en, es } }];
    expect(stemmedRepeats(withWords({ strong: ['the wall', 'wall'], weak: ['fence'] }, { strong: ['muro'], weak: ['valla'] }))).not.toEqual([]);
    expect(stemmedRepeats(withWords({ strong: ['the wall'], weak: ['fence'] }, { strong: ['wall'], weak: ['valla'] }))).not.toEqual([]);
    expect(stemmedRepeats(withWords({ strong: ['wall'], weak: ['fence'] }, { strong: ['comercio'], weak: ['comercian'] }))).not.toEqual([]);
    expect(stemmedRepeats(withWords({ strong: ['cartel', 'cartels'], weak: ['fence'] }, { strong: ['muro'], weak: ['valla'] }))).not.toEqual([]);
    // Each language lists its own words: a cognate in both ("cartel") is no repeat.
    expect(stemmedRepeats(withWords({ strong: ['cartel'], weak: ['fence'] }, { strong: ['cartel'], weak: ['valla'] }))).toEqual([]);
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
          new RegExp(expandPattern(source, lang), set.caseSensitive ? '' : 'i');
        } catch (e) {
          problems.push(`${where} ${lang}: ${(e as Error).message}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('write the span of a clause as the {span} placeholder, never its expansion or an older copy of it', () => {
    // The span's core, "anything but the marks that end a sentence", is [^.;:!?]: a pattern that
    // writes it has its own copy of the span, which then stops at places the others do not.
    const raw = ['[^.;:!?]', PLACEHOLDERS.span!, String.raw`(?<=\b[a-z]{1,2})\.`, String.raw`\.(?=\d)`];
    const copies: string[] = [];
    for (const { where, set } of patternSets()) for (const lang of LANGS) for (const r of raw) if (set.patterns[lang]?.includes(r)) copies.push(`${where} ${lang}: ${r}`);
    expect(copies).toEqual([]);
    expect(patternSets().some(({ set }) => LANGS.some((lang) => set.patterns[lang]?.includes('{span}')))).toBe(true);
  });

  it('expand {span} to a run that passes a decimal and an abbreviation but stops at the end of a sentence', () => {
    const re = new RegExp(expandPattern(String.raw`\bsued\b{span}{0,40}?\bgun makers\b`, 'en'), 'i');
    expect(re.test('Mexico sued U.S. gun makers in 2021')).toBe(true);
    expect(re.test('México sued EE.UU. gun makers')).toBe(true);
    expect(re.test('Mexico sued 10 gun makers for $10.5 billion')).toBe(true);
    expect(re.test('Mexico sued; gun makers replied')).toBe(false);
    expect(re.test('Mexico sued them all. Gun makers replied')).toBe(false);
    // Case-sensitive patterns (company names) pass "U.S." too.
    expect(new RegExp(expandPattern('Ford{span}{0,20}?plant', 'en')).test('Ford U.S. plant')).toBe(true);
  });

  it('end a word that may end in an accented letter with {end}, never with \\b or a hand-written lookahead', () => {
    // JS's \b knows only ASCII letters: after "ó" (a literal, a class holding one, or the last
    // alternative of a group) it never holds, and the clause silently never matches.
    const nonAsciiThenB = [/[^\x00-\x7f](?:[\])]|\|[^)]*\))*[?*+]?\\b/, /\[[^\]]*[^\x00-\x7f][^\]]*\][?*+]?\)*\\b/];
    const handWritten = String.raw`(?![\w`;
    const found: string[] = [];
    for (const { where, set } of patternSets()) {
      for (const lang of LANGS) {
        const source = set.patterns[lang] ?? '';
        if (nonAsciiThenB.some((r) => r.test(source)) || source.includes(handWritten)) found.push(`${where} ${lang}`);
      }
    }
    expect(found).toEqual([]);
    expect(nonAsciiThenB.some((r) => r.test(String.raw`demand[oó]\b`))).toBe(true);
    expect(nonAsciiThenB.some((r) => r.test(String.raw`(?:requisaron|requisó)\b`))).toBe(true);
    expect(patternSets().some(({ set }) => LANGS.some((lang) => set.patterns[lang]?.includes('{end}')))).toBe(true);
  });

  it('expand {end} to the end of a word whatever its last letter, in both languages', () => {
    const es = new RegExp(expandPattern(String.raw`\bdemand[oó]{end}`, 'es'), 'i');
    expect(es.test('México demandó a los fabricantes')).toBe(true);
    expect(es.test('México lo demandó.')).toBe(true);
    expect(es.test('lo demandóñ')).toBe(false);
    expect(/\bdemand[oó]\b/i.test('México demandó a los fabricantes')).toBe(false);
    const en = new RegExp(expandPattern(String.raw`\bsued{end}`, 'en'), 'i');
    expect(en.test('Mexico sued gun makers')).toBe(true);
    expect(en.test('the suedé shoes')).toBe(false);
    expect(en.test('sueds')).toBe(false);
  });

  it("expand {percent} to a percent sign or the pattern's own language's words for it, as the numbers are read", () => {
    const en = new RegExp(expandPattern(String.raw`\d\s?{percent}\s+of`, 'en'), 'i');
    for (const text of ['15.7% of', '15.7 percent of', '15.7 per cent of', '15.7 pct of']) expect(en.test(text)).toBe(true);
    expect(en.test('15.7 por ciento of')).toBe(false);
    const es = new RegExp(expandPattern(String.raw`\d\s?{percent}\s+de`, 'es'), 'i');
    for (const text of ['15.7% de', '15.7 por ciento de', '15.7 porciento de']) expect(es.test(text)).toBe(true);
    expect(es.test('15.7 percent de')).toBe(false);
    // Every clause that reads a share writes the placeholder, never a list of its own.
    const lists = patternSets().filter(({ set }) => LANGS.some((lang) => /\(\?:%\|/.test(set.patterns[lang] ?? '')));
    expect(lists.map(({ where }) => where)).toEqual([]);
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
    bad.clauses[0]!.patterns.en = String.raw`\bsued\b{spam}{0,60}?\bmakers\b`;
    const r3 = topicFileSchema.safeParse(bad);
    expect(r3.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual(['clauses.0.patterns.en: names a placeholder engine/clauses.ts does not know']);
    bad.clauses[0]!.patterns.en = String.raw`\bsued\b{span}{0,60}?\bmakers\b`;
    expect(topicFileSchema.safeParse(bad).success).toBe(true);
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
    // Two engines and a thousand sentences: seconds on a busy two-core machine, not a timing test.
  }, 120_000);

  it("keep every text pack's words folded to lower case, as the tokeniser reads them", () => {
    for (const lang of LANGS) {
      const p = TEXT_PACKS[lang];
      for (const w of [...p.stopwords, ...p.functionWords]) expect(w, `${lang}: ${w}`).toBe(w.toLowerCase());
    }
    expect(existsSync(join(DIR, 'gates.json'))).toBe(true);
  });
});

/**
 * What is wrong with a language's cue classes: a word that reads as no stem, a class of fewer
 * than two members (it joins nothing), a stem or phrase in two classes (which one it reads as
 * would hang on the order of the file). A member of several words ("northern neighbor") is one
 * phrase, read only whole.
 */
function cueClassProblems(classes: readonly (readonly string[])[], lang: Lang): string[] {
  const problems: string[] = [];
  const seen = new Map<string, number>();
  classes.forEach((members, i) => {
    const stems = new Set<string>();
    for (const word of members) {
      const read = toStems(word, lang);
      if (!read.length) {
        problems.push(`${lang} class ${i}: "${word}" reads as no stem`);
        continue;
      }
      const s = read.join(' ');
      stems.add(s);
      const other = seen.get(s);
      if (other !== undefined && other !== i) problems.push(`${lang}: "${word}" (${s}) is in classes ${other} and ${i}`);
      seen.set(s, i);
    }
    if (stems.size < 2) problems.push(`${lang} class ${i}: fewer than two words (${members.join(', ')})`);
  });
  return problems;
}

describe('the cue classes', () => {
  it('give every class two words or more, each one stem or one phrase, and no stem or phrase to two classes', () => {
    for (const lang of LANGS) expect(cueClassProblems(VERDICT_WORDS[lang].cueClasses, lang)).toEqual([]);
  });

  it('are told apart from a class of one word and a word in two classes', () => {
    expect(cueClassProblems([['view', 'views']], 'en')).toEqual(['en class 0: fewer than two words (view, views)']);
    expect(
      cueClassProblems(
        [
          ['view', 'opinion'],
          ['opinions', 'perception'],
        ],
        'en',
      ),
    ).toEqual(['en: "opinions" (opinion) is in classes 0 and 1']);
    expect(cueClassProblems([['of the', 'view']], 'en')).toEqual(['en class 0: "of the" reads as no stem', 'en class 0: fewer than two words (of the, view)']);
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

describe('the off-topic words', () => {
  /** A list of every pack as the engine reads it: one index, by stems, whatever the sentence's language. */
  const byStems = (list: 'offTopic' | 'offTopicAmbiguous') => {
    const read = new Map<string, string[]>();
    for (const lang of LANGS)
      for (const p of KNOWLEDGE.langs[lang][list]) {
        const stems = toStems(p, lang).join(' ');
        read.set(stems, [...(read.get(stems) ?? []), `${lang} "${p}"`]);
      }
    return read;
  };

  it('list no word as both off-topic and ambiguous, in one pack or two (the gate would win, silently)', () => {
    const ambiguous = byStems('offTopicAmbiguous');
    const both = [...byStems('offTopic')]
      .filter(([stems]) => ambiguous.has(stems))
      .map(([stems, gate]) => `${stems}: offTopic ${gate.join(', ')}; offTopicAmbiguous ${ambiguous.get(stems)!.join(', ')}`);
    expect(both).toEqual([]);
  });

  it('list no word twice in one list of a pack, nor two read as the same stems ("goal", "goals")', () => {
    const dupes: string[] = [];
    for (const lang of LANGS)
      for (const list of ['offTopic', 'offTopicAmbiguous'] as const) {
        const seen = new Map<string, string>();
        for (const p of KNOWLEDGE.langs[lang][list]) {
          const stems = toStems(p, lang).join(' ');
          if (seen.has(stems)) dupes.push(`${lang} ${list}: "${p}" reads as "${seen.get(stems)}"`);
          else seen.set(stems, p);
        }
      }
    expect(dupes).toEqual([]);
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
      ['offTopicAmbiguous', w.offTopicAmbiguous] as const,
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

  it('list in writtenCase only anchors of some pack, each read as one stem', () => {
    const anchorStems = new Set(
      LANGS.flatMap((lang) =>
        [...Object.values(KNOWLEDGE.langs[lang].anchors), ...Object.values(KNOWLEDGE.langs[lang].anchorsInLanguage)].flatMap((list) => list.map((a) => toStems(a, lang).join(' '))),
      ),
    );
    const bad: string[] = [];
    for (const lang of LANGS) {
      for (const form of KNOWLEDGE.langs[lang].writtenCase) {
        const stems = toStems(form, lang);
        if (stems.length !== 1 || !anchorStems.has(stems[0]!)) bad.push(`${lang}: ${form}`);
      }
    }
    expect(bad).toEqual([]);
  });

  describe('written in their case', () => {
    const vocabulary = compileVocabulary(KNOWLEDGE);
    const anchors = PhraseIndex.from(vocabulary.anchors);
    const anchorsIn = new Map(LANGS.map((lang) => [lang, PhraseIndex.from(vocabulary.anchorsIn[lang])]));
    const readers = new Map(LANGS.map((lang) => [lang, writtenCaseReader(KNOWLEDGE.langs[lang].writtenCase)]));
    const sides = (text: string, lang: (typeof LANGS)[number]) => {
      const stems = readers.get(lang)!(text, lang, toStems(text, lang));
      return [...new Set([...anchors.find(stems), ...anchorsIn.get(lang)!.find(stems)].map((h) => h.payload))].sort();
    };

    it('do not read the Spanish verb "usa" as the U.S.; "USA" and "EUA" in capitals are', () => {
      expect(sides('Sheinbaum usa la mañanera para hablar de la migración.', 'es')).toEqual(['mx']);
      expect(sides('Usa la mañanera para hablar de la migración, dijo Sheinbaum.', 'es')).toEqual(['mx']);
      expect(sides('Sheinbaum habló de USA en la mañanera.', 'es')).toEqual(['mx', 'us']);
      expect(sides('Sheinbaum habló de EUA en la mañanera.', 'es')).toEqual(['mx', 'us']);
      // The verb hidden, the country still counts where it is named another way.
      expect(sides('Sheinbaum usa la mañanera para responder a Estados Unidos.', 'es')).toEqual(['mx', 'us']);
      expect(sides('Sheinbaum usa la mañanera para responder a EE.UU.', 'es')).toEqual(['mx', 'us']);
    });

    it('do not read the Spanish "el paso" (the way through) as the U.S. city; "El Paso" is, and in English either case', () => {
      expect(sides('La Guardia Nacional cerró el paso a los camiones en Sonora.', 'es')).toEqual(['mx']);
      expect(sides('El paso de migrantes por Sonora creció.', 'es')).toEqual(['mx']);
      expect(sides('Los migrantes cruzan de Ciudad Juárez a El Paso.', 'es')).toEqual(['mx', 'us']);
      expect(sides('Migrants cross from Ciudad Juárez into el paso every day.', 'en')).toEqual(['mx', 'us']);
    });

    it('read "USA" as the U.S. in English, where "usa" is no common word', () => {
      expect(sides('Mexico sells more to the USA than to anyone else.', 'en')).toEqual(['mx', 'us']);
      expect(sides('Mexico sells more to the usa than to anyone else.', 'en')).toEqual(['mx', 'us']);
      // In English "EUA" is an emergency use authorization: it names the U.S. only in Spanish.
      expect(sides('Mexico granted an EUA for the vaccine.', 'en')).toEqual(['mx']);
    });

    it('count a name in capitals (a headline) and hide only the stem written in the wrong case', () => {
      const read = writtenCaseReader(['El Paso']);
      const stems = (t: string) => toStems(t, 'es');
      expect(read('MIGRANTES CRUZAN POR EL PASO', 'es', stems('MIGRANTES CRUZAN POR EL PASO'))).toEqual(stems('MIGRANTES CRUZAN POR EL PASO'));
      expect(read('Migrantes cruzan por El Paso', 'es', stems('Migrantes cruzan por El Paso'))).toEqual(stems('Migrantes cruzan por El Paso'));
      const hidden = read('el paso de migrantes por El Paso', 'es', stems('el paso de migrantes por El Paso'));
      expect(hidden).toEqual(['', ...stems('migrantes por El Paso')]);
      expect(writtenCaseReader([])('Sheinbaum usa', 'es', stems('Sheinbaum usa'))).toEqual(stems('Sheinbaum usa'));
    });
  });
});

/**
 * The phrases of each topic that add nothing once stemmed: within a language, one that reads as
 * the same stems as another listed before it, and in any language, a weak one that reads as a
 * strong one, and in any language, a phrase of several words that function words shrink to a
 * word the topic lists ("the wall" is read as "wall").
 */
function stemmedRepeats(list: readonly (typeof topics)[number][]): string[] {
  const found: string[] = [];
  for (const t of list) {
    const strong = new Set(LANGS.flatMap((lang) => t.vocabulary[lang].strong.map((w) => toStems(w, lang).join(' '))));
    const words = LANGS.flatMap((lang) => [...t.vocabulary[lang].strong, ...t.vocabulary[lang].weak].map((w) => ({ lang, w, stems: toStems(w, lang) })));
    const oneWord = new Set(words.filter(({ lang, w }) => tokens(canonical(w, lang)).length === 1).map(({ stems }) => stems.join(' ')));
    for (const { lang, w, stems } of words) {
      if (stems.length === 1 && tokens(canonical(w, lang)).length > 1 && oneWord.has(stems[0]!)) found.push(`${t.id} ${lang}: "${w}" collapses to a listed word (${stems[0]})`);
    }
    for (const lang of LANGS) {
      const seen = new Map<string, string>();
      for (const kind of ['strong', 'weak'] as const) {
        for (const w of t.vocabulary[lang][kind]) {
          const key = toStems(w, lang).join(' ');
          const before = seen.get(key);
          if (before !== undefined) found.push(`${t.id} ${lang}: "${w}" reads as "${before}" (${key})`);
          else if (kind === 'weak' && strong.has(key)) found.push(`${t.id} ${lang}: weak "${w}" reads as a strong phrase (${key})`);
          seen.set(key, before ?? w);
        }
      }
    }
  }
  return found;
}
