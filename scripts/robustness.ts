/**
 * `npx tsx scripts/robustness.ts [transform]`: how the engine's right verdicts on the dev lines (never the held-out ones)
 * hold under rewrites that keep their meaning: the U.S. or Mexico named another way, a report's frame or a connective
 * around the claim, a label before it, quotes, flags, runs of spaces, numbers and percents in another form, lower case,
 * the year said first or last. Prints, per language and rewrite, how many rewritten lines keep their right verdict; with
 * a rewrite's name, the dev lines it loses. A loss is a reading the engine gets from one wording only: fix the class, in
 * both languages, never the line.
 */
import { join } from 'node:path';
import { createEngine } from '../engine/engine';
import { loadData, ROOT } from './lib/data-files';
import { best, readVerdictCorpus, verdictSplitOf, type VerdictLine } from './lib/verdict-metrics';
const engine = createEngine(loadData().facts);
const INACC = new Set(['false', 'outdated', 'misleading']);
const rightOf = (line: VerdictLine, text: string) => {
  const f = best(engine, { ...line, text });
  const rating = f?.checkworthy ? f.rating : 'context';
  return (line.gold === 'accurate' && rating === 'accurate') || (line.gold === 'inaccurate' && INACC.has(rating));
};
const COMMON =
  /^(The|In|A|An|On|At|For|By|Since|Between|From|It|This|That|These|Its|Their|More|Most|Nearly|About|Almost|Over|Only|El|La|Los|Las|En|Un|Una|Este|Esta|Estos|Desde|Entre|Durante|Para|Por|Casi|Más|Solo|Sólo|Unos|Unas|Al|Del|Su|Sus|Cada|Con|Se|Según)\b/;
const lower = (t: string) => (COMMON.test(t) ? t[0]!.toLowerCase() + t.slice(1) : t);
const swap = (pairs: [RegExp, string][]) => (t: string) => pairs.reduce((s, [re, r]) => s.replace(re, r), t);
/** Spanish ordinals written in digits: the feminine words as `fem`, and the masculine ones as `masc` when given. */
const ordinalsAs = (fem: string[], masc: string[] = []) =>
  swap([
    ...['primera', 'segunda', 'tercera'].map((w, i): [RegExp, string] => [new RegExp(`\\b${w}\\b`, 'g'), fem[i]!]),
    ...['primer', 'segundo', 'tercer'].flatMap((w, i): [RegExp, string][] => (masc[i] ? [[new RegExp(`\\b${w}\\b`, 'g'), masc[i]]] : [])),
  ]);
/** A sentence hard-wrapped as a post or an e-mail shows it: a line break for the space nearest its middle. */
const wrapped = (t: string) => {
  const spaces = [...t.matchAll(/ /g)].map((m) => m.index);
  const mid = spaces.sort((a, b) => Math.abs(a - t.length / 2) - Math.abs(b - t.length / 2))[0];
  return mid === undefined ? t : `${t.slice(0, mid)}\n${t.slice(mid + 1)}`;
};
const T: Record<string, Record<string, (t: string) => string>> = {
  en: {
    usFull: swap([
      [/\b([Tt]he) U\.S\.(?=[\s,.;])/g, '$1 United States'],
      [/\bU\.S\.(?= [a-z])/gi, 'American'],
    ]),
    usShort: swap([
      [/\bthe United States\b/g, 'the US'],
      [/\bU\.S\./g, 'US'],
    ]),
    attribPre: (t) => `According to official figures, ${lower(t)}`,
    attribPost: (t) => t.replace(/\.?\s*$/, ', officials said.'),
    noPeriod: (t) => t.replace(/\.\s*$/, ''),
    billionWord: swap([[/\$(\d+(?:\.\d+)?) billion/g, '$1 billion dollars']]),
    millionUSD: swap([[/\$(\d+(?:\.\d+)?) million/g, 'US$$$1 million']]),
    bn: swap([[/\$(\d+(?:\.\d+)?) billion/g, '$$$1bn']]),
    usdPrefix: swap([[/\$(\d+(?:\.\d+)?) (billion|million)/g, 'US$$$1 $2']]),
    percentWord: swap([[/(\d)%/g, '$1 percent']]),
    quoted: (t) => `"${t.replace(/\.\s*$/, '')}," the report said.`,
    saidThat: (t) => `Officials said that ${lower(t)}`,
    emoji: (t) => `${t} 🇲🇽🇺🇸`,
    lowerAll: (t) => t.toLowerCase(),
    yearFront: (t) => {
      const m = /^(.*?) in ((?:19|20)\d\d)\.$/.exec(t);
      return m ? `In ${m[2]}, ${lower(m[1]!)}.` : t;
    },
    yearBack: (t) => {
      const m = /^In ((?:19|20)\d\d), (.*?)\.$/.exec(t);
      return m ? `${m[2]![0]!.toUpperCase()}${m[2]!.slice(1)} in ${m[1]}.` : t;
    },
    possessive: swap([[/\bMexico's ([a-z]+)/g, 'the $1 of Mexico']]),
    mexicoAccent: swap([[/\bMexico\b/g, 'México']]),
    contractions: swap([
      [/\bis not\b/g, "isn't"],
      [/\bdoes not\b/g, "doesn't"],
      [/\bdid not\b/g, "didn't"],
      [/\bdo not\b/g, "don't"],
      [/\bare not\b/g, "aren't"],
      [/\bhas not\b/g, "hasn't"],
      [/\bwas not\b/g, "wasn't"],
    ]),
    reutersTail: (t) => `${t} (Reuters)`,
    ordinalDigits: swap([
      [/\bsecond\b/g, '2nd'],
      [/\bthird\b/g, '3rd'],
      [/\bfirst\b/g, '1st'],
    ]),
    billionB: swap([[/\$(\d+(?:\.\d+)?) billion/g, '$$$1B']]),
    pct: swap([[/(\d)%/g, '$1 pct']]),
    however: (t) => `However, ${lower(t)}`,
    breaking: (t) => `BREAKING: ${t}`,
    asShown: (t) => `As the data show, ${lower(t)}`,
    nbsp: (t) => t.replace(/(\d) (billion|million|percent)/g, '$1\u00a0$2'),
    perCent: swap([[/(\d)%/g, '$1 per cent']]),
    curly: (t) => t.replace(/'/g, '’'),
    mexicoPoss: swap([[/\bthe United States\b/g, "Mexico's northern neighbor"]]),
    spaceMult: (t) => t.replace(/ /g, '  '),
    enDash: swap([[/\b(U\.S\.|Mexico)-(Mexico|U\.S\.)/g, '$1\u2013$2']]),
    usdSuffix: swap([[/\$(\d+(?:\.\d+)?) (billion|million)/g, '$1 $2 USD']]),
    headline: (t) => t.toUpperCase(),
    hashtag: swap([[/\bMexico\b(?!')/, '#Mexico']]),
    sourceBracket: (t) => `${t} [Source: AP]`,
    yesLead: (t) => `Yes, ${lower(t)}`,
    dquotes: (t) => `\u201c${t}\u201d`,
    perYear: swap([
      [/\ba year\b/g, 'per year'],
      [/\bannually\b/g, 'a year'],
    ]),
    annually: swap([[/\b(?:a|per) year\b/g, 'annually']]),
    thinSpace: (t) => t.replace(/(\d),(?=\d{3}(?!\d))/g, '$1\u202f'),
    nbspThousands: (t) => t.replace(/(\d),(?=\d{3}(?!\d))/g, '$1\u00a0'),
    dateline: (t) => `WASHINGTON (Reuters) — ${t}`,
    creditDash: (t) => `${t} — Reuters`,
    emojiInside: swap([[/\bMexico\b(?!')/, 'Mexico 🇲🇽']]),
    lineBreak: (t) => wrapped(t),
    rangeDash: swap([[/(\d)-(\d)/g, '$1\u2013$2']]),
    mn: swap([[/\$(\d+(?:\.\d+)?) million/g, '$$$1mn']]),
    usdCode: swap([[/\$(\d+(?:\.\d+)?) (billion|million)/g, 'USD $1 $2']]),
    // A span's currency said once before its low end, its scale once after its high end.
    rangeCurrencyLow: swap([[/\bbetween \$(\d+(?:\.\d+)?) (billion|million) and \$(\d+(?:\.\d+)?) \2\b/g, '$$$1-$3 $2']]),
    rangePercentOnce: swap([[/\bbetween (\d+(?:\.\d+)?)% and (\d+(?:\.\d+)?)%/g, 'between $1 and $2 percent']]),
    // Percentage points said as points, where a rate or a share is named.
    pointsAlone: (t) => (/\b(?:rate|share)\b/.test(t) ? t.replace(/\bpercentage (points?)\b/g, '$1') : t),
    // A first place said as none ahead of it.
    noneAhead: swap([[/^Mexico (\w+) more (.+?) than any other (?:country|nation)\b/, 'No country $1 more $2 than Mexico']]),
    straightQuotes: (t) => t.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"'),
  },
  es: {
    noAccents: (t) =>
      t
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .normalize('NFC'),
    mddCaps: swap([[/millones de dólares/g, 'MDD']]),
    efeTail: (t) => `${t} (EFE)`,
    guillemets: (t) => `«${t.replace(/\.\s*$/, '')}», señaló el informe.`,
    ordinal3er: swap([
      [/\btercer\b/g, '3er'],
      [/\bsegundo\b/g, '2o'],
      [/\bprimer\b/g, '1er'],
    ]),
    ordinalFem: ordinalsAs(['1a', '2a', '3a']),
    ordinalFemRa: ordinalsAs(['1ra', '2da', '3ra']),
    // The RAE's style: a full stop and a raised letter ("1.ª", "2.º", "3.er").
    ordinalRae: ordinalsAs(['1.ª', '2.ª', '3.ª'], ['1.er', '2.º', '3.er']),
    ordinalRaised: ordinalsAs(['1ª', '2ª', '3ª'], ['1º', '2º', '3º']),
    eeuuNoDots: swap([[/\bEstados Unidos\b/g, 'EEUU']]),
    sinEmbargo: (t) => `Sin embargo, ${lower(t)}`,
    ultimaHora: (t) => `ÚLTIMA HORA: ${t}`,
    asShown: (t) => `Como muestran los datos, ${lower(t)}`,
    nbsp: (t) => t.replace(/(\d) (millones|mil|por ciento)/g, '$1\u00a0$2').replace(/(\d) %/g, '$1\u00a0%'),
    unionAmericana: swap([[/\bEstados Unidos\b/g, 'la Unión Americana']]),
    eua: swap([[/\bEstados Unidos\b/g, 'EUA']]),
    spaceMult: (t) => t.replace(/ /g, '  '),
    euShort: swap([[/\bEstados Unidos\b/g, 'EU']]),
    eeuu: swap([
      [/\bEstados Unidos\b/g, 'EE.UU.'],
      [/\bEU\b/g, 'EE.UU.'],
    ]),
    eeuuSpaced: swap([
      [/\bEstados Unidos\b/g, 'EE. UU.'],
      [/\bEE\.UU\./g, 'EE. UU.'],
      [/\bEU\b/g, 'EE. UU.'],
    ]),
    attribPre: (t) => `De acuerdo con cifras oficiales, ${lower(t)}`,
    attribPost: (t) => t.replace(/\.?\s*$/, ', informó el gobierno.'),
    noPeriod: (t) => t.replace(/\.\s*$/, ''),
    milMillones: swap([[/(\d+)(?:,|\.)(\d)\d\d millones de dólares/g, '$1.$2 mil millones de dólares']]),
    mdd: swap([[/millones de dólares/g, 'mdd']]),
    porCiento: swap([[/(\d)\s?%/g, '$1 por ciento']]),
    decimalComma: swap([[/(\d)\.(\d{1,2})(?!\d)/g, '$1,$2']]),
    quoted: (t) => `"${t.replace(/\.\s*$/, '')}", señaló el informe.`,
    saidThat: (t) => `Las autoridades dijeron que ${lower(t)}`,
    emoji: (t) => `${t} 🇲🇽🇺🇸`,
    lowerAll: (t) => t.toLowerCase(),
    yearFront: (t) => {
      const m = /^(.*?) en ((?:19|20)\d\d)\.$/.exec(t);
      return m ? `En ${m[2]}, ${lower(m[1]!)}.` : t;
    },
    yearBack: (t) => {
      const m = /^En ((?:19|20)\d\d), (.*?)\.$/.exec(t);
      return m ? `${m[2]![0]!.toUpperCase()}${m[2]!.slice(1)} en ${m[1]}.` : t;
    },
    enDash: swap([[/\b(Estados Unidos|México)-(México|Estados Unidos)/g, '$1\u2013$2']]),
    dls: swap([[/millones de dólares/g, 'millones de dls']]),
    dolaresEU: swap([[/millones de dólares\b/g, 'millones de dólares estadounidenses']]),
    mmdd: swap([[/(\d+(?:[.,]\d+)?) mil millones de dólares/g, '$1 MMDD']]),
    headline: (t) => t.toUpperCase(),
    hashtag: swap([[/\bMéxico\b/, '#México']]),
    sourceBracket: (t) => `${t} [Fuente: AP]`,
    yesLead: (t) => `Sí, ${lower(t)}`,
    dquotes: (t) => `\u201c${t}\u201d`,
    porAno: swap([
      // "respecto al año anterior" is a year compared with, not a rate per year.
      [/(?<!respecto |frente |relación )\bal año\b(?! (?:anterior|pasado|previo|siguiente|próximo))/g, 'por año'],
      [/\banualmente\b/g, 'al año'],
    ]),
    anualmente: swap([[/(?<!respecto |frente |relación )\b(?:al|por) año\b(?! (?:anterior|pasado|previo|siguiente|próximo))/g, 'anualmente']]),
    thinSpace: (t) => t.replace(/(\d),(?=\d{3}(?!\d))/g, '$1\u202f'),
    nbspThousands: (t) => t.replace(/(\d),(?=\d{3}(?!\d))/g, '$1\u00a0'),
    dateline: (t) => `CIUDAD DE MÉXICO.— ${t}`,
    creditDash: (t) => `${t} — EFE`,
    emojiInside: swap([[/\bMéxico\b/, 'México 🇲🇽']]),
    lineBreak: (t) => wrapped(t),
    rangeDash: swap([[/(\d)-(\d)/g, '$1\u2013$2']]),
    usdCode: swap([[/millones de dólares/g, 'millones de USD']]),
    rangeArticle: swap([[/\bentre el (\d+(?:[.,]\d+)?) ?% y el (\d+(?:[.,]\d+)?) ?%/g, 'entre el $1 y el $2 por ciento']]),
    rangeMilOnce: swap([[/\bentre (\d+(?:[.,]\d+)?) mil millones y (\d+(?:[.,]\d+)?) mil millones\b/g, 'entre $1 mil y $2 mil millones']]),
    puntos: (t) => (/\b(?:tasa|porcentaje|proporción|participación)\b|%/.test(t) ? t.replace(/\b(puntos?) porcentual(?:es)?\b/g, '$1') : t),
    ningunPais: swap([[/^México (\p{L}+) más (.+?) que cualquier otro (?:país|socio)\b/u, 'Ningún país $1 más $2 que México']]),
    curly: (t) => t.replace(/'/g, '’'),
    // The U.S.'s adjective, as English "American imports" for "U.S. imports".
    usAdjective: swap([[/\b(importaciones|exportaciones|empresas|consumidores|armas|turistas|ciudadanos|compras|ventas) de (?:Estados Unidos|EE\.\s?UU\.|EUA|EU)(?![\p{L}])/gu, '$1 estadounidenses']]),
  },
};
const tally: Record<string, [number, number]> = {};
const show = process.argv[2];
for (const line of readVerdictCorpus(join(ROOT, 'tests', 'verdicts'))) {
  if (verdictSplitOf(line) !== 'dev' || !line.checkworthy || line.gold === 'none') continue;
  if (!rightOf(line, line.text)) continue;
  for (const [name, f] of Object.entries(T[line.lang]!)) {
    const v = f(line.text);
    if (v === line.text) continue;
    const k = `${line.lang} ${name}`;
    tally[k] ??= [0, 0];
    tally[k][1]++;
    if (rightOf(line, v)) tally[k][0]++;
    else if (show === name) console.log(`${k} | ${v}`);
  }
}
for (const [k, [a, b]] of Object.entries(tally)) console.log(k.padEnd(18), `${a}/${b}`);
