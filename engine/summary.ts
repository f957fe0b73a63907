/** The short sourced summary a reader copies from a card. */
import { formatDate, formatValue } from './format';
import type { Fact, Lang, Source } from './schema';
import { TOPIC_LABELS } from './topics';
import type { FigureCheck, Verdict } from './types';

/** Every label a card can carry: the five ratings, and `context` when no verdict was earned. */
export const RATING_LABELS: Record<Verdict, { en: string; es: string }> = {
  context: { en: 'Context', es: 'Contexto' },
  accurate: { en: 'Accurate', es: 'Correcto' },
  'needs-context': { en: 'Needs context', es: 'Necesita contexto' },
  misleading: { en: 'Misleading', es: 'Engañoso' },
  false: { en: 'False', es: 'Falso' },
  outdated: { en: 'Outdated', es: 'Desactualizado' },
};

export function figureSentence(f: FigureCheck, lang: Lang): string {
  // An event's date is said as a date: the claim's as it gives it, the record's as the record holds it.
  if (f.unit === 'year') {
    const said = f.claimPeriod ? formatDate(f.claimPeriod, lang) : formatValue(f.claimValue, f.unit, null, lang);
    // Wrong for an event that happened more than once, the claim's year is none of its occasions: each is said.
    const record = f.status === 'contradicted' && f.occasions ? f.occasions.map((p) => formatDate(p, lang)).join(lang === 'es' ? ' y ' : ' and ') : formatDate(f.recordPeriod, lang);
    if (f.denied) return lang === 'es' ? `La afirmación dice que no fue en ${said}; los datos muestran ${record}.` : `The claim says it was not in ${said}; the record shows ${record}.`;
    return lang === 'es' ? `La afirmación dice ${said}; los datos muestran ${record}.` : `The claim says ${said}; the record shows ${record}.`;
  }
  const claim = formatValue(f.claimValue, f.unit, f.per, lang);
  const latest = formatValue(f.latestValue, f.unit, f.per, lang);
  const record = formatValue(f.recordValue, f.unit, f.per, lang);
  if (f.relation) {
    // The claim states no amount of its own: it sets the measure above or below another record.
    const { sign, period, of } = f.relation;
    if (lang === 'es') {
      const way = sign > 0 ? 'más' : 'menos';
      const said = of
        ? `es ${way} que otro dato: ${of.es}, ${claim} (${period})`
        : f.relation.times
          ? `es ${f.relation.times} veces lo de ${period} (${claim})`
          : f.relation.record
            ? `es un ${sign > 0 ? 'máximo' : 'mínimo'} histórico, ${way} que en ${period} (${claim})`
            : `es ${way} que en ${period} (${claim})`;
      return `La afirmación dice que ${said}; los datos muestran ${record} (${f.recordPeriod}).`;
    }
    const way = sign > 0 ? 'more' : 'less';
    const said = of
      ? `it is ${way} than another record: ${of.en}, ${claim} (${period})`
      : f.relation.times
        ? `it is ${f.relation.times} times what it was in ${period} (${claim})`
        : f.relation.record
          ? `it is a record ${sign > 0 ? 'high' : 'low'}, ${way} than in ${period} (${claim})`
          : `it is ${way} than in ${period} (${claim})`;
    return `The claim says ${said}; the record shows ${record} (${f.recordPeriod}).`;
  }
  if (f.within) {
    // The claim names no one place: the record's place is set beside the range it gives.
    const [shown, period] = f.status === 'consistent' ? [record, f.recordPeriod] : [latest, f.latestPeriod];
    const n = String(f.claimValue);
    if (lang === 'es') return `La afirmación dice que está ${f.within === 'few' ? 'entre los primeros lugares' : `entre los primeros ${n}`}; los datos muestran ${shown} (${period}).`;
    return `The claim says it ranks ${f.within === 'few' ? 'among the first few' : `in the top ${n}`}; the record shows ${shown} (${period}).`;
  }
  if (f.rival)
    return lang === 'es'
      ? `La afirmación da el ${claim} a otro país; los datos se lo dan a México (${f.recordPeriod}).`
      : `The claim gives ${claim} to another country; the record gives it to Mexico (${f.recordPeriod}).`;
  if (f.denied)
    return lang === 'es'
      ? `La afirmación dice que no es ${claim}; los datos muestran ${record} (${f.recordPeriod}).`
      : `The claim says it is not ${claim}; the record shows ${record} (${f.recordPeriod}).`;
  if (lang === 'es') {
    if (f.status === 'consistent') return `La afirmación dice ${claim}; los datos muestran ${record} (${f.recordPeriod}).`;
    if (f.status === 'outdated') return `La afirmación dice ${claim}, la cifra de ${f.recordPeriod}; la más reciente es ${latest} (${f.latestPeriod}).`;
    return `La afirmación dice ${claim}; la cifra más reciente es ${latest} (${f.latestPeriod}).`;
  }
  if (f.status === 'consistent') return `The claim says ${claim}; the record shows ${record} (${f.recordPeriod}).`;
  if (f.status === 'outdated') return `The claim says ${claim}, the figure for ${f.recordPeriod}; the latest figure is ${latest} (${f.latestPeriod}).`;
  return `The claim says ${claim}; the latest figure is ${latest} (${f.latestPeriod}).`;
}

/**
 * A card's figure checks as lines. Checks of more than one measure, or of a series another fact holds, each name their
 * measure first: "third-largest partner and second-largest buyer of U.S. exports" is read against two records, and a
 * reader must see which line answers which part.
 */
export function figureLines(figures: readonly FigureCheck[], factId: string, lang: Lang): { measure?: string; text: string }[] {
  const named = new Set(figures.map((f) => f.key)).size > 1 || figures.some((f) => f.factId !== undefined && f.factId !== factId);
  return figures.map((f) => ({ measure: named ? f.measure?.[lang] : undefined, text: figureSentence(f, lang) }));
}

/** A figure line as plain text: its measure, if it names one, then the sentence. */
export const figureLineText = (line: { measure?: string; text: string }) => (line.measure ? `${line.measure}: ${line.text}` : line.text);

/** Another record a card's figure lines read: its fact, the measure the lines read of it, and its sources the card's own fact does not cite. */
export interface OtherRecord {
  fact: Fact;
  measure: string;
  sources: Source[];
}

/**
 * The facts other than the card's own whose series its figure checks read, in the order of the checks: their sources
 * are listed too, so every line a card shows has a source the reader can open.
 */
export function otherRecords(figures: readonly FigureCheck[], fact: Fact, factById: (id: string) => Fact | undefined, lang: Lang): OtherRecord[] {
  const seen = new Set(fact.sources.map((s) => s.url));
  const out: OtherRecord[] = [];
  for (const check of figures) {
    const other = check.factId && check.factId !== fact.id ? factById(check.factId) : undefined;
    if (!other || out.some((o) => o.fact === other)) continue;
    const sources = other.sources.filter((s) => !seen.has(s.url) && (seen.add(s.url), true));
    if (sources.length) out.push({ fact: other, measure: check.measure?.[lang] ?? TOPIC_LABELS[other.topic][lang], sources });
  }
  return out;
}

export function buildSummary(claim: string, rating: Verdict, fact: Fact, lang: Lang, figures: readonly FigureCheck[] = [], factById: (id: string) => Fact | undefined = () => undefined): string {
  const source = fact.sources[0]!;
  const sourceWord = lang === 'es' ? 'Fuente' : 'Source';
  const parts = [
    `“${claim.trim()}”: ${RATING_LABELS[rating][lang]}.`,
    ...figureLines(figures, fact.id, lang).map(figureLineText),
    `${fact.statement[lang]} (${lang === 'es' ? 'datos de' : 'as of'} ${formatDate(fact.asOf, lang)})`,
    `${sourceWord}: ${source.publisher}, ${source.url}`,
    // Each other record a line reads gives its first source, as the card's own fact does.
    ...otherRecords(figures, fact, factById, lang).map(({ sources: [first] }) => `${sourceWord}: ${first!.publisher}, ${first!.url}`),
  ];
  return parts.filter(Boolean).join(' ');
}
