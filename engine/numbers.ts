/**
 * Reads the quantities a claim states, in English and Spanish: "$1.4 billion", "1.4B",
 * "1,700 millones de dólares", "mil 700 millones", "70 percent", "70 por ciento",
 * "two in three", "dos de cada tres", "11 million", "3,000 km". Each quantity comes with
 * its unit, its rate ("a day", "al año") and any hedge ("more than", "casi").
 */
import { foldAccents } from './normalize';
import type { Lang, Unit } from './schema';

export type Qualifier = 'about' | 'almost' | 'over' | 'under' | 'exact';

export interface Quantity {
  value: number;
  unit: Unit | null;
  per: 'day' | 'year' | null;
  qualifier: Qualifier;
  /** A quantity said in words ("most", "a tiny fraction"): judged with a wider margin. */
  vague?: boolean;
  /** Offsets in the text given to readQuantities. */
  start: number;
  end: number;
  raw: string;
}

const WORD_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90, hundred: 100, a: 1, an: 1,
  un: 1, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9,
  diez: 10, once: 11, doce: 12, quince: 15, veinte: 20, treinta: 30, cuarenta: 40, cincuenta: 50,
  sesenta: 60, setenta: 70, ochenta: 80, noventa: 90, cien: 100,
};

const SCALE: Record<string, number> = {
  thousand: 1e3, k: 1e3, mil: 1e3,
  million: 1e6, millions: 1e6, m: 1e6, mn: 1e6, mm: 1e6, millon: 1e6, millones: 1e6, mdd: 1e6, mdp: 1e6,
  billion: 1e9, billions: 1e9, b: 1e9, bn: 1e9, 'mil millones': 1e9, mmdd: 1e9,
  trillion: 1e12, billon: 1e12, billones: 1e12,
};

const FRACTIONS: [RegExp, number][] = [
  [/\b(?:two|2) (?:in|out of) (?:three|3)\b|\bdos de cada tres\b|\b2 de cada 3\b|\btwo-thirds\b|\btwo thirds\b|\bdos tercios\b/, 200 / 3],
  [/\b(?:one|1) (?:in|out of) (?:three|3)\b|\buno de cada tres\b|\b1 de cada 3\b|\bone-third\b|\bone third\b|\ba third\b|\bun tercio\b/, 100 / 3],
  [/\bhalf\b|\bla mitad\b/, 50],
  [/\b(?:three|3) (?:in|out of) (?:four|4)\b|\btres de cada cuatro\b|\b3 de cada 4\b|\bthree-quarters\b|\bthree quarters\b/, 75],
  [/\b(?:one|1) (?:in|out of) (?:four|4)\b|\buno de cada cuatro\b|\b1 de cada 4\b|\ba quarter\b/, 25],
  [/\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve) (?:in|out of|de cada) (?:10|ten|diez)\b/, -1],
];

/**
 * Shares said in words: "most guns" is over half, "a tiny fraction" is a small share.
 * "The most dangerous" is a superlative, not a share, so "most" needs "of" or a noun after it.
 */
const VAGUE: [RegExp, number, Qualifier][] = [
  [/\b(?:the majority of|a majority of|the bulk of|most of(?: the)?|la mayoria de|la mayor parte de)\b|(?<!\b(?:the|a|one of the|among the)\s)\bmost\s+(?!(?:\w+(?:ly|ful|ous|ive|ant|ent|al|ic|able|ible|est)|important|likely|common|popular|recent|famous|dangerous|violent|powerful|influential|often|people\s+think)\b)(?=[a-z]{3,})/, 50, 'over'],
  [/\b(?:a (?:tiny|small|minuscule|negligible) (?:fraction|share|percentage|portion|part)|only a fraction|very few|una (?:pequena|minima|infima) (?:parte|fraccion|porcion)|un (?:pequeno|minimo|infimo) porcentaje|muy pocos|muy pocas)\b/, 10, 'under'],
];

/** Positions in an ordering: "third-largest trading partner", "principal socio", "número uno". */
const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, '5th': 5,
  primer: 1, primero: 1, primera: 1, segundo: 2, segunda: 2, tercer: 3, tercero: 3, tercera: 3, cuarto: 4, cuarta: 4, quinto: 5, quinta: 5,
  '1er': 1, '2do': 2, '3er': 3, '3ro': 3, '4to': 4, '5to': 5,
};
const RANK = /\b(?:(?<nth>\d{1,2})(?:st|nd|rd|th|o|a|º|ª)[- ](?:largest|biggest|leading|most important|top|mayor|economia|lugar|socio)|(?:numero|lugar|puesto)\s(?<nes>\d{1,2})\b(?!\s*(?:%|por|mil|millon))|(?<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|1st|2nd|3rd|4th|5th)[- ](?:largest|biggest|leading|most important|top)|number (?<num>one|two|three|1|2|3)\b|no\. ?(?<no>[123])\b|#(?<hash>[123])\b|(?<top>(?:the|our|its|their|america's|mexico's|usa's|usa|mexico|u\.s\.'s?)\s+(?:single\s+)?(?:largest|biggest|top|leading|main|no\. ?1|#1)\b)|(?<ordes>primer|primero|primera|segundo|segunda|tercer|tercero|tercera|cuarto|cuarta|quinto|quinta|1er|2do|3er|3ro|4to|5to)\s+(?:mayor\s+|principal\s+|gran\s+)?(?:socio|lugar|destino|mercado|cliente|proveedor|comprador|economia|pais)|(?<topes>(?:el|su|nuestro|principal)\s+(?:principal|mayor)\s+(?:socio|destino|mercado|cliente|proveedor|comprador))|(?<uno>numero uno)\b)/g;
/** "One of the largest" names no position. */
const ONE_OF = /\b(?:one of|among|uno de|una de|entre)\s+(?:the|los|las|sus|nuestros)?\s*$/;

/** Parses a numeral as written in the given language; null when it is not one. */
export function parseNumeral(raw: string, lang: Lang): number | null {
  const s = raw.replace(/\s/g, '');
  if (WORD_NUMBERS[s] !== undefined) return WORD_NUMBERS[s];
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ''));
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s) && lang === 'es') return Number(s.replace(/\./g, '').replace(',', '.'));
  if (/^\d+,\d{1,2}$/.test(s) && lang === 'es') return Number(s.replace(',', '.'));
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  if (/^\d{1,3}(\.\d{3})+$/.test(s)) return Number(s.replace(/\./g, ''));
  return null;
}

const NUM = String.raw`(?:\d[\d.,]*\d|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a|an|un|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien)\b)`;
const SCALE_RE = String.raw`(?:mil\s+millones|mil\b|thousand|millions?|millon(?:es)?|billions?|billon(?:es)?|trillion|mmdd|mdd|mdp|bn|mn|mm|[kmb](?![a-z]))`;
const QUANTITY = new RegExp(
  String.raw`(?<cur>us\s?\$|\$|usd\s?)?\s?(?<mil>mil\s+)?(?<num>${NUM})(?<scale>\s*${SCALE_RE})?(?<pct>\s*(?:%|percent\b|per\s?cent\b|por\s?ciento\b|porciento\b|puntos porcentuales\b|percentage points\b))?`,
  'gi',
);

const PER_DAY = /^[\s,]*(?:de\s+)?(?:dolares\s+|dollars\s+|usd\s+)?(?:(?:in|of|en|de)\s+(?:\w+\s+){0,3})?(?:a day|per day|each day|every day|every single day|daily|a diario|al dia|diarios?|diarias?|por dia|cada dia|todos los dias|diariamente)\b/;
const PER_YEAR = /^[\s,]*(?:de\s+)?(?:dolares\s+|dollars\s+|usd\s+)?(?:(?:in|of|en|de)\s+(?:\w+\s+){0,3})?(?:a year|per year|each year|every year|annually|yearly|a year's|al ano|anuales?|anualmente|por ano|cada ano)\b/;

const UNIT_AFTER: [RegExp, Unit][] = [
  [/^\s*(?:de\s+)?(?:us\s+)?(?:dollars|dolares|usd|bucks|verdes)\b/, 'usd'],
  [/^\s*-?(?:km|kilometers?|kilometres?|kilometros?)\b/, 'km'],
  [/^\s*-?(?:miles?|mi|millas)\b/, 'mi'],
  [/^\s*(?:years|anos)\b/, 'years'],
  [
    /^\s*(?:de\s+)?(?:\w+\s+)?(?:people|persons|personas|mexicans|mexicanos|mexicanas|americans|estadounidenses|norteamericanos|immigrants|inmigrantes|migrants|migrantes|residents|residentes|students|estudiantes|workers|trabajadores|jobs|empleos|undocumented|indocumentados|crossings|cruces|deportations|deportaciones|encounters|detenciones|arrests|paisanos|connacionales|ciudadanos|citizens|nacidos|born|deaths|muertes|muertos|homicides|homicidios|victims|victimas)\b/,
    'people',
  ],
  [/^\s*(?:guns|firearms|weapons|armas|rifles|consulates|consulados|ports|puertos|crossings|garitas|pounds|libras|kilos|kilograms|toneladas|tons|pills|pastillas|dosis|doses|matches|partidos|teams|selecciones|equipos|cities|ciudades|votes|votos)\b/, 'count'],
];

const QUALIFIERS: [RegExp, Qualifier][] = [
  // "supera los 800 mil millones", "topped the $60 billion mark": an article may sit between.
  [/(?:more than|over|above|at least|upwards of|exceeding|exceeds?|exceeded|topped|tops|surpass(?:es|ed)?|mas de|arriba de|por encima de|al menos|supera(?:n|ron|ba)?|rebasa(?:n|ron)?|sobrepasa(?:n|ron)?)(?:\s+(?:the|los|las|el|la))?\s*$/, 'over'],
  [/(?:less than|under|below|fewer than|at most|menos de|por debajo de|no mas de)\s*$/, 'under'],
  // "almost half", "casi 2 mil millones": just below the number, not around it.
  [/(?:nearly|almost|close to|just under|casi|cerca de|poco menos de)\s*$/, 'almost'],
  [/(?:about|around|roughly|some|approximately|an estimated|alrededor de|unos|unas|aproximadamente|aprox\.?|poco mas de|mas o menos)\s*$/, 'about'],
];

/** Reads every quantity in a sentence. Years (1900–2099 standing alone) are not quantities. */
export function readQuantities(text: string, lang: Lang): Quantity[] {
  const folded = foldAccents(text);
  if (folded.length !== text.length) return readQuantitiesFolded(text, text.toLowerCase(), lang);
  return readQuantitiesFolded(text, folded, lang);
}

function readQuantitiesFolded(original: string, folded: string, lang: Lang): Quantity[] {
  const out: Quantity[] = [];
  for (const [re, value] of FRACTIONS) {
    const m = re.exec(folded);
    if (!m) continue;
    let v = value;
    if (v < 0) {
      const n = parseNumeral(m[1] ?? '', lang);
      if (n === null) continue;
      v = n * 10;
    }
    out.push({ value: v, unit: 'percent', per: null, qualifier: qualifierBefore(folded, m.index), start: m.index, end: m.index + m[0].length, raw: original.slice(m.index, m.index + m[0].length) });
  }
  for (const [re, value, qualifier] of VAGUE) {
    const m = re.exec(folded);
    if (!m || out.some((q) => m.index < q.end && q.start < m.index + m[0].length)) continue;
    out.push({ value, unit: 'percent', per: null, qualifier, vague: true, start: m.index, end: m.index + m[0].length, raw: original.slice(m.index, m.index + m[0].length) });
  }
  RANK.lastIndex = 0;
  for (let m = RANK.exec(folded); m; m = RANK.exec(folded)) {
    if (ONE_OF.test(folded.slice(Math.max(0, m.index - 20), m.index))) continue;
    const g = m.groups ?? {};
    const word = g.ord ?? g.ordes ?? g.num ?? g.no ?? g.hash ?? g.nth ?? g.nes;
    const value = g.top || g.topes || g.uno ? 1 : word ? (ORDINALS[word] ?? WORD_NUMBERS[word] ?? Number(word)) : NaN;
    if (!Number.isFinite(value)) continue;
    out.push({ value, unit: 'rank', per: null, qualifier: 'exact', start: m.index, end: m.index + m[0].length, raw: original.slice(m.index, m.index + m[0].length) });
  }
  // Mexican press style: "64 mil 745 millones" = 64,745 millions.
  for (const m of folded.matchAll(/\b(\d{1,3})\s+mil\s+(\d{1,3})\s+millones\b/g)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const value = (Number(m[1]) * 1000 + Number(m[2])) * 1e6;
    out.push(describe(original, folded, start, end, value, null));
  }
  QUANTITY.lastIndex = 0;
  for (let m = QUANTITY.exec(folded); m; m = QUANTITY.exec(folded)) {
    if (m[0].length === 0) {
      QUANTITY.lastIndex++;
      continue;
    }
    const g = m.groups ?? {};
    const numText = (g.num ?? '').replace(/[.,]$/, '');
    const isWord = /^[a-z]+$/.test(numText);
    const scaleWord = (g.scale ?? '').trim().replace(/\s+/g, ' ');
    const pct = Boolean(g.pct);
    const cur = Boolean(g.cur);
    // Word numbers and lone letters only count with a scale, currency or percent sign beside them.
    if (isWord && !scaleWord && !pct) continue;
    if (/^[kmb]$/.test(scaleWord) && !cur && !/\d$/.test(numText)) continue;
    const start = m.index + (m[0].length - m[0].trimStart().length);
    if (out.some((q) => start < q.end && q.start < m!.index + m![0].length)) continue;
    let value = parseNumeral(numText, lang);
    if (value === null) continue;
    if (!isWord && !scaleWord && !pct && !cur && /^(1[89]|20)\d\d$/.test(numText)) continue;
    if (g.mil && scaleWord.startsWith('millon')) value = (1000 + value) * 1e6;
    else if (scaleWord) value *= SCALE[scaleWord] ?? 1;
    else if (g.mil) value *= 1e3;
    out.push(describe(original, folded, start, m.index + m[0].length, value, pct ? 'percent' : cur ? 'usd' : null));
  }
  return out.sort((a, b) => a.start - b.start);
}

function describe(original: string, folded: string, start: number, end: number, value: number, known: Unit | null): Quantity {
  const after = folded.slice(end, end + 60);
  let unit = known;
  if (!unit) for (const [re, u] of UNIT_AFTER) if (re.test(after)) { unit = u; break; }
  let per: Quantity['per'] = null;
  if (PER_DAY.test(after)) per = 'day';
  else if (PER_YEAR.test(after)) per = 'year';
  return { value, unit, per, qualifier: qualifierBefore(folded, start), start, end, raw: original.slice(start, end).trim() };
}

function qualifierBefore(folded: string, index: number): Qualifier {
  const before = folded.slice(Math.max(0, index - 30), index);
  for (const [re, q] of QUALIFIERS) if (re.test(before)) return q;
  return 'exact';
}
